/** Group commit (src/server/commit.ts): rows arriving together share a batch; a failed batch is retried row by row, each with its own answer. */
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/server/commit.ts';

describe('GroupCommit', () => {
  it('stores rows sent together in one batch, and the rows sent meanwhile in the next', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const gc = new GroupCommit<number>(async (rows) => {
      batches.push(rows);
      if (batches.length === 1) await new Promise<void>((r) => (release = r)); // the first commit is slow
    }, async () => undefined);
    const first = [gc.append(1), gc.append(2), gc.append(3)];
    await new Promise((r) => setImmediate(r));
    const second = [gc.append(4), gc.append(5)]; // while the first batch is on its way
    release();
    await Promise.all([...first, ...second]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
    expect(gc.stats).toEqual({ batches: 2, rows: 5 });
  });

  it('answers each row of a failed batch on its own: stored, or its own error', async () => {
    const stored: number[] = [];
    const gc = new GroupCommit<number>(async () => {
      throw new Error('one row is a duplicate');
    }, async (row) => {
      if (row === 2) throw new Error(`row ${row} taken`);
      stored.push(row);
    });
    const results = await Promise.allSettled([gc.append(1), gc.append(2), gc.append(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('row 2 taken');
    expect(stored).toEqual([1, 3]);
  });
});
