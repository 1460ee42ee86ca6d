/** The server serves the built app beside the API, and unknown addresses get a JSON 404. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, freshDb, startInProcess, type DbUnderTest, type Running } from './harness.ts';

let db: DbUnderTest;
let srv: Running;
const dist = mkdtempSync(join(tmpdir(), 'its-dist-'));

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Iron Triangle</title>');
  db = await freshDb('sqlite');
  srv = await startInProcess(db, { distDir: dist });
});
afterAll(async () => {
  await srv?.close();
  await db?.drop();
  rmSync(dist, { recursive: true, force: true });
});

it('serves dist/index.html at / with nosniff, and the API beside it', async () => {
  expect(srv.server.serving).toBe(dist);
  const r = await fetch(srv.base + '/');
  expect(r.status).toBe(200);
  expect(await r.text()).toContain('<title>Iron Triangle</title>');
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect((await call(srv.base, 'GET', '/api/health')).body).toEqual({ ok: true, db: 'sqlite' });
  const missing = await call(srv.base, 'GET', '/api/nothing-here');
  expect([missing.status, missing.body.error.code]).toEqual([404, 'notFound']);
});
