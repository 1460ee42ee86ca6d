/**
 * A team's game rebuilt from the server: the scenario (bundled, or the event's own file),
 * the server's log replayed by the local engine, then any actions typed before a reload
 * that the server never got. Plus what this laptop keeps in localStorage per event: the
 * session token, the turn, and the waiting actions.
 */
import { ROLES, type Role } from '../../scenario/enums.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { applyActionInPlace, canonicalJson, createGame, stateHash, type Action } from '../../engine/index.ts';
import { Session, replayWithFeed } from '../session.ts';
import { findScenario } from '../library.ts';
import { ApiFailure, type TeamView } from './api.ts';
import { actionsToResend, type Pending, type StoredQueue } from './sync-queue.ts';

export interface Stored { token: string; teamId: string; eventId: string; code: string; /** The role this laptop holds (a team on three laptops). */ role?: Role }
const PREFIX = 'iron-triangle.workshop.';

function read<T>(key: string): T | null {
  try {
    const v = globalThis.localStorage?.getItem(PREFIX + key);
    return v ? (JSON.parse(v) as T) : null;
  } catch {
    return null;
  }
}
function write(key: string, value: unknown): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(PREFIX + key);
    else globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* storage blocked: a reload will ask for the code again */
  }
}

export const storage = {
  session: (eventId: string) => read<Stored>(`event.${eventId}`),
  sessionForCode(code: string): Stored | null {
    const eventId = read<string>(`code.${code.toUpperCase()}`);
    return eventId ? read<Stored>(`event.${eventId}`) : null;
  },
  remember(s: Stored): void {
    write(`event.${s.eventId}`, s);
    write(`code.${s.code.toUpperCase()}`, s.eventId);
  },
  forget(s: Stored): void {
    write(`event.${s.eventId}`, null);
    write(`code.${s.code.toUpperCase()}`, null);
    write(`queue.${s.eventId}`, null);
    write(`turn.${s.eventId}`, null);
  },
  queue: (eventId: string) => read<StoredQueue>(`queue.${eventId}`),
  saveQueue: (eventId: string, q: StoredQueue | null) => write(`queue.${eventId}`, q && q.actions.length ? q : null),
  turn: (eventId: string) => read<{ length: number; turn: Role }>(`turn.${eventId}`),
  saveTurn: (eventId: string, length: number, turn: Role) => write(`turn.${eventId}`, { length, turn }),
};

/** The event's scenario: a bundled one by id, or the event's own file (loaded with the same loader as the CLI). */
export async function eventScenario(view: TeamView, token: string): Promise<{ scenario: Scenario; contentHash: string }> {
  if (!view.event.customScenario) {
    const found = findScenario(view.event.scenario);
    if (!found) throw new ApiFailure(0, 'unknownScenario', view.event.scenario);
    return found;
  }
  const r = await fetch(`/api/teams/${encodeURIComponent(view.team.id)}/scenario`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
    .catch((e: Error) => Promise.reject(new ApiFailure(0, 'network', e.message)));
  if (!r.ok) throw new ApiFailure(r.status, `http${r.status}`, `HTTP ${r.status}`);
  const { loadScenarioText } = await import('../../scenario/load.ts');
  const loaded = loadScenarioText(await r.text(), 'event-scenario.yaml');
  if (!loaded.ok) throw new ApiFailure(0, 'badScenario', loaded.issues.map((i) => i.message).join('; '));
  return loaded;
}

/** Whose turn it is after `log`: remembered on this laptop, else the role that acted last this week (AR at a week's start). */
export function turnAfter(log: readonly Action[], remembered: { length: number; turn: Role } | null): Role {
  if (remembered && remembered.length === log.length && ROLES.includes(remembered.turn)) return remembered.turn;
  for (let i = log.length - 1; i >= 0; i--) {
    const a = log[i]!;
    if (a.kind === 'endWeek') break;
    if ('role' in a) return a.role;
  }
  return 'AR';
}

/** The role a view's session holds (role laptops), or null. */
export function roleOf(view: TeamView): Role | null {
  return view.team.mode === 'roleLaptops' && ROLES.includes(view.role as Role) ? (view.role as Role) : null;
}

export interface Rebuilt { session: Session; acked: number; pending: Pending[] }

/**
 * The team's game from the server's view: its log replayed, then the actions a reload
 * must send again (kept on this laptop, each with the hash after it, as far as the engine
 * still accepts them). With `keepWaiting` false the kept actions are dropped.
 */
export function rebuild(sc: Scenario, contentHash: string, view: TeamView, eventId: string, keepWaiting = true): Rebuilt {
  const log = view.game?.log ?? [];
  const seed = view.seed!;
  const role = roleOf(view);
  const mine = (a: Action) => role === null || ('role' in a && a.role === role);
  const resend = keepWaiting ? actionsToResend(log, storage.queue(eventId), (a, b) => canonicalJson(a) === canonicalJson(b), mine) : [];
  const pending: Pending[] = [];
  if (resend.length) {
    const state = createGame(sc, seed);
    for (const a of log) applyActionInPlace(sc, state, a);
    for (const a of resend) {
      if (!applyActionInPlace(sc, state, a).ok) break;
      pending.push({ seq: log.length + pending.length, action: a, hash: stateHash(state) });
    }
  }
  const all = [...log, ...pending.map((p) => p.action)];
  const r = replayWithFeed(sc, seed, all, () => true);
  if (r.error) throw new ApiFailure(0, 'logDoesNotReplay', r.error);
  // On role laptops this laptop is one player holding one role; the other roles are people on their own laptops (never bots).
  const session = role
    ? new Session(sc, contentHash, seed, 'solo', role, { state: r.state, log: all, weekHashes: r.weekHashes, turn: role })
    : new Session(sc, contentHash, seed, 'team', 'AR', { state: r.state, log: all, weekHashes: r.weekHashes, turn: turnAfter(all, storage.turn(eventId)) });
  session.feed = r.feed;
  return { session, acked: log.length, pending };
}
