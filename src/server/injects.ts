/**
 * The facilitator's live injects: a scenario event from the event's list, or an
 * announcement typed in zh and en, for every team at the same week.
 *
 * An inject is kept with the event (the `settings` row `injects.<eventId>`: a list, in
 * the order they were made) with the week it is for: the highest week any team is in
 * when it is made. A team in that week gets it at once; a team behind gets it the moment
 * its endWeek into that week is stored (games.ts). Either way it is an action in the
 * team's log (`{kind:"inject", …}`), stored like the team's own, so every replay — the
 * leaderboard, the archive, `cli verify` — is exact. A team can never send one itself.
 *
 * Whether a team already has an inject is read from its game, never from a separate
 * record: an event inject when the event has fired for it (by the inject or by the
 * event's own trigger, which then stands); the k-th announcement when its log holds k.
 */
import { z } from 'zod';
import { INJECT_TEXT_MAX, validate, type Action, type GameState } from '../engine/index.ts';
import { cleanText } from '../save/text.ts';
import { ApiError } from './errors.ts';
import type { Ctx } from './app.ts';
import type { EventRow, Store } from './store.ts';
import { eventScenario } from './scenarios.ts';

export interface Inject { week: number; action: Action; at: string }

const Line = z.string().transform((s) => cleanText(s).replace(/\s+/g, ' ').trim()).pipe(z.string().min(1).max(INJECT_TEXT_MAX));
/** What the facilitator posts: an event of the scenario by id, or a text in both languages. */
export const InjectInput = z.union([
  z.strictObject({ event: z.string().min(1).max(60) }),
  z.strictObject({ text: z.strictObject({ zh: Line, en: Line }) }),
]);

const Stored = z.array(z.object({ week: z.int().min(1), action: z.object({ kind: z.literal('inject') }).passthrough(), at: z.string() }));
const key = (eventId: string) => `injects.${eventId}`;

export async function injectsOf(store: Store, eventId: string): Promise<Inject[]> {
  const raw = await store.setting(key(eventId));
  if (!raw) return [];
  const p = Stored.safeParse(JSON.parse(raw));
  return p.success ? (p.data as unknown as Inject[]) : [];
}

/** Does this team's game already hold inject `i` of the list? */
export function delivered(s: GameState, log: readonly { action: Action }[], all: readonly Inject[], i: number): boolean {
  const a = all[i]!.action;
  if (a.kind !== 'inject') return true;
  if (a.event !== undefined) return s.firedEvents.includes(a.event);
  let k = 0;
  for (let j = 0; j <= i; j++) if (all[j]!.action.kind === 'inject' && (all[j]!.action as { text?: unknown }).text !== undefined) k++;
  let have = 0;
  for (const x of log) if (x.action.kind === 'inject' && x.action.text !== undefined) have++;
  return have >= k;
}

/** The injects a team in `s` should get now, in order. */
export function dueInjects(s: GameState, log: readonly { action: Action }[], all: readonly Inject[]): Action[] {
  const out: Action[] = [];
  all.forEach((inj, i) => {
    if (!s.finished && s.week >= inj.week && !delivered(s, log, all, i)) out.push(inj.action);
  });
  return out;
}

/** Make an inject for the whole event and hand it to every team in its week now. */
export async function addInject(ctx: Ctx, ev: EventRow, input: z.infer<typeof InjectInput>): Promise<{ week: number; delivered: number; inject: Action }> {
  if (ev.status !== 'running') throw new ApiError(409, 'notRunning', `the event is ${ev.status}; injects are for a running event`);
  const action: Action = 'event' in input ? { kind: 'inject', event: input.event } : { kind: 'inject', text: input.text };
  const { scenario } = eventScenario(ev);
  if ('event' in input && !scenario.events.some((e) => e.id === input.event)) throw new ApiError(404, 'unknownEvent', `event: the scenario has no event "${cleanText(input.event)}"`);
  const teams = await ctx.store.teams(ev.id);
  let week = 1;
  for (const team of teams) {
    const g = await ctx.games.read(ev, team);
    if (!g.state.finished) week = Math.max(week, g.state.week);
    if ('event' in input && g.state.firedEvents.includes(input.event)) throw new ApiError(409, 'eventAlreadyFired', `event: "${cleanText(input.event)}" has already happened for team ${team.name}`);
  }
  // The engine's own check, on a team's state (both languages' length and characters).
  const probe = await ctx.games.read(ev, teams[0]!);
  const refusal = validate(scenario, probe.state, action);
  if (refusal && refusal.code !== 'gameOver') throw new ApiError(422, 'illegal', `the engine refuses this inject: ${refusal.code}`);
  const all = [...(await injectsOf(ctx.store, ev.id)), { week, action, at: new Date(ctx.clock()).toISOString() }];
  await ctx.store.setSetting(key(ev.id), JSON.stringify(all));
  let count = 0;
  for (const team of teams) count += await ctx.games.deliver(ev, team).catch(() => 0);
  return { week, delivered: count, inject: action };
}
