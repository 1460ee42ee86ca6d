/**
 * Shared by the server tests: the two databases (SQLite in a temp folder; PostgreSQL in
 * a schema of its own, dropped afterwards, or skipped with the reason printed), a
 * server in this process on a free port, JSON requests, and bot-played logs with the
 * client's own hash after every action.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { applyActionInPlace, computeKpis, computeScore, createGame, stateHash, type Action } from '../../src/engine/index.ts';
import { botsFor, playWeeks } from '../../src/bots/index.ts';
import { buildServer, type Server, type ServerOptions } from '../../src/server/app.ts';
import { bundled } from '../helpers.ts';

export const PG_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL answers, and if not why (printed by the skipped suites). */
export async function pgAvailable(): Promise<string | null> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return null;
  } catch (e) {
    return `PostgreSQL at ${PG_URL.replace(/:[^:@/]*@/, ':***@')} is not reachable (${(e as Error).message})`;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export interface DbUnderTest { kind: 'sqlite' | 'postgres'; opts: Pick<ServerOptions, 'databaseUrl' | 'dataDir'>; env: Record<string, string>; args: string[]; drop(): Promise<void> }

/** A fresh, empty database of one kind. */
export async function freshDb(kind: 'sqlite' | 'postgres'): Promise<DbUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'its-server-'));
  if (kind === 'sqlite') {
    return { kind, opts: { dataDir: dir }, env: {}, args: ['--data', dir], drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `its_test_${randomBytes(6).toString('hex')}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    kind, opts: { databaseUrl: url, dataDir: dir }, env: { DATABASE_URL: url }, args: ['--data', dir],
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Running { server: Server; base: string; close(): Promise<void> }

export async function startInProcess(db: DbUnderTest, extra: Partial<ServerOptions> = {}): Promise<Running> {
  const server = await buildServer({ ...db.opts, distDir: join(tmpdir(), 'no-dist-here'), log: () => undefined, ...extra });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = server.app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { server, base: `http://127.0.0.1:${port}`, close: () => server.app.close() };
}

export interface Reply { status: number; body: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/** A JSON request; `body` may be a string sent as is (malformed JSON, oversized bodies). */
export async function call(base: string, method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(base + path, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await r.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  return { status: r.status, body: parsed };
}

/** A bot game's log for `weeks` weeks, with the state hash after every action (what an honest client computes). */
export function botLog(seed: string, strategy: string, weeks: number, scenario = 'tutorial'): { action: Action; hash: string }[] {
  const { scenario: sc } = bundled(scenario);
  const { log } = playWeeks(sc, seed, botsFor(strategy)!, weeks);
  const state = createGame(sc, seed);
  return log.map((action) => {
    const r = applyActionInPlace(sc, state, action);
    if (!r.ok) throw new Error(`bot action refused: ${r.rejection.code}`);
    return { action, hash: stateHash(state) };
  });
}

/** The score of a game played from a `botLog` (all of it, or its first `n` actions cut at the last whole week), by the engine itself. */
export function logScore(seed: string, log: { action: Action }[], scenario = 'tutorial'): number {
  const { scenario: sc } = bundled(scenario);
  const state = createGame(sc, seed);
  for (const { action } of log) applyActionInPlace(sc, state, action);
  return computeScore(sc, computeKpis(sc, state));
}

/** A WebSocket client that answers each `send` with the next message received (live status pushes skipped). */
export async function wsClient(base: string, path = '/api/ws'): Promise<{ ws: WebSocket; request(m: unknown): Promise<any>; closed: Promise<number> }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const ws = new WebSocket(base.replace('http', 'ws') + path);
  const queue: unknown[] = [];
  const waiting: ((m: unknown) => void)[] = [];
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString());
    if (m.type === 'status') return; // a live update (live.ts), not an answer
    const w = waiting.shift();
    if (w) w(m);
    else queue.push(m);
  });
  const closed = new Promise<number>((res) => ws.on('close', (code) => res(code)));
  await new Promise<void>((res, rej) => {
    ws.once('open', () => res());
    ws.once('error', rej);
  });
  return {
    ws, closed,
    request(m: unknown) {
      ws.send(typeof m === 'string' ? m : JSON.stringify(m));
      const q = queue.shift();
      return q !== undefined ? Promise.resolve(q) : new Promise((res) => waiting.push(res));
    },
  };
}
