/**
 * Per-team debrief links (issue 12): at the end of an event each team gets a link that
 * opens its own game's debrief, read-only. The link carries the team id and a key — an
 * HMAC of the id under a secret kept in the database (made on first use) — so a link
 * opens exactly one team's game, cannot be guessed from another team's, and needs no
 * session. It answers only once the event has ended (before that a team's game is its
 * own business), with the team's save file and nothing else.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Ctx } from './app.ts';
import { ApiError } from './errors.ts';
import { IdParam } from './inputs.ts';
import { teamSave } from './results.ts';
import type { Store } from './store.ts';

const SECRET_KEY = 'debriefSecret';

async function secret(store: Store): Promise<string> {
  const have = await store.setting(SECRET_KEY);
  if (have) return have;
  const made = randomBytes(32).toString('base64url');
  await store.db.insertInto('settings').values({ key: SECRET_KEY, value: made }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await store.setting(SECRET_KEY)) ?? made;
}

/** The key of a team's debrief link. */
export async function debriefKey(store: Store, teamId: string): Promise<string> {
  return createHmac('sha256', await secret(store)).update(`debrief:${teamId}`).digest('base64url').slice(0, 32);
}

export function debriefRoutes(ctx: Ctx) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/api/debrief/:teamId/:key', async (req, reply) => {
      const { teamId, key } = req.params as { teamId?: unknown; key?: unknown };
      const id = IdParam.safeParse(teamId);
      const given = Buffer.from(typeof key === 'string' ? key : '');
      const team = id.success ? await ctx.store.team(id.data) : null;
      const real = Buffer.from(team ? await debriefKey(ctx.store, team.id) : 'x'.repeat(32));
      if (!team || given.length !== real.length || !timingSafeEqual(given, real)) throw new ApiError(404, 'noSuchDebrief', 'this debrief link is not known here: ask the facilitator for your team\'s link');
      const ev = await ctx.store.event(team.event_id);
      if (!ev) throw new ApiError(404, 'noSuchDebrief', 'this debrief link is not known here');
      if (ev.status !== 'ended') throw new ApiError(409, 'notEnded', 'the debrief opens when the facilitator ends the event');
      reply.header('cache-control', 'no-store');
      return { event: { name: ev.name }, team: { name: team.name }, scenarioYaml: ev.scenario_yaml, save: await teamSave(ctx.store, ev, team) };
    });
  };
}
