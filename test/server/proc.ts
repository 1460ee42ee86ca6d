/**
 * The server as its own process (`npm run serve`'s entry point), for the tests that kill
 * it (SIGKILL: no goodbye) and the server bench: start on a port (0: a free one), wait
 * until it prints that it is ready, kill.
 *
 * The entry point is bundled once per test process with esbuild (the packages stay in
 * node_modules), so a restart loads one file instead of compiling every module again
 * with tsx: the kill test restarts the server twenty times per database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { DbUnderTest } from './harness.ts';

export const ROOT = join(import.meta.dirname, '../..');

let bundle: Promise<string> | null = null;

/** The server's entry point as one ES module under test/.server-bundle/ (so scenarios/ and node_modules resolve as from src/server). */
function serverBundle(): Promise<string> {
  bundle ??= (async () => {
    const dir = join(ROOT, 'test/.server-bundle');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `main-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
    await build({ entryPoints: [join(ROOT, 'src/server/main.ts')], outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' });
    process.once('exit', () => rmSync(file, { force: true }));
    return file;
  })();
  return bundle;
}

/** Remove this process's bundle (the suites call it when done; a later start builds it again). */
export async function removeServerBundle(): Promise<void> {
  const b = bundle;
  bundle = null;
  if (b) rmSync(await b, { force: true });
}

export interface Proc { child: ChildProcess; base: string; token: string; out: string }

/** Starts the server on `port` (0: any free one); resolves when it prints that it is ready. */
export async function startProcess(db: Pick<DbUnderTest, 'env' | 'args'>, port = 0, extraEnv: Record<string, string> = {}): Promise<Proc> {
  const env = { ...process.env, ...db.env, ...extraEnv };
  if (!db.env.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, [await serverBundle(), '--port', String(port), '--host', '127.0.0.1', ...db.args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
