/**
 * The workshop server's HTTP API as the browser uses it: JSON in and out, the server's
 * `{error:{code,message}}` turned into an `ApiFailure` (a network failure is code
 * `network`), and the shapes of the answers this client reads.
 */
import type { Action } from '../../engine/index.ts';

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly detail: Record<string, unknown> = {}) {
    super(message);
  }
}

export interface Pace { paused: boolean; weekSeconds: number | null; timeLeftMs: number | null }
export interface RoleStatus { role: 'AR' | 'SR' | 'FR'; ready: boolean; online: boolean }
export interface TeamView {
  event: { id: string; name: string; status: 'draft' | 'running' | 'ended'; scenario: string; customScenario: boolean; lang: 'zh' | 'en'; engineVersion: string };
  team: { id: string; name: string; mode: 'oneLaptop' | 'roleLaptops' };
  role: string | null;
  seed: string | null;
  pace?: Pace;
  /** Role laptops: each role's status this week (ready to end it, laptop online). */
  roles?: RoleStatus[];
  game: { next: number; week: number; finished: boolean; hash: string | null; weekHashes: string[]; log: Action[] } | null;
}
export interface JoinReply extends TeamView { token: string }
/** `GET /api/teams/:id/status` (and the socket's `status` push): what changes, without the log. */
export interface TeamStatus {
  event: { id: string; status: TeamView['event']['status'] };
  pace: Pace | null;
  /** A team on role laptops: each role's ready/online (its readiness changes no log). */
  roles?: RoleStatus[];
  game: { next: number; week: number; finished: boolean; hash: string | null } | null;
}

export async function api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let r: Response;
  try {
    r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch (e) {
    throw new ApiFailure(0, 'network', (e as Error).message);
  }
  const text = await r.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  if (!r.ok) {
    const err = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof err?.code === 'string' ? err.code : `http${r.status}`;
    const message = typeof err?.message === 'string' ? err.message : `HTTP ${r.status}`;
    throw new ApiFailure(r.status, code, message, (err ?? {}) as Record<string, unknown>);
  }
  return parsed as T;
}

/** Whether this page is served by a workshop server (asked only when a workshop link or button was used). */
export async function isWorkshopServer(): Promise<boolean> {
  try {
    const h = await api<{ ok?: boolean }>('GET', '/api/health', null);
    return h?.ok === true;
  } catch {
    return false;
  }
}

/** A file from an authenticated GET, saved under `name` (the archive, results.csv). */
export async function downloadWithToken(path: string, token: string, name: string): Promise<void> {
  let r: Response;
  try {
    r = await fetch(path, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch (e) {
    throw new ApiFailure(0, 'network', (e as Error).message);
  }
  if (!r.ok) throw new ApiFailure(r.status, `http${r.status}`, `HTTP ${r.status}`);
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
