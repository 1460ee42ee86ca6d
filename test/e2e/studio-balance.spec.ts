/**
 * The studio's Balance report (issue 11 item 6): from the tutorial template, the report
 * runs in Web Workers with a progress bar and shows the objectives with their measured
 * effects, every card option and the dead-content verdict, in the UI's language.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { studioTutorialDraft as tutorialDraft, watchCsp } from './helpers.ts';

test('the balance report runs in workers and shows objectives, card options and dead content', async ({ page }) => {
  const csp = await watchCsp(page);
  await tutorialDraft(page, 'en');
  await page.locator('.studio-balance-open').click();
  await page.locator('.studio-balance-runs').fill('6');
  await page.locator('.studio-balance-run').click();
  const report = page.locator('.studio-balance-report');
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report).toHaveAttribute('data-runs', '6');
  await expect(report.locator('h5', { hasText: 'Learning objectives' })).toBeVisible();
  // Each tutorial objective names its behaviour and carries an effect with an interval.
  for (const b of ['sr-customer-work', 'joint-visits', 'early-fr', 'reconciliation']) await expect(report.locator('td', { hasText: new RegExp(`^\`${b}\`$`) })).toHaveCount(1);
  // Both options of the tutorial's card were forced and compared with par.
  await expect(report.locator('td', { hasText: /^`no` / })).toHaveCount(1);
  await expect(report.locator('td', { hasText: /^`yes` / })).toHaveCount(1);
  await expect(report.locator('h5', { hasText: 'Dead content' })).toBeVisible();
  await expect(report.locator('pre.chart').first()).toContainText('█');
  await expect(page.locator('.studio-balance-md')).toBeEnabled();
  const axe = await new AxeBuilder({ page }).include('.studio-balance').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(await csp()).toEqual([]);
});

test('in Chinese, with a progress bar while it runs, and cancel', async ({ page }) => {
  await tutorialDraft(page, 'zh');
  await page.locator('.studio-balance-open').click();
  await expect(page.locator('#studio-balance-title')).toHaveText('平衡报告');
  await page.locator('.studio-balance-runs').fill('400');
  await page.locator('.studio-balance-run').click();
  await expect(page.locator('.studio-balance-status progress')).toBeVisible();
  await page.locator('.studio-balance-cancel').click();
  await expect(page.locator('.studio-balance-status')).toContainText('已取消');
  await page.locator('.studio-balance-runs').fill('4');
  await page.locator('.studio-balance-run').click();
  await expect(page.locator('.studio-balance-report h5', { hasText: '学习目标' })).toBeVisible({ timeout: 60_000 });
});
