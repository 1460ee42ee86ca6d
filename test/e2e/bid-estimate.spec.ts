/**
 * Deciding with the numbers: before SR commits a bid, the bid control shows every
 * discount level with its price, margin and estimated win chance side by side, and the
 * chosen level in words — price, gross margin, inside the budget (or unknown) and the
 * win chance — worked out from the player's view only. The detail panel says the
 * deadline rule in words.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { freshStart, startGame, unreadableText } from './helpers.ts';

for (const lang of ['en', 'zh'] as const) {
  test(`a bid panel shows price, margin and win-chance estimate before submit (${lang})`, async ({ page }) => {
    await freshStart(page, lang);
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'SR', seed: `e2e-bid-${lang}` });
    const card = page.locator('.card-dialog');
    // One bid control per opportunity, not one button per discount level.
    const bids = page.locator('it-actions li.control[data-kind=submitBid]');
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
    await expect(bids).toHaveCount(1);
    const bid = bids.first();
    const levels = bid.locator('table.bid-levels tbody tr');
    expect(await levels.count()).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < (await levels.count()); i++) {
      await expect(levels.nth(i).locator('td').nth(0)).toHaveText(/¥/);
      await expect(levels.nth(i).locator('td').nth(2)).toHaveText(/\d+(\.\d+)?%/);
    }
    const words = lang === 'en'
      ? { price: /price ¥/, margin: /margin (−|-)?¥/, budget: /(inside their budget|over their budget|budget unknown)/, chance: /estimated win chance \d+(\.\d+)?%/ }
      : { price: /报价 ¥/, margin: /毛利 (−|-)?¥/, budget: /(在客户预算内|超出客户预算|预算未知)/, chance: /预估赢率 \d+(\.\d+)?%/ };
    // Each level, when chosen, says its numbers in words before anything is submitted.
    const seen = new Set<string>();
    for (let i = 0; i < (await levels.count()); i++) {
      await levels.nth(i).locator('input[type=radio]').check();
      const est = bid.locator('[data-testid=bid-estimate]');
      await expect(est).toBeVisible();
      for (const re of Object.values(words)) await expect(est).toContainText(re);
      await expect(est).toContainText((await levels.nth(i).locator('td').nth(0).textContent())!.trim());
      seen.add((await est.textContent()) ?? '');
    }
    expect(seen.size).toBe(await levels.count());
    await bid.scrollIntoViewIfNeeded();
    await page.locator('aside.side').screenshot({ path: `${process.env.UI_SHOTS_DIR ?? '/tmp'}/ui-bid-${lang}.png` });
    // The levels side by side stay readable in the side panel, in both languages.
    expect(await unreadableText(page)).toEqual([]);
    const r = await new AxeBuilder({ page }).exclude('#board').analyze();
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    // Nothing was submitted to learn these numbers.
    await expect(page.locator('it-actions .act[data-kind=submitBid]').first()).toBeEnabled();
    await expect(page.locator('it-detail')).toContainText(lang === 'en' ? /bid must be approved by Friday of week \d+/ : /投标须在第 \d+ 周周五前审批完毕/);
  });
}
