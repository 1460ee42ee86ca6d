/**
 * `npm run screenshot`: the README's picture, made by playing the flagship through the
 * UI (solo as AR following the coach's first suggestion, bots as SR and FR) in headless
 * Chromium against a production build.
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
  // The account manager follows the coach (智慧小玄): the picture shows a game played
  // the way the product teaches, and the coach's panel beside the board.
  for (let w = 0; w < Number(values.weeks); w++) {
    for (let i = 0; i < 15; i++) {
      await answerCard(page);
      const close = page.locator('.summary-close');
      if (await close.isVisible()) await close.click();
      await page.locator('.coach-ask').click();
      const first = page.locator('.coach-panel .coach-item').first();
      await first.waitFor();
      const kind = await first.getAttribute('data-kind');
      const where = await page.locator('header .where-week').textContent();
      await first.locator('.coach-do').click();
      if (kind === 'endWeek') {
        await page.waitForFunction((before) => document.querySelector('header .where-week')?.textContent !== before, where);
        break;
      }
    }
  }
  await answerCard(page);
  // The week's summary opens over the board after each week: the picture shows the board.
  const close = page.locator('.summary-close');
  if (await close.isVisible()) await close.click();
  const chip = page.locator('.pipeline .chip[data-token]').nth(1);
  if (await chip.count()) await chip.click();
  await page.waitForTimeout(1200); // let the board's tweens settle
  await page.screenshot({ path: resolve(root, values.out!) });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await stop();
}
