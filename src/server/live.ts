/**
 * Light status and live updates, so that no screen has to poll a whole log or dashboard.
 *
 * - `GET /api/teams/:teamId/status` (team): the event's status, the pacing and the
 *   team's position (`next`, week, hash) — a few hundred bytes; the client reads the
 *   whole game (`GET /api/teams/:teamId`) only when its own differs.
 * - `GET /api/events/:eventId/status` (facilitator): the event's status and each team's
 *   `next`, week and time left, with a `version` that changes exactly when the dashboard
 *   or the leaderboard can have changed (an action stored, a start, a pause…); with
 *   `?since=<version>` an unchanged event answers `{changed:false, version}` only.
 * - The teams' WebSocket (ws.ts) gets `{type:"status", …}` when the event's status or
 *   pacing changes, or when another laptop (or instance, or the pacing sweep) moves the
 *   team's game on.
 * - `GET /api/live` (WebSocket, facilitator): `{type:"auth", token, event}` first, then
 *   `{type:"change", change}` for every action stored and every event change, from any
 *   instance (fanout.ts), so a dashboard sees each team's move as it happens.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Ctx } from './app.ts';
import { bearer, sameSecret } from './auth.ts';
import { ApiError, unauthorized, zodMessage } from './errors.ts';
import type { Change } from './fanout.ts';
import { IdParam } from './inputs.ts';
import { paceView } from './pace.ts';
import { teamAuth, type TeamAuth } from './routes-team.ts';
import type { EventRow } from './store.ts';

/** A team's position and its event's state: what a team's screen polls. */
export async function teamStatus(ctx: Ctx, a: TeamAuth) {
  const ev = (await ctx.store.event(a.ev.id)) ?? a.ev;
  const event = { id: ev.id, status: ev.status };
  if (ev.status === 'draft') return { event, pace: null, game: null };
  const g = await ctx.games.read(ev, a.team);
  // A role laptop polling its status is a laptop heard from; the others' readiness changes
  // no log, so it travels here too (each role's ready/online, as in the team's view).
  ctx.games.touch(a.team.id, a.session.role);
  return {
    event, pace: paceView(ev, g.weekStartClock, ctx.clock()),
    ...(a.team.mode === 'roleLaptops' ? { roles: await ctx.games.roles(a.team.id, g.state.week) } : {}),
    game: { next: g.log.length, week: g.state.week, finished: g.state.finished, hash: g.log.at(-1)?.hash ?? null },
  };
}

/** Every team's position in one event, and a version of what the dashboard shows. */
export async function eventStatus(ctx: Ctx, ev: EventRow) {
  const nowMs = ctx.clock();
  const teams = [];
  for (const team of await ctx.store.teams(ev.id)) {
    if (ev.status === 'draft') {
      teams.push({ id: team.id, next: 0, week: 1, finished: false, timeLeftMs: null });
      continue;
    }
    const g = await ctx.games.read(ev, team);
    // Role laptops: who is ready and online shows on the dashboard, so it is part of the version.
    const roles = team.mode === 'roleLaptops' ? (await ctx.games.roles(team.id, g.state.week)).map((r) => `${r.role}${r.ready ? 'r' : ''}${r.online ? 'o' : ''}`).join('') : '';
    teams.push({ id: team.id, next: g.log.length, week: g.state.week, finished: g.state.finished, timeLeftMs: paceView(ev, g.weekStartClock, nowMs).timeLeftMs, roles });
  }
  const event = { id: ev.id, status: ev.status, paused: ev.paused_at !== null, weekSeconds: ev.week_seconds };
  // Time left runs on by itself (screens count it down); everything else changes the version.
  const version = createHash('sha256').update(JSON.stringify([event, teams.map((t) => [t.id, t.next, t.roles])])).digest('base64url').slice(0, 16);
  return { version, event, teams };
}

const LiveAuth = z.strictObject({ type: z.literal('auth'), token: z.string().min(10).max(200), event: IdParam });

/**
 * Push a team's status to one of its sockets when it changes. `own()` is the log length
 * this socket's own latest action made (its ack already says so): not pushed again.
 */
export function watchTeam(ctx: Ctx, a: TeamAuth, send: (m: unknown) => void, own: () => number): () => void {
  return ctx.fanout.on((c, remote) => {
    const mine = (c.kind === 'event' && c.eventId === a.ev.id) || c.kind === 'resync' ||
      (c.kind === 'team' && c.teamId === a.team.id && (remote || c.next !== own()));
    if (mine) teamStatus(ctx, a).then((s) => send({ type: 'status', ...s }), () => undefined);
  });
}

export function liveRoutes(ctx: Ctx) {
  async function facilitatorEvent(token: string | null, eventId: unknown): Promise<EventRow> {
    if (!token) throw unauthorized('the facilitator\'s API');
    if (!sameSecret(token, ctx.facilitatorToken)) throw new ApiError(403, 'forbidden', 'not the facilitator\'s token (it is printed when the server starts)');
    const id = IdParam.safeParse(eventId);
    const ev = id.success ? await ctx.store.event(id.data) : null;
    if (!ev) throw new ApiError(404, 'noSuchEvent', 'no event with this id');
    return ev;
  }

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/api/teams/:teamId/status', async (req: FastifyRequest) => {
      const a = await teamAuth(ctx, bearer(req.headers.authorization), String((req.params as { teamId?: unknown }).teamId ?? ''));
      return teamStatus(ctx, a);
    });

    app.get('/api/events/:eventId/status', async (req: FastifyRequest) => {
      const ev = await facilitatorEvent(bearer(req.headers.authorization), (req.params as { eventId?: unknown }).eventId);
      const s = await eventStatus(ctx, ev);
      const since = (req.query as { since?: unknown }).since;
      return since === s.version ? { changed: false, version: s.version } : { changed: true, ...s };
    });

    app.get('/api/live', { websocket: true }, (socket: WebSocket) => {
      let stop: (() => void) | null = null;
      const send = (m: unknown) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(m));
      };
      const timer = setTimeout(() => {
        if (!stop) socket.close(1008, 'no auth message');
      }, 10_000);
      socket.on('close', () => {
        clearTimeout(timer);
        stop?.();
      });
      socket.on('error', () => undefined);
      socket.on('message', (data) => {
        if (stop) return send({ type: 'refused', status: 400, ...new ApiError(400, 'badInput', 'this socket only sends; nothing to ask once signed in').toJSON() });
        let raw: unknown;
        try {
          raw = JSON.parse(data.toString());
        } catch {
          return send({ type: 'refused', status: 400, ...new ApiError(400, 'badJson', 'the message is not valid JSON text').toJSON() });
        }
        const p = LiveAuth.safeParse(raw);
        if (!p.success) return send({ type: 'refused', status: 400, ...new ApiError(400, 'badInput', zodMessage(p.error.issues)).toJSON() });
        facilitatorEvent(p.data.token, p.data.event).then(async (ev) => {
          if (stop || socket.readyState !== socket.OPEN) return;
          stop = ctx.fanout.on((c: Change) => {
            if (c.kind === 'resync' || c.eventId === ev.id) send({ type: 'change', change: c });
          });
          send({ type: 'ready', ...(await eventStatus(ctx, ev)) });
        }, (e: unknown) => {
          const err = e instanceof ApiError ? e : new ApiError(500, 'internal', 'the server could not handle this message');
          send({ type: 'refused', status: err.status, ...err.toJSON() });
        });
      });
    });
  };
}
