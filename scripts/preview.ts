/**
 * Shared by the browser scripts (bench:web, screenshot, report:pdf): serve the production
 * build with `vite preview`, launch Chromium the way the e2e tests do, and make a
 * whole-game save for the debrief to open.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { loadScenarioFile } from '../src/cli/scenario-files.ts';
import { botsFor, playGame } from '../src/bots/index.ts';
import { replay } from '../src/engine/index.ts';
import { makeSave } from '../src/save/format.ts';

export const ROOT = join(import.meta.dirname, '..');

/** `vite preview` on `port`; throws if the port is taken (never measure someone else's build). */
export async function startPreview(port: number): Promise<{ url: string; stop(): Promise<void> }> {
  // Vite itself, not through npx: killing npx would leave the server running.
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (exited) throw new Error(`vite preview did not start on port ${port} (in use?)`);
  return {
    url,
    // Vite closes gracefully on SIGTERM, waiting for open connections; after 2 s, it is killed.
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => server.once('exit', r));
      server.kill();
      const t = setTimeout(() => server.kill('SIGKILL'), 2000);
      await gone;
      clearTimeout(t);
    },
  };
}

/** Debian's Chromium by default; CHROME_PATH for another, PW_BUNDLED=1 for Playwright's own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PW_BUNDLED ? undefined : (process.env.CHROME_PATH ?? '/usr/bin/chromium'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A whole flagship game by bots, saved with AR marked as played by a person (as in solo play). */
export function flagshipSave(seed: string, strategy: string, notes: Record<string, string> = {}) {
  const loaded = loadScenarioFile(join(ROOT, 'scenarios/flagship.yaml'));
  if (!loaded.ok) throw new Error('scenarios/flagship.yaml does not load');
  const bots = botsFor(strategy);
  if (!bots) throw new Error(`unknown strategy "${strategy}"`);
  const { log } = playGame(loaded.scenario, seed, bots);
  const r = replay(loaded.scenario, seed, log);
  if (r.error) throw new Error('the bots’ game does not replay');
  const save = makeSave(loaded.scenario, loaded.contentHash, seed, log, r.weekHashes, r.state, { mode: 'solo', turn: 'AR', AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' }, { notes });
  return { scenario: loaded.scenario, log, save };
}
