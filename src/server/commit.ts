/**
 * Group commit: the actions that arrive while one commit is on its way to the disk are
 * stored together in the next transaction — one fsync for all of them — and each is
 * acknowledged only after that transaction has committed. SQLite keeps
 * `synchronous=FULL` (an acknowledged action survives a power cut, not only a killed
 * process); what the batch saves is the fsync per action, which with better-sqlite3
 * also blocked the whole event loop (every other team) for each one.
 *
 * A batch that fails as a whole (one row's (team, seq) already taken) is retried one
 * row at a time, so each caller gets its own answer: stored, or its own error.
 */
export class GroupCommit<Row> {
  private pending: { row: Row; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private busy = false;
  /** Batches committed and rows stored (the bench reports the mean batch). */
  readonly stats = { batches: 0, rows: 0 };

  constructor(
    private readonly writeBatch: (rows: Row[]) => Promise<void>,
    private readonly writeOne: (row: Row) => Promise<void>,
    private readonly maxBatch = 500,
  ) {}

  /** Resolves once `row` is committed; rejects with that row's own error. */
  append(row: Row): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      if (!this.busy) {
        this.busy = true;
        // After the messages that came in with this one have reached here too.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        await this.writeBatch(batch.map((b) => b.row));
        this.stats.batches++;
        this.stats.rows += batch.length;
        for (const b of batch) b.resolve();
      } catch {
        for (const b of batch) await this.writeOne(b.row).then(b.resolve, b.reject);
      }
    }
    this.busy = false;
  }
}
