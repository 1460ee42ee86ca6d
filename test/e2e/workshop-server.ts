/**
 * The real workshop server for the workshop specs (`npm run serve`'s main.ts, SQLite in a
 * temp folder, serving the built app) on its own port (4194, or WORKSHOP_E2E_PORT), and
 * the small page helpers they share.
 */
import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

export const PORT = Number(process.env.WORKSHOP_E2E_PORT ?? 4194);
export const BASE = `http://127.0.0.1:${PORT}`;

export interface WorkshopServer { token: string; stop(): void }

/** Start the server; resolves with the facilitator's token once it has printed it. */
export async function startWorkshopServer(): Promise<WorkshopServer> {
  // The app is built by the Playwright config's webServer (npm run build) before any spec runs.
  expect(existsSync(join(ROOT, 'dist', 'index.html')), 'dist/ is built').toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'its-e2e-workshop-'));
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(PORT), '--host', '127.0.0.1', '--data', dataDir, '--dist', 'dist'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const token = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the workshop server did not start:\n${out}`)), 60_000);
    const seen = (d: Buffer) => {
      out += d.toString();
      const m = /Bearer\): (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    server.stdout!.on('data', seen);
    server.stderr!.on('data', seen);
    server.on('exit', (code) => reject(new Error(`the workshop server exited (${code}):\n${out}`)));
  });
  return {
    token,
    stop: () => {
      server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A first visit in `lang`, with the first-week guide off. */
export async function firstVisit(page: Page, lang: 'en' | 'zh' = 'en'): Promise<void> {
  await page.addInitScript((l) => {
    localStorage.setItem('iron-triangle.lang', l);
    localStorage.setItem('iron-triangle.guide', 'off');
  }, lang);
}
