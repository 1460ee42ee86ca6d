/**
 * The trainee's flow, end to end, in a real browser (Debian's Chromium): the tutorial
 * played to the end through the UI alone, once in each role, and the exported save
 * verified by the CLI to the same KPIs; a team game reloaded mid-week.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshStart, startGame, playTurn, stateHash, verifyWithCli, watchCsp } from './helpers.ts';

for (const role of ['AR', 'SR', 'FR'] as const) {
  test(`tutorial to the end, solo as ${role}; the exported save verifies to the same KPIs`, async ({ page }) => {
    const csp = await watchCsp(page);
    await freshStart(page, 'en');
    await startGame(page, { scenario: 'tutorial', mode: 'solo', role, seed: `e2e-${role}` });
    for (let turn = 0; turn < 12 && !(await page.locator('.end').isVisible()); turn++) await playTurn(page);
    await expect(page.locator('.end')).toBeVisible();
    const score = Number(await page.locator('[data-testid=final-score]').textContent());
    const shown = Object.fromEntries(
      // A KPI with nothing measured is null in the engine and the CLI, "—" on screen.
      await page.locator('.final-kpis dd').evaluateAll((els) => els.map((e) => [e.getAttribute('data-kpi'), e.getAttribute('data-value') === 'null' ? null : Number(e.getAttribute('data-value'))])),
    );
    const hash = await stateHash(page);
    const download = page.waitForEvent('download');
    await page.locator('.end button.export-save').click();
    const file = join(mkdtempSync(join(tmpdir(), 'it-e2e-')), 'save.json');
    await (await download).saveAs(file);
    const v = verifyWithCli(file);
    expect(v.verified).toBe(true);
    expect(v.stateHash).toBe(hash);
    expect(v.score).toBe(score);
    for (const [k, value] of Object.entries(shown)) expect(v.kpis[k]).toBe(value);
    expect(await csp()).toEqual([]);
  });
}

test('team mode: three weeks of the flagship, reload mid-week, same state hash and same board', async ({ page }) => {
  await freshStart(page, 'en');
  await startGame(page, { scenario: 'flagship', mode: 'team', seed: 'e2e-team' });
  for (let i = 0; i < 9; i++) {
    await page.locator('.take-turn').click();
    await playTurn(page, 3);
  }
  await page.locator('.take-turn').click(); // week 4, AR's turn
  const chip = page.locator('.pipeline .chip[data-token]').first();
  await chip.click();
  const act = page.locator('it-actions .act:not([disabled])').first();
  if ((await act.count()) > 0) await act.click();
  await page.evaluate(() => (document.querySelector('it-app') as unknown as { whenSaved(): Promise<void> }).whenSaved());
  const before = await stateHash(page);
  const board = await page.locator('.pipeline .chip[data-token]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-token')}:${e.className}`));
  await page.reload();
  await page.locator('.resume').first().click();
  await expect(page.locator('[data-testid=state-hash]')).toBeVisible();
  expect(await stateHash(page)).toBe(before);
  const after = await page.locator('.pipeline .chip[data-token]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-token')}:${e.className}`));
  const norm = (xs: string[]) => xs.map((x) => x.replace(/\bsel\b/, '').replace(/\s+/g, ' ').trim());
  expect(norm(after)).toEqual(norm(board));
  await expect(page.locator('#board[data-ready=true] canvas')).toBeVisible();
});
