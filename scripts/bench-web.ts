/**
 * `npm run bench:web`: the browser figures, measured in headless Chromium against
 * `vite preview` of a production build — never asserted in tests (standing rule 4).
 *
 *  - initial JS (gzip) without the lazily loaded Phaser chunk
 *  - shell interactive vs. when the Phaser chunk is requested (the app fetches it when
 *    the shell is idle, before the game starts)
 *  - navigation → playable board
 *  - click → updated KPI bar, p95
 *  - board frame time p95 with the flagship's pipeline full: the main-thread work of
 *    each frame, and the interval between frames with the count of dropped ones
 *  - the debrief of a whole flagship game (a bots' save, imported, with AR marked as the
 *    person): click → turning points done (computed in a worker), and how responsive the
 *    main thread stays meanwhile: the longest task (Long Tasks API) and the longest gap
 *    between animation frames
 *  - the scenario studio: the start screen's button → the editor interactive (lazy chunk,
 *    CodeMirror, the schema), and a template's first check in the worker
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { flagshipSave, launchChromium, startPreview } from './preview.ts';
import { decisionPoints } from '../src/debrief/index.ts';

const root = join(import.meta.dirname, '..');
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });
const dist = join(root, 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
const allJs = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const initialKiB = initial.reduce((n, f) => n + gz(f), 0) / 1024;
const lazy = allJs.filter((f) => !initial.includes(f));
// The first screen also needs the catalogue of the player's language (its own chunk, one
// of the two): count the larger, so the figure is what a player really downloads first.
const catalogues = allJs.filter((f) => /^assets\/(zh|en)-[\w-]+\.js$/.test(f));
const languageKiB = Math.max(0, ...catalogues.map(gz)) / 1024;
console.log(`initial JS (gzip, without Phaser): ${initialKiB.toFixed(1)} KiB  [${initial.join(', ')}]`);
console.log(`initial JS + one language's catalogue (gzip): ${(initialKiB + languageKiB).toFixed(1)} KiB  [${catalogues.join(', ')}: the larger counted]`);
console.log(`lazy chunks (gzip): ${lazy.map((f) => `${f} ${(gz(f) / 1024).toFixed(1)} KiB`).join(', ')}`);

// The debrief's game: the flagship played by siloed bots (the CLI's `play --save`), with
// AR marked as the person (the analysis re-simulates AR's decisions).
const debriefSeed = '42';
const { log: debriefLog, save: debriefSaveFile } = flagshipSave(debriefSeed, 'siloed');
const debriefSave = JSON.stringify(debriefSaveFile);
const debriefDecisions = decisionPoints(debriefLog, ['AR']).length;

const { url, stop } = await startPreview(4179);
const browser = await launchChromium();
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
    // The board lives in the app's BoardHost (src/ui/board-host.ts); TypeScript's `private` is not hidden at run time.
    const app = document.querySelector('it-app') as unknown as { boardHost: { board: { stats(): { frames: number; frameTimes: number[]; workTimes: number[] } } } };
    const board = app.boardHost.board;
    const a = board.stats().frames;
    await new Promise((r) => setTimeout(r, 3000));
    const s = board.stats();
    const n = s.frames - a;
    return { frames: n, intervals: s.frameTimes.slice(-n), work: s.workTimes.slice(-n), tokens: document.querySelectorAll('.pipeline .chip[data-token]').length };
  });
  // A dropped frame shows as an interval of two vsyncs or more.
  const dropped = frames.intervals.filter((t) => t > 25).length;
  console.log(`board, ${frames.tokens} items on the pipeline (the flagship's bots peak at 11), ${frames.frames} frames in 3 s, ${dropped} dropped:`);
  console.log(`  frame work (step → render submitted) p50 ${pct(frames.work, 0.5).toFixed(2)} ms, p95 ${pct(frames.work, 0.95).toFixed(2)} ms, max ${pct(frames.work, 1).toFixed(2)} ms`);
  console.log(`  frame interval (vsync ± timer jitter) p50 ${pct(frames.intervals, 0.5).toFixed(1)} ms, p95 ${pct(frames.intervals, 0.95).toFixed(1)} ms`);
  await page.close();

  // The debrief: a fresh profile, the save imported through the start screen.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __name: (f: unknown) => unknown };
    // tsx (esbuild, keepNames) wraps named functions in the code passed to page.evaluate in __name().
    w.__name = (f) => f;
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* no Long Tasks API: only the frame gaps are measured */
    }
  });
  const dp = await context.newPage();
  await dp.goto(url);
  await dp.locator('.start-game').waitFor();
  await dp.locator('label.import input[type=file]').setInputFiles({ name: 'flagship-42.json', mimeType: 'application/json', buffer: Buffer.from(debriefSave) });
  await dp.locator('.open-debrief').waitFor();
  await dp.waitForTimeout(300); // let the end screen settle before the clock starts
  const d = await dp.evaluate(async () => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    const frames: number[] = [];
    let sampling = true;
    const tick = (t: number) => {
      frames.push(t);
      if (sampling) requestAnimationFrame(tick);
    };
    // A first frame before the click, so a frame held up by the click's own work counts.
    await new Promise((r) => requestAnimationFrame((t) => r(frames.push(t))));
    requestAnimationFrame(tick);
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>('.open-debrief')!.click();
    let scorecard = 0;
    const done = await new Promise<{ kind: string; text: string }>((resolve) => {
      const check = () => {
        if (!scorecard && document.querySelector('[data-testid=scorecard]')) scorecard = performance.now() - t0;
        const el = document.querySelector('[data-testid=tp-done], [data-testid=tp-none], .turning .note.error');
        if (el) resolve({ kind: el.getAttribute('data-testid') ?? 'error', text: el.textContent ?? '' });
        else setTimeout(check, 5);
      };
      check();
    });
    const t1 = performance.now();
    sampling = false;
    // Long tasks are reported after they end: give the observer a moment.
    await new Promise((r) => setTimeout(r, 100));
    const gaps = frames.slice(1).map((t, i) => ({ at: t, gap: t - frames[i]! })).filter((g) => g.at >= t0 && g.at - g.gap <= t1);
    const tasks = w.__longTasks.filter((e) => e.start + e.duration >= t0 && e.start <= t1);
    return {
      seconds: (t1 - t0) / 1000,
      scorecard,
      done,
      frames: gaps.length,
      maxGap: Math.max(0, ...gaps.map((g) => g.gap)),
      over50: gaps.filter((g) => g.gap > 50).length,
      longTasks: tasks.length,
      longest: Math.max(0, ...tasks.map((e) => e.duration)),
      longestAt: tasks.reduce((a, e) => (e.duration > a.duration ? e : a), { start: t0, duration: 0 }).start - t0,
    };
  });
  if (d.done.kind === 'error') throw new Error(`the debrief's turning points failed: ${d.done.text}`);
  // "161 decisions re-simulated in 1.4 s" (in either language: the count, then the worker's seconds).
  const nums = d.done.text.match(/\d+(?:\.\d+)?/g) ?? [];
  const resimulated = d.done.kind === 'tp-done' ? `${nums[0] ?? '?'} re-simulated` : 'no turning points';
  const workerSeconds = d.done.kind === 'tp-done' && nums.length > 1 ? `; the worker's own time ${nums[nums.length - 1]} s` : '';
  console.log(
    `debrief turning points (flagship, ${debriefDecisions} decisions, ${resimulated}): ${d.seconds.toFixed(1)} s; ` +
      `longest main-thread task during it: ${d.longest ? `${d.longest.toFixed(0)} ms` : 'none over 50 ms'}; max frame gap ${d.maxGap.toFixed(0)} ms`,
  );
  console.log(
    `  scorecard shown ${d.scorecard.toFixed(0)} ms after the click${workerSeconds}; ${d.longTasks} long task(s) over 50 ms (the longest starting at ${d.longestAt.toFixed(0)} ms); ` +
      `${d.frames} frames, ${d.over50} gap(s) over 50 ms`,
  );
  await context.close();

  // The studio: a fresh profile, the start screen's Studio button → the editor mounted
  // and accepting keys (its chunk, CodeMirror and the schema fetched on the click), then a
  // template's first check by the worker (the worker starts on the first check).
  const sc = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await sc.addInitScript(() => ((window as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f));
  const sp = await sc.newPage();
  await sp.goto(url);
  await sp.locator('.start-game').waitFor();
  await sp.waitForTimeout(300);
  const studioReady = await sp.evaluate(async () => {
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>('.open-studio')!.click();
    await new Promise<void>((res) => {
      const check = () => (document.querySelector('.studio-editor[data-ready=true] .cm-content') ? res() : setTimeout(check, 2));
      check();
    });
    return performance.now() - t0;
  });
  const t2 = Date.now();
  await sp.locator('.cm-content').focus();
  await sp.keyboard.type('x');
  await sp.waitForFunction(() => (document.querySelector('it-studio') as unknown as { draftText(): string }).draftText() === 'x');
  const firstKey = Date.now() - t2;
  const checks: string[] = [];
  for (const template of ['tutorial', 'flagship']) {
    // An empty editor takes a template without asking.
    await sp.locator('.cm-content').focus();
    await sp.keyboard.press('Control+a');
    await sp.keyboard.press('Delete');
    await sp.locator('.studio-template').selectOption(template);
    const t3 = Date.now();
    await sp.locator('.studio-new').click();
    // Done when the counts name the template's own text as checked.
    await sp.waitForFunction((id) => {
      const text = (document.querySelector('it-studio') as unknown as { draftText(): string }).draftText();
      return text.includes(`id: my-${id}`) && document.querySelector(`.studio-counts[data-state=done][data-size="${text.length}"]`);
    }, template);
    checks.push(`${template} ${Date.now() - t3} ms`);
  }
  console.log(`studio: click → editor interactive ${studioReady.toFixed(0)} ms (≤ 1500 ms wanted); a key typed → in the text ${firstKey} ms; New from template → first check done: ${checks.join(', ')}`);
  await sc.close();
} finally {
  await browser.close();
  await stop();
}
