/**
 * The scenario studio (issue 11): a new scenario from the tutorial template, a typo
 * typed into a field shows a diagnostic at its line and the fix clears it, the draft is
 * previewed and a week played in the normal play screen, and the editor comes back with
 * the draft as it was. A file is opened. The studio passes axe-core and works by keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openStudio, watchCsp } from './helpers.ts';

const editorText = (page: Page) => page.evaluate(() => (document.querySelector('it-studio') as unknown as { draftText(): string }).draftText());

/** Select the whole of line `n` (1-based) in the editor, by keyboard. */
async function selectLine(page: Page, n: number): Promise<void> {
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
}

async function noSeriousAxe(page: Page, where: string): Promise<void> {
  const r = await new AxeBuilder({ page }).exclude('#board').analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('new from the tutorial template, a typo diagnosed at its line and fixed, preview a week, back with the draft intact', async ({ page }) => {
  const csp = await watchCsp(page);
  await openStudio(page);
  await expect(page.locator('.studio-counts')).toHaveAttribute('data-state', 'empty');
  await page.locator('.studio-template').selectOption('tutorial');
  await page.locator('.studio-new').click();
  await expect(page.locator('.studio-counts')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.studio-problems li.error')).toHaveCount(0);
  const lines = (await editorText(page)).split('\n');
  expect(lines.find((l) => l.startsWith('id:'))).toBe('id: my-tutorial');
  const weeksLine = lines.findIndex((l) => l.startsWith('weeks:')) + 1;
  expect(weeksLine).toBeGreaterThan(1);

  // A typo in a field name: one error, at that line, with a suggestion.
  await selectLine(page, weeksLine);
  await page.keyboard.type('weekz: 10');
  const problem = page.locator(`.studio-problems li.error[data-line="${weeksLine}"]`);
  await expect(problem).toHaveCount(1);
  await expect(page.locator('.studio-problems li.error')).toHaveCount(1);
  await expect(problem).toContainText('weeks');
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
  await expect(page.locator('.studio-play')).toBeDisabled();

  // Fixed: the diagnostic goes.
  await selectLine(page, weeksLine);
  await page.keyboard.type('weeks: 10');
  await expect(page.locator('.studio-problems li.error')).toHaveCount(0);
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(0);
  await noSeriousAxe(page, 'studio');
  const draft = await editorText(page);
  expect(draft).toContain('\nweeks: 10\n');

  // Preview as SR, seed "e2e", from week 2 (the bots play week 1).
  await page.locator('input[name=studio-role][value=SR]').check();
  await page.locator('.studio-seed').fill('e2e');
  await page.locator('.studio-week').fill('2');
  await page.locator('.studio-play').click();
  await expect(page.locator('it-kpi-bar')).toBeVisible();
  await expect(page.locator('header .where')).toContainText('Week 2 of 10');
  await page.locator('.end-turn').click();
  await expect(page.locator('header .where')).toContainText('Week 3 of 10');

  // Back to the editor: the same text, the same choices.
  await page.locator('.back-to-studio').click();
  await expect(page.locator('.studio-editor[data-ready=true] .cm-content')).toBeVisible();
  expect(await editorText(page)).toBe(draft);
  await expect(page.locator('input[name=studio-role][value=SR]')).toBeChecked();
  await expect(page.locator('.studio-seed')).toHaveValue('e2e');

  // And after a reload, from IndexedDB.
  await page.evaluate(() => (document.querySelector('it-studio') as unknown as { whenSaved(): Promise<void> }).whenSaved());
  await page.reload();
  await page.locator('.open-studio').click();
  await expect(page.locator('.studio-note')).toContainText('restored');
  expect(await editorText(page)).toBe(draft);
  // CodeMirror's styles and the checker's worker live within the Content-Security-Policy.
  expect(await csp()).toEqual([]);
});

test('open a file: its problems are listed in the UI language, and keyboard reaches every control', async ({ page }) => {
  await openStudio(page, 'zh');
  const text = 'id: tiny\nversion: 1\nweeks: 300\n';
  await page.locator('.studio-open input[type=file]').setInputFiles({ name: 'tiny.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await expect(page.locator('.studio-note')).toContainText('tiny.yaml');
  expect(await editorText(page)).toBe(text);
  await expect(page.locator('.studio-counts')).toHaveAttribute('data-state', 'done');
  const first = page.locator('.studio-problems li.error').first();
  await expect(first).toBeVisible();
  // The message is worded in Chinese, from the same catalogue as `cli check --lang zh`.
  await expect(first.locator('p').first()).toHaveText(/[\u4e00-\u9fff]/);
  await noSeriousAxe(page, 'studio (zh, errors)');

  // Another file while a draft is open asks first; Cancel keeps the text.
  await page.locator('.studio-open input[type=file]').setInputFiles({ name: 'other.yaml', mimeType: 'text/yaml', buffer: Buffer.from('id: other\n') });
  await expect(page.locator('.studio-replace-yes')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.studio-replace-no')).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await editorText(page)).toBe(text);

  // A problem in the list takes the cursor to its line.
  await first.locator('button').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-content')).toBeFocused();
  // Tab leaves the editor (it does not trap the keyboard).
  await page.keyboard.press('Tab');
  await expect(page.locator('.cm-content')).not.toBeFocused();

  // Completion from the schema: a top-level field not yet written, accepted with Enter.
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('diffi');
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('difficulty');
  // CodeMirror ignores Enter for 75 ms after the list appears (its guard against accidents).
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
  await page.keyboard.type('2');
  expect(await editorText(page)).toBe(`${text}difficulty: 2`);
  // Hover documentation: the schema's description of the field under the pointer.
  await page.locator('.cm-line', { hasText: 'weeks: 300' }).hover({ position: { x: 12, y: 6 } });
  await expect(page.locator('.studio-doc')).toContainText('weeks');
  await expect(page.locator('.studio-doc')).toContainText(/104/);

  // Switching the language re-words the problems and the editor's name; the text stays.
  await page.locator('header .lang').click();
  await expect(page.locator('.studio-problems li.error').first().locator('p').first()).not.toHaveText(/[\u4e00-\u9fff]/);
  await expect(page.locator('.cm-content')).toHaveAttribute('aria-label', 'Scenario text (YAML)');
  expect(await editorText(page)).toBe(`${text}difficulty: 2`);
});
