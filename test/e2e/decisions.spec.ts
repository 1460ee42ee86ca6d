/**
 * Consequences say why, on screen: a won tender's feed line gives the factors of the
 * customer's decision, and the deal's detail panel repeats them as "Customer's decision";
 * the power map labels its numbers (influence out of 10, support on −100…+100 with its
 * stance and the next one).
 */
import { test, expect } from '@playwright/test';
import { freshStart, startGame, playTurn, unreadableText } from './helpers.ts';

test('a won tender says why, in the feed and in the deal’s detail; the power map labels its numbers', async ({ page }) => {
  await freshStart(page, 'en');
  // FR beside the iron-triangle bots, who win the tutorial's deal.
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'FR', seed: '1' });
  const won = page.locator('it-feed li.bidWon');
  for (let w = 0; w < 12 && (await won.count()) === 0; w++) await playTurn(page, 4, ['feasibility', 'install', 'acceptance', 'workTicket']);
  await expect(won.first()).toContainText(/Won .+'s tender .+\. What won it: /);
  // The deal's chip: its detail shows the same decision (a decision card, if one is up, first).
  const card = page.locator('.card-dialog');
  if (await card.isVisible()) await card.locator('button').first().click();
  // The won deal's chip (SR's technical exchanges can bring other deals into the pipeline).
  const chips = page.locator('.pipeline .chip[data-token]:not([data-token^="customer:"])');
  const decision = page.locator('it-detail [data-testid=opp-decision] td');
  for (let i = 0; i < (await chips.count()); i++) {
    await chips.nth(i).click();
    if ((await decision.count()) > 0 && /What won it: /.test((await decision.first().textContent()) ?? '')) break;
  }
  await expect(decision).toContainText('What won it: ');
  expect((await decision.textContent())!.trim()).toBe((await won.first().textContent())!.replace(/^W\d+\s+\S+(\s+\S+)?\s+(?=Won)/, '').trim());
  // The power map: every number has its label.
  const person = page.locator('it-detail it-power-map .people li').first();
  await expect(person).toContainText(/Influence \d+\/10/);
  await expect(person).toContainText(/Support [+−]?\d+ · (Hostile|Opponent|Neutral|Supporter|Champion)/);
  await expect(page.locator('it-detail it-power-map .power-legend')).toContainText('influence on the decision (1–10)');
  // Readable: nothing overlaps or is cut off, the decision row or the power map.
  await decision.scrollIntoViewIfNeeded();
  await page.locator('it-detail').screenshot({ path: '/tmp/ui-decision-en.png' });
  expect(await unreadableText(page)).toEqual([]);
  await person.scrollIntoViewIfNeeded();
  expect(await unreadableText(page)).toEqual([]);
});
