/**
 * `npm run screenshot`: the README's picture, made by playing the flagship through the
 * UI (solo as AR, bots as SR and FR) in headless Chromium against a production build.
 * Usage: npm run screenshot [-- --lang en] [-- --weeks 36] [-- --seed w1] [-- --no-build]
 */
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchChromium, startPreview } from './preview.ts';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'zh' }, weeks: { type: 'string', default: '36' }, seed: { type: 'string', default: 'w1' }, out: { type: 'string', default: 'docs/screenshot.png' }, 'no-build': { type: 'boolean' } } });
const root = join(import.meta.dirname, '..');
if (!values['no-build']) execSync('npm run build', { cwd: root, stdio: 'ignore' });
const { url, stop } = await startPreview(4181);

async function answerCard(page: Page) {
  const card = page.locator('.card-dialog');
  if (await card.isVisible()) await card.locator('button').first().click();
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.evaluate((l) => localStorage.setItem('iron-triangle.lang', l), values.lang!);
  await page.reload();
  await page.locator('.scenario', { has: page.locator('input[data-scenario="flagship"]') }).click();
  await page.locator('#seed').fill(values.seed!);
  await page.locator('.start-game').click();
  await page.locator('.begin').click();
  await page.locator('#board[data-ready=true]').waitFor();
  // A simple, honest AR: follow up every item on the pipeline with its first action.
  for (let w = 0; w < Number(values.weeks); w++) {
    await answerCard(page);
    const chips = page.locator('.pipeline .chip[data-token]');
    for (let i = 0; i < Math.min(5, await chips.count()); i++) {
      await chips.nth(i).click();
      // Move the deal forward when possible (qualify, visit, discover), else the first action.
      const forward = page.locator('it-actions .act:not([disabled]):is([data-kind=qualifyLead],[data-kind=visit],[data-kind=discover],[data-kind=creditCheck])').first();
      // Never a step that ends a relationship (blacklist, abandon, drop, sue, write off).
      const safe = page.locator('it-actions .act:not([disabled]):not([data-kind=blacklist]):not([data-kind=abandon]):not([data-kind=dropLead]):not([data-kind=legalAction]):not([data-kind=writeOff])').first();
      const act = (await forward.count()) ? forward : safe;
      if (await act.count()) await act.click();
      await answerCard(page);
    }
    await page.locator('.end-turn').click();
  }
  await answerCard(page);
  const chip = page.locator('.pipeline .chip[data-token]').nth(1);
  if (await chip.count()) await chip.click();
  await page.waitForTimeout(1200); // let the board's tweens settle
  await page.screenshot({ path: resolve(root, values.out!) });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await stop();
}
