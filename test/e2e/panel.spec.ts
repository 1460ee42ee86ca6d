/**
 * The action panel scales and consequences stay in view: an opportunity's actions are a
 * few controls (one visit control, one terms form), not a button per variant; "End week"
 * and the feed are on screen without scrolling; running out of days is said once; after
 * End week a summary tells the week's events, and closes from the keyboard. And a week,
 * decision card included, played with the keyboard alone.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { freshStart, startGame, unreadableText } from './helpers.ts';

const KEEN = ['qualifyLead', 'visit', 'discover'];

/** Is the element wholly inside the window, with the page not scrolled? */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return window.scrollY === 0 && r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

async function closeSummary(page: Page): Promise<void> {
  const card = page.locator('.card-dialog');
  if (await card.isVisible()) await card.locator('button').first().click();
  const close = page.locator('.summary-close');
  if (await close.isVisible()) await close.click();
}

/** A keen account manager works the tutorial's deal until it is an opportunity with its controls on screen. */
async function reachOpportunity(page: Page): Promise<void> {
  const card = page.locator('.card-dialog');
  const visit = page.locator('it-actions li.control[data-kind=visit]');
  for (let w = 0; w < 8 && (await visit.count()) === 0; w++) {
    await closeSummary(page);
    if (await card.isVisible()) await card.locator('button').first().click();
    const chips = page.locator('.pipeline .chip[data-token]:not([data-token^="customer:"])');
    for (let i = 0; i < (await chips.count()) && (await visit.count()) === 0; i++) {
      if (!(await chips.nth(i).evaluate((e) => e.classList.contains('sel')))) await chips.nth(i).click();
      const keen = page.locator(`it-actions .act:not([disabled]):is(${KEEN.map((x) => `[data-kind=${x}]`).join(',')})`).first();
      if ((await visit.count()) === 0 && (await keen.count()) > 0) await keen.click();
    }
    if ((await visit.count()) === 0) await page.locator('.end-turn').click();
  }
  await expect(visit).toHaveCount(1);
}

test('an opportunity is a few controls; End week and the feed stay on screen; no days left is said once', async ({ page }) => {
  await freshStart(page, 'en');
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'e2e-panel' });
  await reachOpportunity(page);
  await closeSummary(page);
  const group = page.locator('it-actions details.group[open]', { has: page.locator('li.control[data-kind=visit]') });
  await expect(group).toHaveCount(1);
  // One visit control (whom, who comes along, Go) instead of 4 × stakeholders buttons; one terms form instead of 8.
  await expect(group.locator('li.control[data-kind=visit]')).toHaveCount(1);
  await expect(group.locator('li.control[data-kind=setTerms]')).toHaveCount(1);
  expect(await group.locator('li.control').count()).toBeLessThanOrEqual(6);
  expect(await page.locator('it-actions .act').count()).toBeLessThanOrEqual(14);
  const visit = group.locator('li.control[data-kind=visit]');
  expect(await visit.locator('select[data-field=stakeholder] option').count()).toBeGreaterThanOrEqual(2);
  await expect(visit.locator('input[type=checkbox][data-role]')).toHaveCount(2);
  // The Go button says what the chosen visit costs, companions included.
  await visit.locator('input[data-role=SR]').check();
  await expect(visit.locator('.act[data-kind=visit] .cost')).toHaveText(/SR \d+d/);
  await visit.locator('input[data-role=SR]').uncheck();
  await expect(visit.locator('.act[data-kind=visit] .cost')).not.toHaveText(/SR/);

  // End week and the feed: on screen without scrolling, with the deal's controls open.
  expect(await inViewport(page, '.end-turn')).toBe(true);
  expect(await inViewport(page, 'it-feed')).toBe(true);
  await expect(page.locator('it-feed li').first()).toBeInViewport();
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(await inViewport(page, '.end-turn')).toBe(true);
  expect(await unreadableText(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Spend the week's days: then one notice, and no refusal repeated on every button.
  const days = page.locator('it-actions .days');
  for (let i = 0; i < 12 && !(await days.textContent())?.includes(': 0'); i++) {
    const act = page.locator('it-actions .act:not([disabled])').first();
    if ((await act.count()) === 0) break;
    await act.click();
    await page.locator('.card-dialog button').first().click({ timeout: 200 }).catch(() => undefined);
  }
  await expect(days).toContainText(': 0');
  await expect(page.locator('[data-testid=no-days]')).toHaveCount(1);
  await expect(page.locator('[data-testid=no-days]')).toHaveText('No days left this week for Account manager (AR) — end the week');
  expect(await page.locator('it-actions .why').allTextContents()).not.toContainEqual(expect.stringMatching(/left this week/));
  expect(await inViewport(page, '.end-turn')).toBe(true);
  const r = await new AxeBuilder({ page }).exclude('#board').analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the end-of-week summary tells the week's events and closes with Esc (${lang})`, async ({ page }) => {
    await freshStart(page, lang);
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'SR', seed: 'e2e-summary' });
    const summary = page.getByTestId('week-summary');
    const told = summary.locator('ul[data-category] li');
    let week = 0;
    for (let w = 0; w < 10 && (await told.count()) === 0; w++) {
      await closeSummary(page);
      if (await page.locator('.card-dialog').isVisible()) await page.locator('.card-dialog button').first().click();
      week = Number((await page.locator('header .where-week').textContent())!.match(/(\d+)/)![1]);
      await page.locator('.end-turn').click();
      await expect(summary).toBeVisible();
    }
    expect(await told.count()).toBeGreaterThan(0);
    await expect(summary.locator('h2')).toHaveText(lang === 'en' ? `Week ${week} in review` : `第 ${week} 周小结`);
    // Every line it tells is one of that week's lines in the feed.
    const feed = await page.locator('it-feed li').allInnerTexts();
    for (const line of await told.allInnerTexts()) expect(feed.some((f) => f.startsWith(`W${week}`) && f.includes(line))).toBe(true);
    // It takes focus, passes axe, reads cleanly, and Esc gives focus back to the action panel.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.week-summary'))).toBe(true);
    const r = await new AxeBuilder({ page }).exclude('#board').analyze();
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await unreadableText(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(summary).toBeHidden();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.side'))).toBe(true);
  });
}

test('keyboard only: start, an action, a decision card and the week ends — Tab, Enter, Space, Esc', async ({ page }) => {
  await freshStart(page, 'en');
  const active = () => page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a ? `${a.tagName.toLowerCase()}.${a.className}|${a.getAttribute('name') ?? ''}|${(a as HTMLInputElement).value ?? ''}|${a.dataset.kind ?? ''}` : '';
  });
  const onBody = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
  /** Tab (or Shift+Tab) until `pred` holds for the focused element's description. */
  const tabTo = async (pred: (d: string) => boolean, back = false) => {
    for (let i = 0; i < 80; i++) {
      if (pred(await active())) return;
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`never reached; focus on ${await active()}`);
  };
  // The tutorial is the first scenario and solo the default mode; the role radio group takes
  // arrow keys (the one way a keyboard picks a radio), everything else Tab, Enter, Space.
  await tabTo((d) => d.startsWith('input.|role|'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name=role][value=FR]')).toBeChecked();
  await tabTo((d) => d.includes('start-game'));
  await page.keyboard.press('Enter');
  await tabTo((d) => d.includes('begin'));
  await page.keyboard.press('Enter');
  await tabTo((d) => d.includes('end-turn'));
  const card = page.locator('.card-dialog');
  const where = page.locator('header .where');
  let acted = 0;
  for (let week = 1; week < 8 && !(await card.isVisible()); week++) {
    // An action: from End week, Shift+Tab back to the nearest enabled action button and press Enter.
    await page.keyboard.press('Shift+Tab');
    const d = await active();
    if (d.startsWith('button.act') && !(await page.evaluate(() => (document.activeElement as HTMLButtonElement).disabled))) {
      await page.keyboard.press('Enter');
      acted++;
      await expect.poll(onBody).toBe(false);
    }
    await tabTo((x) => x.includes('end-turn'));
    const before = await where.textContent();
    await page.keyboard.press('Enter');
    await expect(where).not.toHaveText(before ?? '');
    if (await card.isVisible()) break;
    // The summary takes focus; Esc (or Enter on Continue) closes it and focus is back on End week.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.week-summary'))).toBe(true);
    await page.keyboard.press(week % 2 ? 'Escape' : 'Enter');
    await expect(page.getByTestId('week-summary')).toBeHidden();
    await expect.poll(active).toContain('end-turn');
  }
  expect(acted).toBeGreaterThan(0);
  await expect(card).toBeVisible();
  // The card, not the summary, has focus; Tab stays inside; Esc does not dismiss it; Enter chooses.
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.card-dialog'))).toBe(true);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.card-dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(card).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(card).toBeHidden();
  await expect.poll(onBody).toBe(false);
  // …and the week ends from the keyboard.
  await tabTo((x) => x.includes('end-turn'));
  const before = await where.textContent();
  await page.keyboard.press('Enter');
  await expect(where).not.toHaveText(before ?? '');
});
