/**
 * The main thread's end of the checker worker: one request per text, answers matched
 * by number, the last answer cached (the preview asks about the text the editor just
 * checked). An empty text is not sent: there is nothing to say about it yet.
 */
import type { CheckReply, CheckRequest, Measured } from './check-types.ts';

export const DRAFT_FILE = 'draft.yaml';

export class Checker {
  private worker: Worker | null = null;
  private next = 1;
  private pending = new Map<number, { resolve(r: CheckReply): void; reject(e: Error): void }>();
  private last: { text: string; lang: string; measured?: Measured; reply: Promise<CheckReply> } | null = null;

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<CheckReply>) => {
      const p = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      if (!p) return;
      if (e.data.failed) p.reject(new Error(e.data.failed));
      else p.resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      for (const p of this.pending.values()) p.reject(new Error(e.message || 'worker error'));
      this.pending.clear();
      this.worker = null;
      this.last = null;
    };
    this.worker = w;
    return w;
  }

  check(text: string, lang: 'zh' | 'en', measured?: Measured): Promise<CheckReply> {
    if (this.last?.text === text && this.last.lang === lang && this.last.measured === measured) return this.last.reply;
    const id = this.next++;
    const reply = text.trim() === ''
      ? Promise.resolve<CheckReply>({ id, issues: [], loaded: null })
      : new Promise<CheckReply>((resolve, reject) => {
          this.pending.set(id, { resolve, reject });
          this.start().postMessage({ id, text, lang, file: DRAFT_FILE, measured } satisfies CheckRequest);
        });
    this.last = { text, lang, measured, reply };
    reply.catch(() => {
      if (this.last?.reply === reply) this.last = null;
    });
    return reply;
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error('stopped'));
    this.pending.clear();
    this.last = null;
  }
}
