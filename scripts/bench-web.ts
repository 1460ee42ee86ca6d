/**
 * `npm run bench:web`: the browser figures, measured in headless Chromium against
 * `vite preview` of a production build — never asserted in tests (standing rule 4).
 *
 *  - initial JS (gzip) without the lazily loaded Phaser chunk
 *  - shell interactive vs. when the Phaser chunk is requested
 *  - navigation → playable board
 *  - click → updated KPI bar, p95
 *  - board frame time p95 with the flagship's pipeline full: the main-thread work of
 *    each frame, and the interval between frames with the count of dropped ones
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { spawn, execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });
const dist = join(root, 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
const allJs = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const initialKiB = initial.reduce((n, f) => n + gz(f), 0) / 1024;
const lazy = allJs.filter((f) => !initial.includes(f));
console.log(`initial JS (gzip, without Phaser): ${initialKiB.toFixed(1)} KiB  [${initial.join(', ')}]`);
console.log(`lazy chunks (gzip): ${lazy.map((f) => `${f} ${(gz(f) / 1024).toFixed(1)} KiB`).join(', ')}`);

const port = 4179;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
const url = `http://localhost:${port}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({
  executablePath: process.env.PW_BUNDLED ? undefined : (process.env.CHROME_PATH ?? '/usr/bin/chromium'),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  let phaserRequested = 0;
  const t0 = Date.now();
  page.on('request', (r) => {
    if (!phaserRequested && lazy.some((f) => r.url().endsWith(f))) phaserRequested = Date.now() - t0;
  });
  // A new browser has an empty profile: no saves, nothing cached.
  const t1 = Date.now();
  await page.goto(url);
  await page.locator('.start-game').waitFor();
  const shell = Date.now() - t1;
  await page.locator('input[data-scenario=flagship]').check();
  await page.locator('#seed').fill('bench');
  await page.locator('.start-game').click();
  await page.locator('.begin').click();
  await page.locator('#board[data-ready=true]').waitFor();
  const board = Date.now() - t1;
  console.log(`shell interactive: ${shell} ms; Phaser chunk requested at ${phaserRequested ? phaserRequested - (t1 - t0) : 'never'} ms; navigation → playable board (with the two clicks): ${board} ms`);

  // Fill the pipeline: let the weeks run (bots play the other roles).
  for (let w = 0; w < 18; w++) {
    // Decision cards wait for an answer: take the first option.
    if (await page.locator('.card-dialog').isVisible()) await page.locator('.card-dialog button').first().click();
    const a = page.locator('it-actions .act:not([disabled])').first();
    if (await a.count()) await a.click();
    if (await page.locator('.card-dialog').isVisible()) await page.locator('.card-dialog button').first().click();
    await page.locator('.end-turn').click();
  }
  if (await page.locator('.card-dialog').isVisible()) await page.locator('.card-dialog button').first().click();
  // Click → KPI bar: each sample clicks an enabled action and waits for the re-render
  // and the next frame; when the role's days run out, the turn is ended (not timed).
  const clicks: number[] = [];
  for (let round = 0; round < 12 && clicks.length < 40; round++) {
    if (await page.locator('.card-dialog').isVisible()) await page.locator('.card-dialog button').first().click();
    clicks.push(
      ...(await page.evaluate(async () => {
        const app = document.querySelector('it-app') as unknown as HTMLElement & { updateComplete: Promise<boolean> };
        const out: number[] = [];
        for (let i = 0; i < 10; i++) {
          const chips = [...document.querySelectorAll<HTMLButtonElement>('.pipeline .chip[data-token]')];
          chips[i % Math.max(1, chips.length)]?.click();
          await app.updateComplete;
          if (document.querySelector('.card-dialog')) break;
          const b = document.querySelector<HTMLButtonElement>('it-actions .act:not([disabled])');
          if (!b) break;
          const s = performance.now();
          b.click();
          await app.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          out.push(performance.now() - s);
        }
        return out;
      })),
    );
    if (await page.locator('.card-dialog').isVisible()) await page.locator('.card-dialog button').first().click();
    await page.locator('.end-turn').click();
  }
  console.log(`click → updated KPI bar: p50 ${pct(clicks, 0.5).toFixed(1)} ms, p95 ${pct(clicks, 0.95).toFixed(1)} ms (${clicks.length} clicks)`);
  await page.waitForTimeout(500);
  const frames = await page.evaluate(async () => {
    const app = document.querySelector('it-app') as unknown as { board: { stats(): { frames: number; frameTimes: number[]; workTimes: number[] } } };
    const a = app.board.stats().frames;
    await new Promise((r) => setTimeout(r, 3000));
    const s = app.board.stats();
    const n = s.frames - a;
    return { frames: n, intervals: s.frameTimes.slice(-n), work: s.workTimes.slice(-n), tokens: document.querySelectorAll('.pipeline .chip[data-token]').length };
  });
  // A dropped frame shows as an interval of two vsyncs or more.
  const dropped = frames.intervals.filter((t) => t > 25).length;
  console.log(`board, ${frames.tokens} items on the pipeline (the flagship's bots peak at 11), ${frames.frames} frames in 3 s, ${dropped} dropped:`);
  console.log(`  frame work (step → render submitted) p50 ${pct(frames.work, 0.5).toFixed(2)} ms, p95 ${pct(frames.work, 0.95).toFixed(2)} ms, max ${pct(frames.work, 1).toFixed(2)} ms`);
  console.log(`  frame interval (vsync ± timer jitter) p50 ${pct(frames.intervals, 0.5).toFixed(1)} ms, p95 ${pct(frames.intervals, 0.95).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.kill();
}
