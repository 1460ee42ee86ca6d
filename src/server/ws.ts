/**
 * The teams' WebSocket (`/api/ws`): the same actions as POST /api/teams/:id/actions, one
 * connection per laptop. The first message authenticates ({type:"auth", token}: a
 * browser cannot set headers on a WebSocket, and a token in the address would end up in
 * proxy logs). Messages over 64 KB close the connection (code 1009); a client over its
 * rate gets "refused" replies and, if it keeps on, is disconnected (1008).
 */
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Ctx } from './app.ts';
import { newId, tokenHash } from './auth.ts';
import { ApiError, zodMessage } from './errors.ts';
import { WsMessage } from './inputs.ts';
import { teamAuth, teamView, type TeamAuth } from './routes-team.ts';
import { watchTeam } from './live.ts';

const AUTH_TIMEOUT_MS = 10_000;
const MAX_STRIKES = 200;

export function websocketRoute(ctx: Ctx) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/api/ws', { websocket: true }, (socket: WebSocket, req) => {
      let auth: TeamAuth | null = null;
      let key = `ws:${newId()}:${req.ip}`;
      let strikes = 0;
      let chain: Promise<void> = Promise.resolve();
      // Live status pushes (live.ts); `ownNext`: the log length this socket's own latest action makes.
      let unwatch: (() => void) | null = null;
      let ownNext = -1;
      const send = (m: unknown) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(m));
      };
      const refuse = (e: ApiError, seq?: number) => send({ type: 'refused', ...(seq !== undefined ? { seq } : {}), status: e.status, ...e.toJSON() });
      const timer = setTimeout(() => {
        if (!auth) socket.close(1008, 'no auth message');
      }, AUTH_TIMEOUT_MS);
      socket.on('close', () => {
        clearTimeout(timer);
        unwatch?.();
      });
      socket.on('error', () => undefined);

      socket.on('message', (data, isBinary) => {
        if (!ctx.limiter('team', key)) {
          if (++strikes > MAX_STRIKES) socket.close(1008, 'rate limit');
          else refuse(new ApiError(429, 'rateLimited', 'too many messages from this client: slow down'));
          return;
        }
        let raw: unknown;
        try {
          if (isBinary) throw new Error();
          raw = JSON.parse(data.toString());
        } catch {
          refuse(new ApiError(400, 'badJson', 'the message is not valid JSON text'));
          return;
        }
        const p = WsMessage.safeParse(raw);
        if (!p.success) {
          refuse(new ApiError(400, 'badInput', zodMessage(p.error.issues)));
          return;
        }
        const msg = p.data;
        // Messages are handled in the order they came, one at a time.
        chain = chain.then(async () => {
          try {
            if (msg.type === 'ping') return send({ type: 'pong' });
            if (msg.type === 'auth') {
              auth = await teamAuth(ctx, msg.token);
              key = tokenHash(msg.token);
              unwatch?.();
              if (socket.readyState === socket.OPEN) unwatch = watchTeam(ctx, auth, send, () => ownNext);
              return send({ type: 'ready', ...(await teamView(ctx, auth)) });
            }
            if (!auth) throw new ApiError(401, 'unauthorized', 'send {"type":"auth","token":…} first');
            // The event may have started or ended since the connection was made.
            const ev = (await ctx.store.event(auth.ev.id)) ?? auth.ev;
            ownNext = msg.seq + 1;
            const ack = await ctx.games.submit(ev, auth.team, auth.session, msg);
            send({ type: 'ack', ...ack });
          } catch (e) {
            if (e instanceof ApiError) refuse(e, msg.type === 'action' ? msg.seq : undefined);
            else {
              ctx.log(`websocket error: ${(e as Error).message}`);
              refuse(new ApiError(500, 'internal', 'the server could not handle this message; nothing was stored'));
            }
          }
        });
      });
    });
  };
}
