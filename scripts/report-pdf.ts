/**
 * `npm run report:pdf`: the printed debrief, as Chromium prints it. Plays a whole
 * flagship game with the project's own bots (AR marked as the person, so turning points
 * are AR's decisions), imports that save through the start screen of a production build
 * in headless Chromium, opens the debrief, waits for the turning points, and prints A4
 * PDFs (the print stylesheet decides the layout), then one PNG per page (pdftoppm, from
 * poppler-utils) to look at. Page 1 of the Chinese report is copied to
 * docs/debrief-report-zh.png. PDFs are not committed: they go to --out-dir.
 *
 * Usage: npm run report:pdf [-- --lang zh|en|both] [-- --out-dir /tmp/it-report]
 *        [-- --seed 42] [-- --strategy siloed] [-- --no-build] [-- --no-png] [-- --sample-notes]
 */
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { flagshipSave, launchChromium, startPreview } from './preview.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'zh' },
    'out-dir': { type: 'string', default: '/tmp/it-report' },
    seed: { type: 'string', default: '42' },
    strategy: { type: 'string', default: 'siloed' },
    port: { type: 'string', default: '4183' },
    'no-build': { type: 'boolean' },
    'no-png': { type: 'boolean' },
    /** Fill the reflection notes with a few paragraphs each, to see how long notes print. */
    'sample-notes': { type: 'boolean' },
  },
});
const langs = values.lang === 'both' ? (['zh', 'en'] as const) : [values.lang!];
for (const l of langs) if (l !== 'zh' && l !== 'en') throw new Error(`--lang must be zh, en or both, not "${l}"`);
const root = join(import.meta.dirname, '..');
// pdfinfo and pdftoppm come with poppler-utils.
for (const tool of values['no-png'] ? ['pdfinfo'] : ['pdfinfo', 'pdftoppm']) {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
  } catch {
    console.error(`${tool} not found: install poppler-utils (Debian/Ubuntu: apt-get install -y poppler-utils; macOS: brew install poppler)`);
    process.exit(1);
  }
}
const outDir = resolve(values['out-dir']!);
mkdirSync(outDir, { recursive: true });

// The save: a whole flagship game by bots, with AR marked as played by a person.
const note = (q: number) =>
  Array.from({ length: 2 + q }, (_, i) => `Note ${q}.${i + 1}: 我们在第 ${10 + i} 周之前没有做资信调查，回款周期因此拉长。We should have run the credit check before signing, and reconciled with the customer before the due date.`).join('\n\n');
const notes: Record<string, string> = values['sample-notes'] ? { q1: note(1), q2: note(2), q3: note(3), q4: note(4) } : {};
const { log, save } = flagshipSave(values.seed!, values.strategy!, notes);
const saveJson = JSON.stringify(save);
console.log(`save: flagship, seed ${values.seed}, ${values.strategy} bots, ${log.length} actions, AR marked as the player`);

if (!values['no-build']) execSync('npm run build', { cwd: root, stdio: 'ignore' });
const { url, stop: stopServer } = await startPreview(Number(values.port));

let browser: Browser | null = null;
try {
  browser = await launchChromium();
  for (const lang of langs) {
    // A fresh context per language: an empty profile (no saves, no remembered language).
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript((l) => localStorage.setItem('iron-triangle.lang', l), lang);
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.start-game').waitFor();
    await page.locator('label.import input[type=file]').setInputFiles({ name: `flagship-${values.seed}.json`, mimeType: 'application/json', buffer: Buffer.from(saveJson) });
    await page.locator('.open-debrief').click();
    await page.locator('[data-testid=scorecard]').waitFor();
    await page.locator('[data-testid=tp-done], [data-testid=tp-none], .turning .note.error').first().waitFor({ timeout: 300_000 });
    if (await page.locator('.turning .note.error').count()) throw new Error(`turning points failed: ${await page.locator('.turning .note.error').textContent()}`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = join(outDir, `debrief-${lang}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await context.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? NaN);
    console.log(`${lang}: ${pdf} — ${pages} pages`);
    if (values['no-png']) continue;
    const prefix = join(outDir, `debrief-${lang}`);
    for (const f of readdirSync(outDir)) if (f.startsWith(`debrief-${lang}-`) && f.endsWith('.png')) rmSync(join(outDir, f));
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, prefix]);
    const pngs = readdirSync(outDir).filter((f) => f.startsWith(`debrief-${lang}-`) && f.endsWith('.png')).sort().map((f) => join(outDir, f));
    for (const p of pngs) console.log(`  ${p}`);
    if (lang === 'zh' && pngs[0]) {
      const docPng = join(root, 'docs/debrief-report-zh.png');
      copyFileSync(pngs[0], docPng);
      console.log(`  page 1 → ${docPng}`);
    }
  }
} finally {
  await browser?.close();
  await stopServer();
}
