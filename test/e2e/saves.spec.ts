/**
 * Games are never lost: every game is its own saved game. Starting a second game keeps
 * the first in the saved-games list, and resuming it restores its week, its state and
 * its feed; Home / New game confirm that the game is autosaved; rename and delete work.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { freshStart, startGame, playTurn, stateHash, unreadableText } from './helpers.ts';

const saved = (page: Page) => page.evaluate(() => (document.querySelector('it-app') as unknown as { whenSaved(): Promise<void> }).whenSaved());
const feedLines = (page: Page) => page.locator('it-feed li').allInnerTexts();
const gameRow = (page: Page, seed: string) => page.locator('.saved-game', { hasText: seed });
async function noSeriousAxe(page: Page, where: string): Promise<void> {
  const r = await new AxeBuilder({ page }).exclude('#board').analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('a second game keeps the first; resuming it restores its week, state and feed', async ({ page }) => {
  await freshStart(page, 'en');
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'e2e-slot-a' });
  for (let i = 0; i < 3; i++) await playTurn(page);
  await saved(page);
  const hashA = await stateHash(page);
  const whereA = await page.locator('header .where').innerText();
  const feedA = await feedLines(page);
  expect(feedA.length).toBeGreaterThan(0);

  // Home asks first and says the game is autosaved.
  await page.locator('header .nav-home').click();
  const dialog = page.locator('dialog.leave-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('autosaved');
  await noSeriousAxe(page, 'leave dialog');
  await dialog.locator('.leave-no').click();
  await expect(dialog).toBeHidden();
  expect(await stateHash(page)).toBe(hashA);
  await page.locator('header .nav-home').click();
  await dialog.locator('.leave-yes').click();
  await expect(page.locator('.saved-game')).toHaveCount(1);
  await expect(gameRow(page, 'e2e-slot-a')).toContainText('Solo as');
  await expect(gameRow(page, 'e2e-slot-a')).toContainText('week 4');

  // A second game of the same scenario: a new slot, the first is still there.
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'SR', seed: 'e2e-slot-b' });
  await playTurn(page);
  await saved(page);
  await page.locator('header .nav-new').click();
  await dialog.locator('.leave-yes').click();
  await expect(page.locator('.saved-game')).toHaveCount(2);
  await expect(page.locator('.saved-game').first()).toContainText('e2e-slot-b'); // newest first
  await noSeriousAxe(page, 'saved games');
  for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(size);
    expect(await unreadableText(page)).toEqual([]);
    await page.locator('header .lang').click(); // and in Chinese
    await expect(page.locator('#saved-games-title')).toHaveText('已保存的游戏');
    expect(await unreadableText(page)).toEqual([]);
    await page.locator('header .lang').click();
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // After a reload (a new visit), resume the first game.
  await page.reload();
  await expect(page.locator('.saved-game')).toHaveCount(2);
  await gameRow(page, 'e2e-slot-a').locator('.resume').click();
  await expect(page.locator('[data-testid=state-hash]')).toBeVisible();
  expect(await stateHash(page)).toBe(hashA);
  await expect(page.locator('header .where')).toHaveText(whereA);
  expect(await feedLines(page)).toEqual(feedA);
  await expect(page.locator('.branch-banner')).toHaveCount(0);

  // Rename and delete from the list.
  await page.locator('header .nav-home').click();
  await dialog.locator('.leave-yes').click();
  await gameRow(page, 'e2e-slot-b').locator('.rename').click();
  await page.locator('.rename-input').fill('Practice as SR');
  await page.locator('.rename-save').click();
  await expect(gameRow(page, 'e2e-slot-b')).toContainText('Practice as SR');
  await gameRow(page, 'e2e-slot-b').locator('.delete').click();
  await gameRow(page, 'e2e-slot-b').locator('.delete-yes').click();
  await expect(page.locator('.saved-game')).toHaveCount(1);
  await expect(gameRow(page, 'e2e-slot-a')).toBeVisible();
});

test('a save from the one-save-per-scenario version is migrated into the list and resumes', async ({ page }) => {
  await freshStart(page, 'en');
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'FR', seed: 'e2e-v1' });
  for (let i = 0; i < 2; i++) await playTurn(page);
  await saved(page);
  const hash = await stateHash(page);
  // Rebuild the database as the previous release wrote it (version 1, no slots), in Chromium's IndexedDB.
  await page.evaluate(async () => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const db = await req(indexedDB.open('iron-triangle-sandbox'));
    const rows = (await req(db.transaction('autosaves').objectStore('autosaves').getAll())) as { scenario: string; savedWeek: number; text: string }[];
    db.close();
    await new Promise<void>((res) => { const d = indexedDB.deleteDatabase('iron-triangle-sandbox'); d.onsuccess = d.onerror = d.onblocked = () => res(); });
    const open = indexedDB.open('iron-triangle-sandbox', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('autosaves', { keyPath: 'id', autoIncrement: true }).createIndex('scenario', 'scenario');
    const v1 = await req(open);
    const tx = v1.transaction('autosaves', 'readwrite');
    for (const r of rows) tx.objectStore('autosaves').add({ scenario: r.scenario, savedWeek: r.savedWeek, text: r.text });
    await new Promise<void>((res, rej) => { tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); });
    v1.close();
  });
  await page.reload();
  await expect(page.locator('.saved-game')).toHaveCount(1);
  await expect(gameRow(page, 'e2e-v1')).toContainText('saved by an earlier version');
  await gameRow(page, 'e2e-v1').locator('.resume').click();
  await expect(page.locator('[data-testid=state-hash]')).toBeVisible();
  expect(await stateHash(page)).toBe(hash);
  expect((await feedLines(page)).length).toBeGreaterThan(0);
});
