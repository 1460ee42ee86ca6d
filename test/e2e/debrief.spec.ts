/**
 * The debrief: finish the tutorial through the UI, open the after-action review, and
 * see the scorecard, the charts, turning points with real deltas (computed in a worker)
 * and the timeline; branch a what-if game from a week; the printed report has no
 * overlapping or cut-off text in either language.
 */
import { test, expect, type Page } from '@playwright/test';
import { freshStart, startGame, playTurn, unreadableText, watchCsp } from './helpers.ts';

/** A keen account manager: qualifies, sets terms, visits and asks — though not quite as par would. */
const KEEN = ['qualifyLead', 'setTerms', 'visit', 'discover'];

async function finishTutorial(page: Page, lang: 'zh' | 'en', seed: string): Promise<void> {
  await freshStart(page, lang);
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed });
  for (let w = 0; w < 12 && !(await page.locator('.open-debrief').isVisible()); w++) await playTurn(page, 4, KEEN);
  await expect(page.locator('.open-debrief')).toBeVisible();
}

test('after the tutorial: scorecard, charts, turning points and the timeline', async ({ page }) => {
  const csp = await watchCsp(page);
  await finishTutorial(page, 'en', '4');
  // The end screen still draws the final pipeline: the board is started again in the
  // end screen's own #board (it used to stay behind in the play screen's, leaving an empty box).
  await expect(page.locator('#board[data-ready] canvas')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => (document.querySelector('it-app') as unknown as { boardHost: { board: { stats(): { frames: number } } | null } }).boardHost.board?.stats().frames ?? 0)).toBeGreaterThan(0);
  await page.locator('.open-debrief').click();
  const card = page.locator('[data-testid=scorecard]');
  await expect(card).toBeVisible();
  await expect(card.locator('tbody tr')).toHaveCount(11);
  await expect(card.locator('tr[data-kpi=score] td').first()).toHaveText(/^\d+$/);
  await expect(page.locator('figure.chart')).toHaveCount(5);
  // The bank overdraft: this team never went below zero, and the debrief says so in words.
  await expect(page.locator('[data-testid=debrief-overdraft]')).toHaveText(/never ended a week below zero/);
  const heights = await page.locator('figure.chart').evaluateAll((figs) => figs.map((f) => f.querySelector('svg')?.getBoundingClientRect().height ?? 0));
  for (const h of heights) expect(h).toBeGreaterThan(30);
  // Turning points come from a worker, with progress, then the list.
  await expect(page.locator('[data-testid=tp-done]')).toBeVisible({ timeout: 30_000 });
  // Each listed point is decisive: its 95% interval (your choice − par's) leaves out
  // zero, and its colour says which way, the same for every point.
  const points = await page.locator('[data-testid=turning-point]').evaluateAll((els) =>
    els.map((e) => ({ mean: Number(e.getAttribute('data-delta')), lo: Number(e.getAttribute('data-lo')), hi: Number(e.getAttribute('data-hi')), n: Number(e.getAttribute('data-n')), good: e.querySelector('.delta')!.classList.contains('good') })));
  expect(points.length).toBeGreaterThan(0);
  for (const p of points) {
    expect(p.lo > 0 || p.hi < 0).toBe(true);
    expect(p.lo).toBeLessThanOrEqual(p.mean);
    expect(p.hi).toBeGreaterThanOrEqual(p.mean);
    expect(p.n).toBe(8);
    expect(p.good).toBe(p.mean > 0);
  }
  await expect(page.locator('[data-testid=tp-sign]')).toContainText("your choice − par's alternative");
  await expect(page.locator('[data-testid=turning-point] .delta').first()).toContainText(/[+−]\d[^·]*(\[[+−][^\]]*, [+−][^\]]*\]|\(the same in every continuation\))/);
  expect(await page.locator('[data-testid=timeline-entry]').count()).toBeGreaterThan(10);
  // Filters narrow the timeline.
  const all = await page.locator('[data-testid=timeline-entry]').count();
  await page.locator('.timeline select').first().selectOption('world');
  const world = await page.locator('[data-testid=timeline-entry]').count();
  expect(world).toBeLessThan(all);
  expect(world).toBeGreaterThan(0);
  // Notes are saved with the game.
  await page.locator('textarea[data-question=q4]').fill('Credit-check before terms.');
  await page.locator('textarea[data-question=q4]').blur();
  await page.evaluate(() => (document.querySelector('it-app') as unknown as { whenSaved(): Promise<void> }).whenSaved());
  expect(await csp()).toEqual([]);
});

test('what if: branch from week 3, play on, and compare with the original', async ({ page }) => {
  await finishTutorial(page, 'en', 'e2e-branch');
  const originalScore = await page.locator('[data-testid=final-score]').textContent();
  await page.locator('.open-debrief').click();
  await page.locator('.timeline .week[data-week="3"] .branch').click();
  await expect(page.locator('header .where')).toContainText('3');
  // Nothing hides that this is a branch, and the feed shows the shared first weeks.
  await expect(page.locator('.branch-banner')).toContainText('week 3');
  await expect(page.locator('it-feed li').first()).toBeVisible();
  for (let w = 0; w < 12 && !(await page.locator('.open-debrief').isVisible()); w++) await playTurn(page, 1);
  await page.locator('.open-debrief').click();
  const cmp = page.locator('[data-testid=branch-compare]');
  await expect(cmp).toBeVisible();
  await expect(cmp.locator('tbody tr').first().locator('td').first()).toHaveText(originalScore!.trim());
});

for (const [lang, wording, parHead] of [
  ['en', 'Week 4 of 12 — compared with par at week 4', 'Par at week 4'],
  ['zh', '第 4 周（共 12 周）——与标杆第 4 周的成绩比较', '标杆第 4 周'],
] as const) {
  test(`mid-game (${lang}): the debrief compares with par at the same week`, async ({ page }) => {
    await freshStart(page, lang);
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'e2e-mid' });
    for (let w = 0; w < 3; w++) await playTurn(page, 2, KEEN);
    await page.locator('.open-debrief-top').click();
    await expect(page.locator('[data-testid=debrief-partial]')).toContainText(wording);
    await expect(page.locator('[data-testid=scorecard] thead')).toContainText(parHead);
    await expect(page.locator('[data-testid=tp-done], [data-testid=tp-none]')).toBeVisible({ timeout: 30_000 });
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`the printed report (${lang}) has no overlapping or cut-off text`, async ({ page }) => {
    await finishTutorial(page, lang, `e2e-print-${lang}`);
    await page.locator('.open-debrief').click();
    await expect(page.locator('[data-testid=tp-done], [data-testid=tp-none]')).toBeVisible({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    expect(await unreadableText(page)).toEqual([]);
  });
}
