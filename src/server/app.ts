/**
 * The workshop server as a Fastify app: the database, the routes, limits and errors.
 * `main.ts` parses the command line and listens; tests build the app directly.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import { openDatabase, type Database } from './db.ts';
import { ApiError } from './errors.ts';
import { bearer, newToken, tokenHash } from './auth.ts';
import { debriefRoutes } from './debrief-links.ts';
import { Games, sweepLateWeeks } from './games.ts';
import { LIMITS, MAX_MESSAGE_BYTES, RateLimiter, type Rate } from './limits.ts';
import { Store } from './store.ts';
import { facilitatorRoutes } from './routes-facilitator.ts';
import { teamRoutes } from './routes-team.ts';
import { websocketRoute } from './ws.ts';
import { localFanout, pgFanout, type Fanout } from './fanout.ts';
import { liveRoutes } from './live.ts';

export interface ServerOptions {
  /** PostgreSQL when set; else SQLite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** The built app to serve (default dist/); the API works without it. */
  distDir?: string;
  /** Use this facilitator token (else the stored one, or a new one at first start). */
  facilitatorToken?: string;
  /** Draw a new facilitator token (the old one stops working). */
  rotateToken?: boolean;
  limits?: Partial<typeof LIMITS>;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Wall time in ms (tests pass their own to move time). */
  clock?: () => number;
  /** How often late weeks are ended (ms; 0: never by itself — tests call `sweep`). Default 1000. */
  paceSweepMs?: number;
  /** Where refusals and server errors are written (default: stderr). */
  log?: (line: string) => void;
}

export interface Server {
  app: FastifyInstance;
  database: Database;
  store: Store;
  facilitatorToken: string;
  /** Whether the built app is served. */
  serving: string | null;
  /** End the week for every team past its deadline now; returns how many. */
  sweep(): Promise<number>;
}

/** Shared by the route files. */
export interface Ctx {
  store: Store;
  games: Games;
  facilitatorToken: string;
  limiter: (kind: keyof typeof LIMITS, key: string) => boolean;
  log: (line: string) => void;
  dbKind: Database['kind'];
  clock: () => number;
  /** Live updates within this instance and, over PostgreSQL, between instances. */
  fanout: Fanout;
}

export async function buildServer(opts: ServerOptions): Promise<Server> {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const database = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir, log });
  const clock = opts.clock ?? Date.now;
  const store = new Store(database.db, clock, database.kind === 'sqlite');
  let fanout: Fanout;
  try {
    fanout = database.kind === 'postgres' ? await pgFanout(database.db as Kysely<unknown>, opts.databaseUrl!, log) : localFanout();
  } catch (e) {
    await database.close();
    throw e;
  }
  let facilitatorToken = opts.facilitatorToken ?? (opts.rotateToken ? null : await store.setting('facilitatorToken'));
  if (!facilitatorToken) facilitatorToken = newToken();
  await store.setSetting('facilitatorToken', facilitatorToken);

  const limits = { ...LIMITS, ...opts.limits } as Record<keyof typeof LIMITS, Rate>;
  const limiters = Object.fromEntries(Object.entries(limits).map(([k, r]) => [k, new RateLimiter(r, clock)])) as Record<keyof typeof LIMITS, RateLimiter>;
  const ctx: Ctx = { store, games: new Games(store, clock), facilitatorToken, limiter: (kind, key) => limiters[kind].take(key), log, dbKind: database.kind, clock, fanout };
  ctx.games.onStored = (team, next) => fanout.publish({ kind: 'team', eventId: team.event_id, teamId: team.id, next });
  fanout.on((c, remote) => {
    if (c.kind === 'team' && remote) ctx.games.behind(c.teamId, c.next);
    if (c.kind === 'resync') ctx.games.dropAll();
  });
  const sweep = () => sweepLateWeeks(ctx.games, store, clock());

  const app = Fastify({ logger: false, bodyLimit: MAX_MESSAGE_BYTES, trustProxy: opts.trustProxy ?? false });
  const sweepMs = opts.paceSweepMs ?? 1000;
  let sweeping = false;
  const timer = sweepMs > 0 ? setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    sweep().catch((e: Error) => log(`pacing: ${e.message}`)).finally(() => (sweeping = false));
  }, sweepMs) : null;
  timer?.unref();
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await fanout.close();
    await database.close();
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err instanceof ApiError) return reply.status(err.status).send(err.toJSON());
    const status = err.statusCode ?? 500;
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send(new ApiError(413, 'tooLarge', `the request is larger than this endpoint accepts (${MAX_MESSAGE_BYTES / 1024} KB for actions)`).toJSON());
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.status(415).send(new ApiError(415, 'badContentType', 'send JSON (Content-Type: application/json)').toJSON());
    if (status === 400 && (err instanceof SyntaxError || /JSON/i.test(err.code ?? '') || /JSON/.test(err.message))) {
      return reply.status(400).send(new ApiError(400, 'badJson', 'the body is not valid JSON').toJSON());
    }
    if (status < 500) return reply.status(status).send(new ApiError(status, 'badRequest', 'the request was refused').toJSON());
    log(`server error: ${err.message}`);
    return reply.status(500).send(new ApiError(500, 'internal', 'the server could not handle this request; nothing was stored').toJSON());
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send(new ApiError(404, 'notFound', `no such address: ${req.method} ${req.url.split('?')[0]!.slice(0, 100)}`).toJSON()));

  // One bucket per client: a team's session token, else the address. Checked before the body is read.
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const url = req.url;
    const kind: keyof typeof LIMITS = url.startsWith('/api/join') ? 'join' : url.startsWith('/api/teams/') ? 'team' : url.startsWith('/api/events') ? 'facilitator' : 'other';
    const token = bearer(req.headers.authorization);
    const key = kind === 'team' && token ? tokenHash(token) : req.ip;
    if (!ctx.limiter(kind, key)) {
      reply.header('retry-after', '1');
      throw new ApiError(429, 'rateLimited', 'too many requests from this client: slow down and retry');
    }
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });

  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });
  app.get('/api/health', async () => ({ ok: true, db: database.kind }));
  await app.register(facilitatorRoutes(ctx));
  await app.register(teamRoutes(ctx));
  await app.register(websocketRoute(ctx));
  await app.register(debriefRoutes(ctx));
  await app.register(liveRoutes(ctx));
  // Whatever the facilitator changes in an event (start, pace, pause, end, …) reaches every instance's screens.
  app.addHook('onResponse', async (req, reply) => {
    const m = /^\/api\/events\/([A-Za-z0-9_-]{1,40})\/[a-z]/.exec(req.url);
    if (m && (req.method === 'POST' || req.method === 'PUT') && reply.statusCode < 300) fanout.publish({ kind: 'event', eventId: m[1]! });
  });

  const dist = resolve(opts.distDir ?? 'dist');
  const serving = existsSync(join(dist, 'index.html')) ? dist : null;
  if (serving) await app.register(fastifyStatic, { root: serving, prefix: '/', index: ['index.html'] });
  return { app, database, store, facilitatorToken, serving, sweep };
}
