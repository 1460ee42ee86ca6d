/**
 * Onboarding (issue 10, item 1): a first-time player finishes the guided first week as
 * each role; the how-to-play pages open from the start screen and the game's header in
 * both languages; glossary tooltips show on keyboard focus; the new screens pass axe-core
 * and the overlap detector at 1280×720 and 1024×768 in both languages.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { freshStart, startGame, unreadableText, watchCsp } from './helpers.ts';

const GUIDE_KEY = 'iron-triangle.guide';
const STEPS = ['welcome', 'kpis', 'board', 'detail', 'act', 'feed', 'end', 'done'];
/** The moves the guide may ask of each role (src/ui/onboarding/guide-plan.ts TEACHING_ORDER, and the rest of its job). */
const ROLE_MOVES: Record<'AR' | 'SR' | 'FR', string[]> = {
  AR: ['qualifyLead', 'visit', 'discover', 'creditCheck', 'sendReconciliation', 'marketing', 'setTerms', 'dun', 'analyzeOverdue', 'claimInsurance', 'workTicket'],
  SR: ['technicalExchange', 'solutionWorkshop', 'designSolution', 'feedRootCause', 'submitBid'],
  FR: ['feasibility', 'install', 'acceptance', 'workTicket', 'orderParts'],
};

const guideMark = (page: Page) => page.evaluate((k) => localStorage.getItem(k), GUIDE_KEY);

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).exclude('#board').analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Does what the guide says, step by step: Next on the explaining steps, the ringed chip or
 * action button when it waits for a move, End week when it waits for the week to end.
 * Returns the steps seen and the kind of the action it pressed.
 */
async function followGuide(page: Page): Promise<{ steps: string[]; moves: string[] }> {
  const card = page.locator('.guide-card');
  const target = page.locator('[data-guide-target]');
  const where = page.locator('header .where');
  const steps: string[] = [];
  const moves: string[] = [];
  for (let i = 0; i < 40; i++) {
    await expect(card).toBeVisible();
    const step = (await card.getAttribute('data-step'))!;
    const wait = (await card.getAttribute('data-wait')) ?? '';
    if (steps.at(-1) !== step) steps.push(step);
    if (step === 'done') return { steps, moves };
    // Focus is on the card's main button at every step (keyboard players start there).
    expect(await page.evaluate(() => !!document.activeElement?.closest('.guide-card')), `focus at ${step}`).toBe(true);
    const before = `${step}|${wait}|${await where.textContent()}`;
    if (wait === 'select') await target.click();
    else if (wait === 'act') {
      moves.push((await target.getAttribute('data-kind')) ?? '?');
      await target.click();
    } else if (wait === 'endWeek') await page.locator('.end-turn').click();
    else await card.locator('.guide-next').click();
    const cardDialog = page.locator('.card-dialog');
    await expect
      .poll(async () => {
        if (await cardDialog.isVisible()) await cardDialog.locator('button').first().click();
        return `${await card.getAttribute('data-step')}|${await card.getAttribute('data-wait')}|${await where.textContent()}`;
      })
      .not.toBe(before);
  }
  throw new Error(`the guide did not finish: ${steps.join(' → ')}`);
}

for (const role of ['AR', 'SR', 'FR'] as const) {
  test(`a first-time player finishes the guided first week as ${role}, and can replay it`, async ({ page }) => {
    await freshStart(page, 'en', { guide: true });
    expect(await guideMark(page)).toBeNull();
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role, seed: `onboard-${role}` });
    const card = page.locator('.guide-card');
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('data-step', 'welcome');
    await expect(card.locator('.guide-title')).toContainText(/first week as/);
    const week = await page.locator('header .where').textContent();

    const { steps, moves } = await followGuide(page);
    expect(steps).toEqual(STEPS);
    // One real move of the player's own role, then the week ended.
    expect(moves).toHaveLength(1);
    expect(ROLE_MOVES[role]).toContain(moves[0]);
    await expect(page.locator('it-feed')).toContainText(role);
    await expect(page.locator('header .where')).not.toHaveText(week ?? '');
    expect(await guideMark(page)).toBe('done');
    await card.locator('.guide-finish').click();
    await expect(card).toBeHidden();

    // Remembered: a new tutorial game does not start it again…
    await page.locator('header .nav-new').click();
    await page.locator('.leave-yes').click();
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role, seed: `onboard-${role}-2` });
    await expect(page.locator('it-kpi-bar')).toBeVisible();
    await page.waitForTimeout(300);
    await expect(card).toBeHidden();
    // …and "Replay the guide" on the how-to-play page brings it back.
    await page.locator('header .howto-open').click();
    await page.locator('.howto-replay').click();
    await expect(page.locator('dialog.howto-dialog')).toBeHidden();
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('data-step', 'welcome');
  });
}

test('the guide is keyboard operable: focus on its buttons, "Take me there", Esc skips and is remembered', async ({ page }) => {
  await freshStart(page, 'en', { guide: true });
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'onboard-keys' });
  const card = page.locator('.guide-card');
  await expect(card).toBeVisible();
  const focused = () => page.evaluate(() => document.activeElement?.className ?? '');
  await expect.poll(focused).toContain('guide-next');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('data-step', 'act');
  await expect.poll(focused).toContain('guide-go');
  // "Take me there" puts focus on what the step is about (the chip to select).
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-guide-target'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(await guideMark(page)).toBe('skipped');
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('the how-to-play page opens from the start screen and from the game, with each role\'s page, in both languages', async ({ page }) => {
  const expectations = {
    en: { AR: /own the customer/, SR: /own the solution and the price/, FR: /own delivery/, team: /Three roles, one deal/, words: /Same scenario and same seed/ },
    zh: { AR: /你对客户负责/, SR: /你对方案和价格负责/, FR: /你对交付负责/, team: /三个角色，一单生意/, words: /相同场景、相同种子/ },
  } as const;
  for (const lang of ['en', 'zh'] as const) {
    await freshStart(page, lang);
    const dialog = page.locator('dialog.howto-dialog');
    const panel = dialog.locator('[role=tabpanel]');
    await page.locator('header .howto-open').click();
    await expect(dialog).toBeVisible();
    for (const p of ['AR', 'SR', 'FR', 'team'] as const) {
      await dialog.locator(`[role=tab][data-page=${p}]`).click();
      await expect(panel).toHaveAttribute('data-page', p);
      await expect(panel).toContainText(expectations[lang][p]);
      // Every page explains the seed and the fingerprint.
      await expect(panel.locator('[data-term=seed]')).toContainText(expectations[lang].words);
      await expect(panel.locator('[data-term=fingerprint]')).toBeVisible();
    }
    await page.locator('dialog.howto-dialog [role=tab][data-page=AR]').click();
    // The AR page names the executive visit for what it is, with its real cost.
    await expect(panel.locator('tr[data-action=executiveVisit]')).toContainText(lang === 'en' ? /lead search/ : /找线索/);
    await expect(panel.locator('tr[data-action=executiveVisit] .howto-cost')).toContainText('¥');
    // Arrow keys move between tabs; Esc closes.
    await dialog.locator('[role=tab][data-page=AR]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(panel).toHaveAttribute('data-page', 'SR');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(lang === 'en' ? await page.locator('header .howto-open').textContent() : '').toBe(lang === 'en' ? 'How to play' : '');

    // From the game's header it opens on the player's own role.
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'FR', seed: 'onboard-howto' });
    await page.locator('header .howto-open').click();
    await expect(panel).toHaveAttribute('data-page', 'FR');
    await expect(panel).toContainText(expectations[lang].FR);
    await dialog.locator('.howto-close').click();
    await expect(dialog).toBeHidden();
  }
});

test('glossary tooltips appear on keyboard focus, in both languages, and Esc hides them', async ({ page }) => {
  for (const lang of ['en', 'zh'] as const) {
    await freshStart(page, lang);
    // The start screen's seed field explains itself.
    const seed = page.locator('.options it-term[term=seed]');
    await seed.locator('.term-label').focus();
    const tip = seed.locator('[role=tooltip]');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(lang === 'en' ? /same world/ : /同一个世界/);
    expect(await seed.locator('.term-label').getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();

    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'onboard-terms' });
    const kpi = page.locator('it-kpi-bar it-term[term="kpi.collectionCycleDays"]');
    await kpi.locator('.term-label').focus();
    await expect(kpi.locator('[role=tooltip]')).toBeVisible();
    await expect(kpi.locator('[role=tooltip]')).toContainText(lang === 'en' ? /Days from contract signature/ : /天/);
    // The detail panel's words and the power map's roles have theirs too.
    await page.locator('.pipeline .chip[data-token^="customer:"]').first().click();
    const pm = page.locator('it-detail it-term[term=powerMap]');
    await pm.locator('.term-label').focus();
    await expect(pm.locator('[role=tooltip]')).toContainText(lang === 'en' ? /influence/ : /影响力/);
    const dm = page.locator('it-power-map it-term[term="srole.decisionMaker"]').first();
    await dm.locator('.term-label').hover();
    await expect(dm.locator('[role=tooltip]')).toBeVisible();
  }
});

for (const [width, height] of [[1280, 720], [1024, 768]] as const) {
  test(`the guide's steps and the how-to-play pages: no serious axe violations, no overlapping or cut-off text at ${width}×${height}, both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const csp = await watchCsp(page);
    const problems: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      await freshStart(page, lang, { guide: true });
      const look = async (where: string) => {
        problems.push(...(await unreadableText(page)).map((p) => `${lang} ${where}: ${p}`));
        problems.push(...(await seriousViolations(page, `${lang} ${where}`)));
      };
      await page.locator('header .howto-open').click();
      for (const p of ['AR', 'SR', 'FR', 'team']) {
        await page.locator(`dialog.howto-dialog [role=tab][data-page=${p}]`).click();
        await look(`how-to ${p}`);
      }
      await page.locator('dialog.howto-dialog .howto-close').click();
      await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'onboard-look' });
      const card = page.locator('.guide-card');
      for (let i = 0; i < 12; i++) {
        await expect(card).toBeVisible();
        const step = (await card.getAttribute('data-step'))!;
        const wait = (await card.getAttribute('data-wait')) ?? '';
        await page.waitForTimeout(100); // let the card settle beside its target
        await look(`guide ${step}${wait ? ` (${wait})` : ''}`);
        // The card never hides the element it is talking about.
        const hidden = await page.evaluate(() => {
          const t = document.querySelector('[data-guide-target]')?.getBoundingClientRect();
          const c = document.querySelector('.guide-card')!.getBoundingClientRect();
          return !!t && t.x < c.right && t.right > c.x && t.y < c.bottom && t.bottom > c.y && t.width < innerWidth / 2;
        });
        expect(hidden, `${lang} ${width} guide ${step}: the card covers its target`).toBe(false);
        if (step === 'act') break;
        await card.locator('.guide-next').click();
      }
    }
    expect(problems).toEqual([]);
    // The lazily loaded pages, guide and glossary (scripts and styles) stay within the CSP.
    expect(await csp()).toEqual([]);
  });
}
