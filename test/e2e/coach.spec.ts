/**
 * The coach (智慧小玄): asked from the keyboard in the tutorial, it suggests actions with
 * a reason in both languages; following one does it; the save records the use; the
 * debrief says when the coach was used. Switched off at the start, the button is absent.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshStart, startGame, stateHash, watchCsp } from './helpers.ts';

const CJK = /[\u3400-\u9FFF]/;

test('ask the coach, read why in both languages, follow it; the save and the debrief record it', async ({ page }) => {
  const csp = await watchCsp(page);
  await freshStart(page, 'en');
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'coach-e2e' });
  const ask = page.locator('.coach-ask');
  await expect(ask).toBeVisible();
  await expect(page.locator('.coach-panel')).toHaveCount(0);

  // Keyboard: focus the button, Enter; the panel opens and focus moves to the first "Do it".
  await ask.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('.coach-panel');
  await expect(panel).toBeVisible();
  const items = panel.locator('.coach-item');
  expect(await items.count()).toBeGreaterThanOrEqual(1);
  expect(await items.count()).toBeLessThanOrEqual(3);
  const reasonEn = (await items.first().locator('[data-testid=coach-reason]').textContent()) ?? '';
  expect(reasonEn.length).toBeGreaterThan(20);
  expect(CJK.test(reasonEn)).toBe(false);
  expect(reasonEn).not.toMatch(/\{\w+\}/);
  await expect(page.locator('.coach-panel .coach-do').first()).toBeFocused();

  // The same suggestions in Chinese (once its catalogue is in: the switch then offers English).
  await page.locator('header .lang').click();
  await expect(page.locator('header .lang')).toHaveText('English');
  const reasonZh = (await page.locator('.coach-panel [data-testid=coach-reason]').first().textContent()) ?? '';
  expect(CJK.test(reasonZh)).toBe(true);
  expect(reasonZh).not.toMatch(/\{\w+\}/);
  await page.locator('header .lang').click();
  await expect(page.locator('header .lang')).toHaveText('中文');

  // Follow the first suggestion: the action happens (the state changes, the feed says so) and the panel closes.
  const kind = await items.first().getAttribute('data-kind');
  expect(kind).not.toBe('endWeek');
  const before = await stateHash(page);
  const feedBefore = await page.locator('it-feed li').count();
  await page.locator('.coach-panel .coach-do').first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => stateHash(page)).not.toBe(before);
  expect(await page.locator('it-feed li').count()).toBeGreaterThan(feedBefore);
  await expect(page.locator('.coach-panel')).toHaveCount(0);

  // The save records the use (week 1, AR, the first suggestion taken); the log holds only the action.
  await page.evaluate(() => (document.querySelector('it-app') as unknown as { whenSaved(): Promise<void> }).whenSaved());
  const download = page.waitForEvent('download');
  await page.locator('header button', { hasText: 'Export save' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'it-e2e-')), 'save.json');
  await (await download).saveAs(file);
  const save = JSON.parse(readFileSync(file, 'utf8')) as { coach?: { allowed: boolean; uses: { week: number; role: string; taken: number | null }[] }; log: { kind: string }[] };
  expect(save.coach).toEqual({ allowed: true, uses: [{ week: 1, role: 'AR', taken: 1 }] });
  expect(save.log.filter((a) => a.kind === kind).length).toBeGreaterThan(0);

  // The debrief mentions it.
  await page.locator('header .open-debrief-top').click();
  await expect(page.locator('[data-testid=coach-usage]').first()).toHaveText('Coach asked once: week 1.');
  expect(await csp()).toEqual([]);
});

test('switched off at the start (a competition): no coach button, and the debrief says so', async ({ page }) => {
  await freshStart(page, 'en');
  const option = page.locator('input[name=coach]');
  await expect(option).toBeChecked();
  await option.uncheck();
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'SR', seed: 'coach-off' });
  await expect(page.locator('it-actions')).toBeVisible();
  await expect(page.locator('.coach-ask')).toHaveCount(0);
  await page.locator('.end-turn').click();
  await expect(page.locator('.coach-ask')).toHaveCount(0);
  await page.locator('header .open-debrief-top').click();
  await expect(page.locator('[data-testid=coach-usage]').first()).toHaveText('The coach was switched off for this game.');
});
