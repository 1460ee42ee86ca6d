/**
 * The studio's Overview and Translations panels (issue 11 items 7 and 8), and the
 * Balance panel's report language, forced card options and dead content as lint
 * warnings (items 4 and 6): each loaded when opened, in zh and en, axe-clean, by keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openStudio, studioTutorialDraft as draft, watchCsp } from './helpers.ts';

/** Replace line `n` (1-based) of the editor by typing, as a user would. */
async function retypeLine(page: Page, n: number, text: string): Promise<void> {
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(text);
}

const lineOf = async (page: Page, re: RegExp) => (await editorText(page)).split('\n').findIndex((l) => re.test(l)) + 1;

const editorText = (page: Page) => page.evaluate(() => (document.querySelector('it-studio') as unknown as { draftText(): string }).draftText());

async function noSeriousAxe(page: Page, selector: string): Promise<void> {
  const r = await new AxeBuilder({ page }).include(selector).analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('the overview draws the timeline and the map of the draft, opened by keyboard', async ({ page }) => {
  const csp = await watchCsp(page);
  await draft(page, 'en');
  await page.locator('.studio-overview-open').focus();
  await page.keyboard.press('Enter');
  const ov = page.locator('.studio-overview');
  await expect(ov.locator('#studio-ov-title')).toHaveText('Overview');
  const timeline = ov.locator('svg.studio-ov-timeline');
  await expect(timeline).toBeVisible();
  await expect(page.locator('#studio-ov-tl')).toHaveText('Timeline: 12 weeks');
  // The three leads on their customers' lanes, the event and the card at their weeks, the targets.
  await expect(timeline.locator('.ov-lead')).toHaveCount(3);
  await expect(timeline.locator('.ov-lead.junk title')).toHaveText('xm-resale: available from week 1 (inbound, Electromagnetic flow meter), a junk lead');
  await expect(timeline.locator('.ov-lead title').filter({ hasText: 'qj-remote' })).toHaveText('qj-remote: available from week 2 (technical exchange, Electromagnetic flow meter)');
  await expect(timeline.locator('.ov-event title')).toHaveText('rival-cut: week 3');
  await expect(timeline.locator('.ov-card title')).toContainText('rush-request');
  await expect(timeline.locator('.ov-card title')).toContainText('week 5');
  await expect(timeline.locator('.ov-targets text')).toHaveCount(8);
  await expect(timeline.locator('.ov-targets')).toContainText('win rate at least 50%');
  // The map: both customers, their people, the competitor and the leads it contests.
  const map = ov.locator('svg.studio-ov-map');
  await expect(map.locator('.ov-customer')).toHaveCount(2);
  await expect(map.locator('.ov-person')).toHaveCount(4);
  await expect(map.locator('.ov-person title').filter({ hasText: 'Ms Wang' })).toHaveText('Ms Wang: Procurement, power 5 of 10, support at the start -30');
  await expect(map.locator('.ov-person title').filter({ hasText: 'Boss Ma' })).toHaveText(/Boss Ma: Decision maker, power 10 of 10, support at the start \+30/);
  await expect(map.locator('.ov-link text')).toHaveText('qj-plant, qj-remote');
  // The same in words, opened by keyboard.
  await ov.locator('.studio-ov-words summary').first().focus();
  await page.keyboard.press('Enter');
  await expect(ov.locator('.studio-ov-words').first()).toContainText('rival-cut: week 3');
  await noSeriousAxe(page, '.studio-overview');

  // A conditional event is drawn as a span from its first week.
  await retypeLine(page, await lineOf(page, /trigger: \{ atWeek: 3 \}/), 'trigger: { when: { metric: cash, below: 500000, fromWeek: 4 } }');
  await expect(timeline.locator('.ov-event.when title')).toHaveText('rival-cut: when cash is below ¥500K, from week 4');
  await expect(timeline.locator('.ov-event.when line')).toHaveCount(1);
  expect(await csp()).toEqual([]);
});

test('in Chinese the overview speaks Chinese, and so do the hover docs', async ({ page }) => {
  await draft(page, 'zh');
  await page.locator('.cm-line', { hasText: /^weeks: 12$/ }).hover({ position: { x: 12, y: 6 } });
  await expect(page.locator('.studio-doc')).toContainText('游戏的周数（2–104）');
  await page.locator('.studio-overview-open').click();
  await expect(page.locator('#studio-ov-title')).toHaveText('概览');
  await expect(page.locator('#studio-ov-tl')).toHaveText('时间线：共 12 周');
  await expect(page.locator('.ov-event title')).toHaveText('rival-cut：第 3 周');
  await expect(page.locator('.ov-person title').filter({ hasText: '马老板' })).toContainText('权力 10/10，初始支持度 +30');
  await noSeriousAxe(page, '.studio-overview');
});

test('texts go out as CSV and come back into the draft in place; missing ones are listed', async ({ page }) => {
  await draft(page, 'en');
  await page.locator('.studio-texts-open').click();
  const panel = page.locator('.studio-texts');
  await expect(panel.locator('.studio-tx-count')).toHaveAttribute('data-missing', '0');
  const count = Number(await panel.locator('.studio-tx-count').getAttribute('data-count'));
  expect(count).toBeGreaterThan(20);
  const [dl] = await Promise.all([page.waitForEvent('download'), panel.locator('.studio-tx-export').click()]);
  expect(dl.suggestedFilename()).toBe('my-tutorial-texts.csv');
  const csv = readFileSync((await dl.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF"path","zh","en"\r\n')).toBe(true);
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(count + 1);
  expect(csv).toContain('"customers[0].stakeholders[0].name",');

  // A translator changes one English text (with a comma and a formula-looking start) and blanks another.
  const before = await editorText(page);
  const edited = csv
    .replace(/"title","([^"]*)","[^"]*"/, '"title","$1","\'=Tutorial, revised"')
    .replace(/"summary","([^"]*)","[^"]*"/, '"summary","$1",""');
  await panel.locator('.studio-tx-import input').setInputFiles({ name: 'texts.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
  await expect(panel.locator('.studio-tx-note')).toHaveText('1 text(s) changed from texts.csv.');
  const after = await editorText(page);
  expect(after).toContain('en: "=Tutorial, revised"');
  const diff = before.split('\n').filter((l, i) => l !== after.split('\n')[i]);
  expect(diff).toHaveLength(1);
  expect(after.split('\n').filter((l) => l.trim().startsWith('#'))).toEqual(before.split('\n').filter((l) => l.trim().startsWith('#')));
  await expect(page.locator('.studio-counts')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.studio-problems li.error')).toHaveCount(0);

  // A blank English text is listed as missing, with a button to its line.
  await retypeLine(page, await lineOf(page, /^ {2}en: A water utility/), 'en: ""');
  await expect(panel.locator('.studio-tx-missing li')).toHaveCount(1);
  await expect(panel.locator('.studio-tx-missing li')).toContainText('summary: the English text is missing');
  await panel.locator('.studio-tx-go').click();
  await expect(page.locator('.cm-activeLine')).toContainText('en: ""');

  // A row that is not a text of the draft is named; a broken file changes nothing.
  await panel.locator('.studio-tx-import input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('path,en\n"leads[9].name",X\n') });
  await expect(panel.locator('.studio-tx-note')).toContainText('Row 1: "leads[9].name" is not a text of this draft');
  await panel.locator('.studio-tx-import input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('id,text\nx,y\n') });
  await expect(panel.locator('.studio-tx-note')).toContainText('The first row must name the columns: path, zh, en');
  await noSeriousAxe(page, '.studio-texts');
});

test('balance panel: report language and forced options like the CLI; dead content becomes lint warnings', async ({ page }) => {
  await openStudio(page, 'en');
  await page.locator('.studio-open input').setInputFiles({ name: 'dead-content.yaml', mimeType: 'text/yaml', buffer: readFileSync(join(ROOT, 'test/fixtures/dead-content.yaml')) });
  const replace = page.locator('.studio-replace-yes');
  if (await replace.isVisible()) await replace.click();
  await expect(page.locator('.studio-counts')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.studio-problems li[data-code="lint.deadContent"]')).toHaveCount(0);
  await page.locator('.studio-balance-open').click();
  await page.locator('.studio-balance-lang').selectOption('zh');
  await page.locator('.studio-balance-cards select[data-card="rush-request"]').selectOption('yes');
  await page.locator('.studio-balance-runs').fill('4');
  await page.locator('.studio-balance-run').click();
  const report = page.locator('.studio-balance-report');
  await expect(report).toBeVisible({ timeout: 90_000 });
  await expect(report).toHaveAttribute('lang', 'zh-CN');
  await expect(report.locator('h5', { hasText: '学习目标' })).toBeVisible();
  await expect(report).toContainText('`rush-request=yes`');
  // The dead event and card are now warnings at their triggers, in the UI's language.
  const dead = page.locator('.studio-problems li[data-code="lint.deadContent"]');
  await expect(dead).toHaveCount(2);
  await expect(dead.first()).toContainText('never fired in any of the');
  await noSeriousAxe(page, '.studio-balance');
});
