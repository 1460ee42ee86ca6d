/**
 * The server as its own process (`npm run serve`'s entry point), for the tests that kill
 * it (SIGKILL: no goodbye) and the server bench: start on a port (0: a free one), wait
 * until it prints that it is ready, kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { DbUnderTest } from './harness.ts';

export const ROOT = join(import.meta.dirname, '../..');

export interface Proc { child: ChildProcess; base: string; token: string; out: string }

/** Starts the server on `port` (0: any free one); resolves when it prints that it is ready. */
export function startProcess(db: Pick<DbUnderTest, 'env' | 'args'>, port = 0, extraEnv: Record<string, string> = {}): Promise<Proc> {
  const env = { ...process.env, ...db.env, ...extraEnv };
  if (!db.env.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', ...db.args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 60_000);
    const read = (d: Buffer) => {
      out += d.toString();
      const ready = /ready[^:]*: (http:\/\/localhost:\d+)\/api\/health/.exec(out);
      const token = /Bearer\): (\S+)/.exec(out);
      if (ready && token) {
        clearTimeout(timer);
        resolve({ child, base: ready[1]!.replace('localhost', '127.0.0.1'), token: token[1]!, out });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${out}`));
    });
  });
}

export function kill(p: Proc): Promise<void> {
  return new Promise((resolve) => {
    if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
    p.child.once('exit', () => resolve());
    p.child.kill('SIGKILL');
  });
}

/** A port nobody listens on now (the kill test restarts the server on the same one, as a real restart would). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}
