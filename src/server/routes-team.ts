/**
 * The teams' API: join with a code, read the team's game (a reloaded laptop resumes
 * from it), submit actions. A session token is scoped to one team of one event (and
 * one role on role laptops); the team id in the address must be the token's own.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from './app.ts';
import { bearer, normaliseCode } from './auth.ts';
import { ApiError, unauthorized, zodMessage } from './errors.ts';
import { Join, Ready, SubmitAction } from './inputs.ts';
import type { EventRow, Session, TeamRow } from './store.ts';
import { ENGINE_VERSION } from '../engine/index.ts';
import { paceView } from './pace.ts';

export interface TeamAuth { session: Session; team: TeamRow; ev: EventRow }

/** The team a session token belongs to; refused when the token is unknown or names another team. */
export async function teamAuth(ctx: Ctx, token: string | null, teamId?: string): Promise<TeamAuth> {
  if (!token) throw unauthorized('the team\'s API');
  const session = await ctx.store.session(token);
  if (!session) throw new ApiError(401, 'badToken', 'this team session is not known here: join again with the team\'s code');
  if (teamId !== undefined && teamId !== session.teamId) throw new ApiError(403, 'notYourTeam', 'this session belongs to another team; a team acts only for itself');
  const team = await ctx.store.team(session.teamId);
  const ev = team ? await ctx.store.event(team.event_id) : null;
  if (!team || !ev) throw new ApiError(401, 'badToken', 'this team no longer exists');
  return { session, team, ev };
}

/** What a team's client needs to show and resume its game; the seed only once the event has started. */
export async function teamView(ctx: Ctx, a: TeamAuth) {
  const started = a.ev.status !== 'draft';
  const base = {
    event: { id: a.ev.id, name: a.ev.name, status: a.ev.status, scenario: a.ev.scenario_id, customScenario: a.ev.scenario_yaml !== null, lang: a.ev.lang, engineVersion: ENGINE_VERSION },
    team: { id: a.team.id, name: a.team.name, mode: a.team.mode }, role: a.session.role,
  };
  if (!started) return { ...base, seed: null, game: null };
  const g = await ctx.games.read(a.ev, a.team);
  ctx.games.touch(a.team.id, a.session.role);
  return {
    ...base, seed: a.ev.seed, pace: paceView(a.ev, g.weekStartClock, ctx.clock()),
    ...(a.team.mode === 'roleLaptops' ? { roles: await ctx.games.roles(a.team.id, g.state.week) } : {}),
    game: { next: g.log.length, week: g.state.week, finished: g.state.finished, hash: g.log.at(-1)?.hash ?? null, weekHashes: g.weekHashes, log: g.log.map((s) => s.action) },
  };
}

export function teamRoutes(ctx: Ctx) {
  const auth = (req: FastifyRequest) => teamAuth(ctx, bearer(req.headers.authorization), String((req.params as { teamId?: unknown }).teamId ?? ''));

  return async function routes(app: FastifyInstance): Promise<void> {
    app.post('/api/join', async (req) => {
      const p = Join.safeParse(req.body);
      if (!p.success) throw new ApiError(400, 'badInput', zodMessage(p.error.issues));
      const team = await ctx.store.teamByCode(normaliseCode(p.data.code));
      if (!team) throw new ApiError(404, 'wrongCode', 'no team has this code: check it on the team sheet');
      const ev = await ctx.store.event(team.event_id);
      if (!ev) throw new ApiError(404, 'wrongCode', 'no team has this code: check it on the team sheet');
      if (ev.status === 'ended') throw new ApiError(409, 'eventEnded', 'this event has ended');
      const role = team.mode === 'roleLaptops' ? p.data.role : null;
      if (team.mode === 'roleLaptops' && !role) throw new ApiError(400, 'roleRequired', 'role: this team plays on three laptops; say which role this one holds (AR, SR or FR)');
      const token = await ctx.store.newSession(team.id, role ?? null);
      return { token, ...(await teamView(ctx, { session: { teamId: team.id, role: role ?? null }, team, ev })) };
    });

    app.get('/api/teams/:teamId', async (req) => teamView(ctx, await auth(req)));

    // Role laptops: this role is ready (or no longer) to end the week; the week ends when all three are.
    app.post('/api/teams/:teamId/ready', async (req) => {
      const a = await auth(req);
      if (!a.session.role) throw new ApiError(409, 'notRoleLaptop', 'this team plays on one laptop: end the week with endWeek');
      const p = Ready.safeParse(req.body);
      if (!p.success) throw new ApiError(400, 'badInput', zodMessage(p.error.issues));
      if (a.ev.status !== 'running') throw new ApiError(409, a.ev.status === 'ended' ? 'eventEnded' : 'notStarted', `the event is ${a.ev.status}`);
      if (a.ev.paused_at) throw new ApiError(409, 'paused', 'the facilitator has paused the event: wait until it is resumed');
      const r = await ctx.games.setReady(a.ev, a.team, a.session.role, p.data.week, p.data.ready);
      return { ...r, roles: await ctx.games.roles(a.team.id, r.week) };
    });

    app.get('/api/teams/:teamId/scenario', async (req, reply) => {
      const a = await auth(req);
      if (a.ev.scenario_yaml === null) return { id: a.ev.scenario_id, bundled: true };
      return reply.type('text/yaml; charset=utf-8').send(a.ev.scenario_yaml);
    });

    app.post('/api/teams/:teamId/actions', async (req) => {
      const a = await auth(req);
      const p = SubmitAction.safeParse(req.body);
      if (!p.success) {
        await ctx.store.refuse(a.team.id, null, 'badInput', zodMessage(p.error.issues)).catch(() => undefined);
        throw new ApiError(400, 'badInput', zodMessage(p.error.issues));
      }
      return ctx.games.submit(a.ev, a.team, a.session, p.data);
    });
  };
}
