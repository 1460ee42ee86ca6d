/**
 * What the customer panel and the debrief say about satisfaction, tender terms and the
 * score: the customer's satisfaction drivers drawn as diverging bars and its tender's
 * payment terms in words; payment-terms choices in words, with the ones the tender
 * forbids warned (and still selectable); the KPI bar's score explained in its tooltip;
 * the debrief's "How the score is made" — all readable at 1280×720 in both languages.
 * Screenshots go to /tmp/ui-*.png for a person to look at.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { freshStart, startGame, playTurn, unreadableText } from './helpers.ts';

const KEEN = ['qualifyLead', 'setTerms', 'visit', 'discover'];
const SHOTS = process.env.UI_SHOTS_DIR ?? '/tmp';

/** Serious or critical axe-core violations, outside the (canvas) board. */
async function axe(page: Page, where: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).exclude('#board').analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Readability of what is on screen, after scrolling `el` into view. */
async function readable(page: Page, selector: string): Promise<string[]> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  return unreadableText(page);
}

async function selectCustomer(page: Page, id: string): Promise<void> {
  const chip = page.locator(`.pipeline .chip[data-token="customer:${id}"]`);
  if ((await chip.getAttribute('aria-pressed')) !== 'true' && !(await chip.evaluate((e) => e.classList.contains('sel')))) await chip.click();
  await expect(page.locator('it-detail [data-testid=tender-terms]')).toBeVisible();
}

for (const lang of ['en', 'zh'] as const) {
  test(`customer panel, payment terms and the score explained (${lang})`, async ({ page }) => {
    await freshStart(page, lang);
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: `e2e-score-${lang}` });

    // Payment terms: as soon as a deal offers them, every choice says its terms in words,
    // and the ones Qingjiang's tender forbids (it allows no advance) are warned, not hidden.
    // A keen account manager works the deal (qualify, visit, discover) until terms are on the table.
    let sawTerms = false;
    for (let w = 0; w < 8 && !sawTerms; w++) {
      const card = page.locator('.card-dialog');
      if (await card.isVisible()) await card.locator('button').first().click();
      const chips = page.locator('.pipeline .chip[data-token]:not([data-token^="customer:"])');
      for (let i = 0; i < (await chips.count()) && !sawTerms; i++) {
        if (!(await chips.nth(i).evaluate((e) => e.classList.contains('sel')))) await chips.nth(i).click();
        sawTerms = (await page.locator('it-actions .act[data-kind=setTerms]').count()) > 0;
        if (sawTerms) break;
        for (let k = 0; k < 3; k++) {
          const keen = page.locator(`it-actions .act:not([disabled]):is(${KEEN.map((x) => `[data-kind=${x}]`).join(',')})`).first();
          if ((await keen.count()) === 0) break;
          await keen.click();
          if (await card.isVisible()) await card.locator('button').first().click();
        }
        sawTerms = (await page.locator('it-actions .act[data-kind=setTerms]').count()) > 0;
      }
      if (!sawTerms) await page.locator('.end-turn').click();
    }
    expect(sawTerms).toBe(true);
    // One terms control per deal: a contract form, credit insurance, one Set button.
    const termsControl = page.locator('it-actions li.control[data-kind=setTerms]');
    await expect(termsControl).toHaveCount(1);
    const forms = termsControl.locator('select[data-field=terms] option');
    const n = await forms.count();
    expect(n).toBeGreaterThanOrEqual(4);
    let warned = 0;
    for (let i = 0; i < n; i++) {
      await termsControl.locator('select[data-field=terms]').selectOption({ index: i });
      await expect(termsControl.locator('.terms-words')).not.toBeEmpty();
      await expect(termsControl.locator('[data-testid=terms-cash]')).not.toBeEmpty();
      const label = (await forms.nth(i).textContent()) ?? '';
      const warning = termsControl.locator('[data-testid=terms-forbidden]');
      // The menu marks the forms their tender forbids, and choosing one warns in words.
      if (/(not allowed by their tender|客户招标不允许)/.test(label)) {
        warned++;
        await expect(warning).toContainText(lang === 'en' ? /no advance.*disqualified/ : /不接受预付款.*废标/);
        // Still selectable: the engine's rule is the lesson (unless days run out, which has its own reason).
        const button = termsControl.locator('.act[data-kind=setTerms]');
        await expect(button).toHaveClass(/forbidden/);
        const daysOut = (await termsControl.locator('.why').count()) + (await page.locator('it-actions [data-testid=no-days]').count());
        if (daysOut === 0) await expect(button).toBeEnabled();
        if (warned === 1) {
          await termsControl.scrollIntoViewIfNeeded();
          await page.locator('aside.side').screenshot({ path: `${SHOTS}/ui-terms-${lang}.png` });
        }
      } else {
        await expect(warning).toHaveCount(0);
      }
    }
    expect(warned).toBeGreaterThan(0);
    expect(await readable(page, 'it-actions .act[data-kind=setTerms]')).toEqual([]);
    expect(await axe(page, 'terms')).toEqual([]);

    // The KPI bar's score explains itself in one line.
    const title = await page.locator('it-kpi-bar .kpi[data-kpi=score]').getAttribute('title');
    expect(title).toMatch(lang === 'en' ? /^Score \d+ = Win rate/ : /^得分 \d+ = 赢率/);

    // A second game, as FR beside the iron-triangle bots (who win the deal), played to the
    // end: a customer served, whose satisfaction has moved for reasons.
    await freshStart(page, lang);
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'FR', seed: '1' });
    for (let w = 0; w < 14 && !(await page.locator('.open-debrief').isVisible()); w++) await playTurn(page, 4, ['install', 'acceptance', 'workTicket', 'feasibility']);
    await expect(page.locator('.open-debrief')).toBeVisible();
    await selectCustomer(page, 'qingjiang');
    await expect(page.locator('it-detail [data-testid=tender-terms] td')).toHaveText(lang === 'en' ? 'no advance allowed · net 30 days' : '不接受预付款 · 账期 30 天');
    const drivers = page.locator('it-detail [data-testid=satisfaction-drivers]');
    await expect(drivers).toBeVisible();
    const rows = drivers.locator('li');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.locator('.delta').allTextContents()) expect(text).toMatch(/^[+\u2212]\d+$/);
    // Drawn: each row has a bar, on the side its sign says.
    const bars = await rows.evaluateAll((lis) =>
      lis.map((li) => {
        const r = li.querySelector('rect.bar')!;
        return { delta: Number(li.getAttribute('data-delta')), x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) };
      }),
    );
    for (const b of bars) {
      expect(b.w).toBeGreaterThan(0);
      expect(b.delta > 0 ? b.x : b.x + b.w).toBeCloseTo(50, 5);
    }
    await drivers.scrollIntoViewIfNeeded();
    await page.locator('it-detail').screenshot({ path: `${SHOTS}/ui-customer-${lang}.png` });
    expect(await readable(page, 'it-detail [data-testid=satisfaction-drivers]')).toEqual([]);
    expect(await readable(page, 'it-detail it-power-map')).toEqual([]);
    expect(await axe(page, 'customer')).toEqual([]);

    // The end screen: no 0 or NaN for what was never measured.
    for (const dd of await page.locator('.final-kpis dd').all()) {
      const v = await dd.getAttribute('data-value');
      await expect(dd).not.toHaveText(/NaN/);
      if (v === 'null') {
        await expect(dd).toHaveText('—');
        expect(await dd.getAttribute('title')).toBeTruthy();
      }
    }

    // The debrief: how the score is made, a bar per part, points adding up to the score.
    await page.locator('.open-debrief').click();
    const how = page.locator('[data-testid=score-breakdown]');
    await expect(how).toBeVisible();
    await expect(how.locator('.score-parts li')).toHaveCount(8);
    await expect(how.locator('.score-parts li svg.part-bar')).toHaveCount(8);
    const score = Number(await how.getAttribute('data-score'));
    const finalScore = Number(await page.locator('[data-testid=scorecard] tr[data-kpi=score] td').first().textContent());
    expect(score).toBe(finalScore);
    const points = await how.locator('.score-parts li').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-points'))));
    expect(Math.abs(points.reduce((a, b) => a + b, 0) - score)).toBeLessThanOrEqual(4); // each part rounded
    for (const li of await how.locator('.score-parts li.not-measured').all()) {
      await expect(li.locator('.part-points')).toHaveText(lang === 'en' ? 'not measured — 0 points' : '尚无数据 — 0 分');
    }
    await expect(how.locator('.score-volume')).toContainText(lang === 'en' ? 'Volume factor' : '规模系数');
    // Not measured is a dash with a tooltip in the scorecard too, never 0 or NaN.
    for (const td of await page.locator('[data-testid=scorecard] td').all()) {
      const text = (await td.textContent())?.trim() ?? '';
      expect(text).not.toMatch(/NaN/);
      if (text === '—' && (await td.getAttribute('title')) === null) {
        // the target column has no target for some KPIs: that dash is "no target", not "not measured"
        expect(await td.evaluate((e) => (e as HTMLTableCellElement).cellIndex)).toBe(2);
      }
    }
    await how.scrollIntoViewIfNeeded();
    await how.screenshot({ path: `${SHOTS}/ui-debrief-score-${lang}.png` });
    expect(await readable(page, '[data-testid=score-breakdown]')).toEqual([]);
    expect(await axe(page, 'debrief')).toEqual([]);
    await how.locator('.score-volume').scrollIntoViewIfNeeded();
    expect(await unreadableText(page)).toEqual([]);

    // Printed: the same section on A4, readable.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await how.scrollIntoViewIfNeeded();
    await how.screenshot({ path: `${SHOTS}/ui-debrief-score-print-${lang}.png` });
    expect(await unreadableText(page)).toEqual([]);
  });
}

test('an early debrief: nothing measured scores 0 and says so; the volume factor explains a small score', async ({ page }) => {
  for (const lang of ['en', 'zh'] as const) {
    await freshStart(page, lang);
    await startGame(page, { scenario: 'flagship', mode: 'solo', role: 'SR', seed: '2' });
    for (let w = 0; w < 8; w++) await playTurn(page, 2);
    await page.locator('header .open-debrief-top').click();
    const how = page.locator('[data-testid=score-breakdown]');
    await expect(how).toBeVisible();
    await expect(how.locator('.score-parts li')).toHaveCount(8);
    const notMeasured = how.locator('.score-parts li.not-measured');
    for (const li of await notMeasured.all()) {
      await expect(li).toHaveAttribute('data-points', '0');
      await expect(li.locator('.part-points')).toHaveText(lang === 'en' ? 'not measured — 0 points' : '尚无数据 — 0 分');
    }
    const volume = Number(await how.locator('.score-volume').getAttribute('data-volume'));
    if (volume < 1) await expect(how.locator('.score-volume')).toContainText(lang === 'en' ? 'count in full once' : '全额计分');
    await how.scrollIntoViewIfNeeded();
    await how.screenshot({ path: `${SHOTS}/ui-debrief-score-early-${lang}.png` });
    expect(await readable(page, '[data-testid=score-breakdown] .score-volume')).toEqual([]);
    await page.locator('.back-to-game').click();
  }
});
