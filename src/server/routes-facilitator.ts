/** The facilitator's API: events, teams and join codes, start/end, leaderboard, archive, refusals. Bearer = the printed token. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from './app.ts';
import { bearer, sameSecret } from './auth.ts';
import { ApiError, unauthorized, zodMessage } from './errors.ts';
import { CreateEvent, IdParam, Pace } from './inputs.ts';
import { dashboard } from './dashboard.ts';
import { MAX_EVENT_BYTES } from './limits.ts';
import { archive, fileNameFor, leaderboard, standingsCsv, teamSave } from './results.ts';
import { bundledScenario, eventScenario, scenarioFromText } from './scenarios.ts';
import type { EventRow, TeamRow } from './store.ts';
import { addInject, injectsOf, InjectInput } from './injects.ts';
import { debriefKey } from './debrief-links.ts';

export function facilitatorRoutes(ctx: Ctx) {
  const { store } = ctx;

  function signedIn(req: FastifyRequest): void {
    const token = bearer(req.headers.authorization);
    if (!token) throw unauthorized('the facilitator\'s API');
    if (!sameSecret(token, ctx.facilitatorToken)) throw new ApiError(403, 'forbidden', 'not the facilitator\'s token (it is printed when the server starts)');
  }

  async function eventOf(req: FastifyRequest): Promise<EventRow> {
    signedIn(req);
    const id = IdParam.safeParse((req.params as { eventId?: unknown }).eventId);
    const ev = id.success ? await store.event(id.data) : null;
    if (!ev) throw new ApiError(404, 'noSuchEvent', 'no event with this id');
    return ev;
  }

  const eventJson = (ev: EventRow, teams: TeamRow[]) => ({
    id: ev.id, name: ev.name, status: ev.status, scenario: ev.scenario_id, customScenario: ev.scenario_yaml !== null,
    seed: ev.seed, lang: ev.lang, weekSeconds: ev.week_seconds, paused: ev.paused_at !== null, createdAt: ev.created_at, startedAt: ev.started_at, endedAt: ev.ended_at,
    teams: teams.map((t) => ({ id: t.id, name: t.name, code: t.code, mode: t.mode })),
  });

  return async function routes(app: FastifyInstance): Promise<void> {
    app.post('/api/events', { bodyLimit: MAX_EVENT_BYTES }, async (req, reply) => {
      signedIn(req);
      const p = CreateEvent.safeParse(req.body);
      if (!p.success) throw new ApiError(400, 'badInput', zodMessage(p.error.issues));
      const body = p.data;
      const loaded = 'id' in body.scenario ? bundledScenario(body.scenario.id) : scenarioFromText(body.scenario.yaml);
      const { event, teams } = await store.createEvent({
        name: body.name, scenario_id: loaded.scenario.id, scenario_yaml: 'yaml' in body.scenario ? body.scenario.yaml : null,
        content_hash: loaded.contentHash, seed: body.seed ?? randomBytes(6).toString('hex'), lang: body.lang, week_seconds: body.weekSeconds,
      }, body.teams);
      return reply.status(201).send(eventJson(event, teams));
    });

    app.get('/api/events', async (req) => {
      signedIn(req);
      return { events: (await store.events()).map((e) => ({ id: e.id, name: e.name, status: e.status, scenario: e.scenario_id, createdAt: e.created_at })) };
    });

    app.get('/api/events/:eventId', async (req) => {
      const ev = await eventOf(req);
      return eventJson(ev, await store.teams(ev.id));
    });

    app.post('/api/events/:eventId/start', async (req) => {
      const ev = await eventOf(req);
      if (ev.status !== 'draft') throw new ApiError(409, 'alreadyStarted', `the event is ${ev.status}`);
      await store.setStatus(ev.id, 'running');
      return { id: ev.id, status: 'running' };
    });

    app.post('/api/events/:eventId/end', async (req) => {
      const ev = await eventOf(req);
      if (ev.status === 'ended') throw new ApiError(409, 'alreadyEnded', 'the event has already ended');
      await store.setStatus(ev.id, 'ended');
      return { id: ev.id, status: 'ended' };
    });

    app.put('/api/events/:eventId/pace', async (req) => {
      const ev = await eventOf(req);
      const p = Pace.safeParse(req.body);
      if (!p.success) throw new ApiError(400, 'badInput', zodMessage(p.error.issues));
      await store.setWeekSeconds(ev.id, p.data.weekSeconds);
      return { id: ev.id, weekSeconds: p.data.weekSeconds };
    });

    for (const [verb, paused] of [['pause', true], ['resume', false]] as const) {
      app.post(`/api/events/:eventId/${verb}`, async (req) => {
        const ev = await eventOf(req);
        if (ev.status !== 'running') throw new ApiError(409, 'notRunning', `the event is ${ev.status}; only a running event can be paused or resumed`);
        await store.setPaused(ev, paused);
        return { id: ev.id, paused };
      });
    }

    // The facilitator's live inject: a scenario event or an announcement, for every team at the same week (injects.ts).
    app.post('/api/events/:eventId/inject', async (req) => {
      const ev = await eventOf(req);
      const p = InjectInput.safeParse(req.body);
      if (!p.success) throw new ApiError(400, 'badInput', zodMessage(p.error.issues));
      return addInject(ctx, ev, p.data);
    });

    app.get('/api/events/:eventId/injects', async (req) => {
      const ev = await eventOf(req);
      const { scenario } = eventScenario(ev);
      return { injects: await injectsOf(store, ev.id), events: scenario.events.map((e) => ({ id: e.id, news: e.news })) };
    });

    // Each team's read-only debrief link (the key opens that team's game, and only once the event has ended).
    app.get('/api/events/:eventId/debrief-links', async (req) => {
      const ev = await eventOf(req);
      const teams = await store.teams(ev.id);
      return { ended: ev.status === 'ended', links: await Promise.all(teams.map(async (t) => ({ teamId: t.id, team: t.name, key: await debriefKey(store, t.id) }))) };
    });

    app.get('/api/events/:eventId/dashboard', async (req) => dashboard(ctx, await eventOf(req)));

    app.get('/api/events/:eventId/leaderboard', async (req) => {
      const ev = await eventOf(req);
      return { event: ev.id, status: ev.status, standings: await leaderboard(store, ev) };
    });

    app.get('/api/events/:eventId/results.csv', async (req, reply) => {
      const ev = await eventOf(req);
      reply.header('content-disposition', 'attachment; filename="results.csv"');
      return reply.type('text/csv; charset=utf-8').send(standingsCsv(await leaderboard(store, ev)));
    });

    app.get('/api/events/:eventId/archive', async (req) => archive(store, await eventOf(req)));

    app.get('/api/events/:eventId/archive/:teamId', async (req, reply) => {
      const ev = await eventOf(req);
      const team = await store.team(String((req.params as { teamId?: unknown }).teamId ?? ''));
      if (!team || team.event_id !== ev.id) throw new ApiError(404, 'noSuchTeam', 'no team with this id in this event');
      const name = fileNameFor(team.position, team.name);
      reply.header('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return teamSave(store, ev, team);
    });

    app.get('/api/events/:eventId/refusals', async (req) => {
      const ev = await eventOf(req);
      return { refusals: await store.refusals(ev.id) };
    });
  };
}
