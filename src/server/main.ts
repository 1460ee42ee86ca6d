/**
 * `npm run serve -- [--port N] [--host H] [--data DIR] [--dist DIR] [--new-token] [--trust-proxy]`:
 * the workshop server. PostgreSQL when DATABASE_URL is set, else SQLite in the data folder.
 * Prints the address teams open and the facilitator's sign-in link.
 */
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { buildServer } from './app.ts';

const USAGE = 'usage: npm run serve -- [--port 8080] [--host 0.0.0.0] [--data ./workshop-data] [--dist ./dist] [--new-token] [--trust-proxy]\n' +
  'PostgreSQL: set DATABASE_URL=postgres://user@host:5432/db (else SQLite in the data folder).';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.PORT ?? '8080' },
        host: { type: 'string', default: '0.0.0.0' },
        data: { type: 'string', default: './workshop-data' },
        dist: { type: 'string', default: './dist' },
        'new-token': { type: 'boolean', default: false },
        'trust-proxy': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: "${values.port}" is not a port number (0–65535)`);
    return { ...values, port };
  } catch (e) {
    return fail((e as Error).message);
  }
}

/** The addresses other laptops on the network can open. */
function addresses(port: number, host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host}:${port}/`];
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(`http://${a.address}:${port}/`);
  }
  return out.length ? out : [`http://localhost:${port}/`];
}

async function main(): Promise<void> {
  const o = options();
  let server;
  try {
    server = await buildServer({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: o.data, distDir: o.dist, rotateToken: o['new-token'], trustProxy: o['trust-proxy'] });
  } catch (e) {
    process.stderr.write(`The workshop server could not start: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const { app, database, facilitatorToken, serving } = server;
  try {
    await app.listen({ port: o.port, host: o.host });
  } catch (e) {
    await app.close();
    process.stderr.write(`The workshop server could not listen on ${o.host}:${o.port}: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const urls = addresses(port, o.host);
  const lines = [
    `Iron Triangle workshop server 铁三角沙盘工作坊服务器`,
    `  database 数据库: ${database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — ${database.where}`,
    `  teams open 各队打开: ${urls.join('  ')}`,
    `  facilitator sign-in 主持人登录: ${urls[0]}#facilitator=${facilitatorToken}`,
    `  facilitator API token 主持人令牌 (Authorization: Bearer): ${facilitatorToken}`,
    serving ? `  serving the app from 应用目录: ${serving}` : `  the app is not built: run \`npm run build\` to serve it (the API works meanwhile) 应用尚未构建：请先运行 npm run build`,
    `  ready 就绪: http://localhost:${port}/api/health`,
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`${signal}: closing (acknowledged actions are already stored)\n`);
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
