/**
 * Deciding with the numbers: before SR commits a bid, each choice on the menu shows
 * the price, the gross margin, whether it is inside the budget (or that the budget is
 * unknown) and the estimated win chance — worked out from the player's view only. The
 * detail panel says the deadline rule in words.
 */
import { test, expect } from '@playwright/test';
import { freshStart, startGame } from './helpers.ts';

for (const lang of ['en', 'zh'] as const) {
  test(`a bid panel shows price, margin and win-chance estimate before submit (${lang})`, async ({ page }) => {
    await freshStart(page, lang);
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'SR', seed: `e2e-bid-${lang}` });
    const card = page.locator('.card-dialog');
    const bids = page.locator('it-actions li:has(.act[data-kind=submitBid])');
    let found = false;
    for (let w = 0; w < 14 && !found; w++) {
      if (await card.isVisible()) await card.locator('button').first().click();
      const chips = page.locator('.pipeline .chip[data-token]:not([data-token^="customer:"])');
      for (let i = 0; i < (await chips.count()) && !found; i++) {
        if (!(await chips.nth(i).evaluate((e) => e.classList.contains('sel')))) await chips.nth(i).click();
        found = (await bids.count()) > 0;
      }
      if (!found) await page.locator('.end-turn').click();
    }
    expect(found).toBe(true);
    expect(await bids.count()).toBeGreaterThanOrEqual(5);
    const words = lang === 'en'
      ? { price: /price ¥/, margin: /margin (−|-)?¥/, budget: /(inside their budget|over their budget|budget unknown)/, chance: /estimated win chance \d+(\.\d+)?%/ }
      : { price: /报价 ¥/, margin: /毛利 (−|-)?¥/, budget: /(在客户预算内|超出客户预算|预算未知)/, chance: /预估赢率 \d+(\.\d+)?%/ };
    for (let i = 0; i < (await bids.count()); i++) {
      const est = bids.nth(i).locator('[data-testid=bid-estimate]');
      await expect(est).toBeVisible();
      for (const re of Object.values(words)) await expect(est).toContainText(re);
    }
    await bids.first().scrollIntoViewIfNeeded();
    await page.locator('aside.side').screenshot({ path: `${process.env.UI_SHOTS_DIR ?? '/tmp'}/ui-bid-${lang}.png` });
    // Nothing was submitted to learn these numbers.
    await expect(page.locator('it-actions .act[data-kind=submitBid]').first()).toBeEnabled();
    await expect(page.locator('it-detail')).toContainText(lang === 'en' ? /bid must be approved by Friday of week \d+/ : /投标须在第 \d+ 周周五前审批完毕/);
  });
}
