/**
 * Language switching that never changes the game, recovery from a corrupted save,
 * accessibility (axe-core) and the Content-Security-Policy.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { freshStart, startGame, playTurn, stateHash, unreadableText, watchCsp } from './helpers.ts';

/** Visible text, minus things that are not words (ids, the hash, numbers). */
async function visibleText(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => {
    const skip = (el: Element | null) => !!el?.closest('[data-i18n-ignore]');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let out = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || skip(el) || el.closest('script,style')) continue;
      // Hidden by itself or by any ancestor (checkVisibility looks up the whole chain).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      out += ' ' + n.textContent;
    }
    return out;
  });
}
const ALLOWED_LATIN = /\b(AR|SR|FR|LTC|ITR|KPI|DSO|SLA|PDF|CSV|JSON|ID|W\d+|S\d|English|M|K)\b/g;

test('switching language mid-game changes no state, and each language is complete', async ({ page }) => {
  await freshStart(page, 'zh');
  await startGame(page, { scenario: 'flagship', mode: 'solo', role: 'AR', seed: 'e2e-lang' });
  await playTurn(page);
  await playTurn(page);
  const chips = page.locator('.pipeline .chip[data-token]');
  if ((await chips.count()) > 0) await chips.first().click();
  const hash = await stateHash(page);
  const zh = (await visibleText(page)).replace(ALLOWED_LATIN, '');
  expect(zh.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
  // The other language's catalogue loads on demand: wait until the switch shows the way back.
  await page.locator('header .lang').click();
  await expect(page.locator('header .lang')).toHaveText('中文');
  expect(await stateHash(page)).toBe(hash);
  const en = await visibleText(page);
  expect(en.match(/[\u4e00-\u9fff]+/g) ?? []).toEqual(['中文']); // only the switch back
  await page.locator('header .lang').click();
  await expect(page.locator('header .lang')).toHaveText('English');
  expect(await stateHash(page)).toBe(hash);
  // The debrief speaks the same language.
  await page.locator('header .open-debrief-top').click();
  await expect(page.locator('[data-testid=tp-done], [data-testid=tp-none]')).toBeVisible({ timeout: 30_000 });
  const debriefZh = (await visibleText(page)).replace(ALLOWED_LATIN, '');
  expect(debriefZh.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
  await page.locator('header .lang').click();
  await expect(page.locator('header .lang')).toHaveText('中文');
  expect((await visibleText(page)).match(/[\u4e00-\u9fff]+/g) ?? []).toEqual(['中文']);
});

test('a corrupted autosave is detected, explained, and the last good one is offered', async ({ page }) => {
  await freshStart(page, 'en');
  await startGame(page, { scenario: 'tutorial', mode: 'solo', role: 'AR', seed: 'e2e-corrupt' });
  await playTurn(page);
  await playTurn(page);
  await page.evaluate(() => (document.querySelector('it-app') as unknown as { whenSaved(): Promise<void> }).whenSaved());
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('iron-triangle-sandbox');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction('autosaves', 'readwrite');
    const done = new Promise<void>((res, rej) => {
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    const c = tx.objectStore('autosaves').openCursor(null, 'prev');
    c.onsuccess = () => {
      const cursor = c.result;
      if (cursor) cursor.update({ ...cursor.value, text: cursor.value.text.slice(0, 200) });
    };
    await done; // the damage must be on disk before the reload
  });
  await page.reload();
  await page.locator('.resume').first().click();
  await expect(page.locator('.recover')).toBeVisible();
  await expect(page.locator('.recover li.bad')).toContainText(/(Damaged|已损坏)/);
  await page.locator('.recover .restore').click();
  await expect(page.locator('[data-testid=state-hash]')).toBeVisible();
});

test('no serious accessibility violations and no CSP violations on every screen', async ({ page }) => {
  const csp = await watchCsp(page);
  await freshStart(page, 'zh');
  const check = async (where: string) => {
    const r = await new AxeBuilder({ page }).exclude('#board').analyze();
    const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  };
  await check('start');
  await page.locator('.start-game').click();
  await check('briefing');
  await page.locator('.begin').click();
  await playTurn(page);
  await page.locator('.pipeline .chip[data-token]').first().click();
  await check('play');
  await page.locator('.coach-ask').click();
  await expect(page.locator('.coach-panel')).toBeVisible();
  await check('play with the coach panel');
  await page.locator('header .lang').click();
  await expect(page.locator('header .lang')).toHaveText('中文');
  await check('play (en)');
  await page.locator('header .open-debrief-top').click();
  await expect(page.locator('[data-testid=tp-done], [data-testid=tp-none]')).toBeVisible({ timeout: 30_000 });
  await check('debrief (en)');
  expect(await csp()).toEqual([]);
});

test('the whole game can be driven from the keyboard', async ({ page }) => {
  await freshStart(page, 'en');
  await page.keyboard.press('Tab');
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    found = await page.evaluate(() => document.activeElement?.classList.contains('start-game') ?? false);
    if (!found) await page.keyboard.press('Tab');
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await page.locator('.begin').focus();
  await page.keyboard.press('Enter');
  await page.locator('.end-turn').focus();
  const week = await page.locator('header .where').textContent();
  await page.keyboard.press('Enter');
  await expect(page.locator('header .where')).not.toHaveText(week ?? '');
});

for (const [width, height] of [[1024, 768], [1280, 720], [1920, 1080]] as const) {
  test(`no overlapping or cut-off text at ${width}×${height}, in both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const lang of ['zh', 'en'] as const) {
      await freshStart(page, lang);
      const problems: string[] = [];
      const look = async (where: string) => problems.push(...(await unreadableText(page)).map((p) => `${lang} ${where}: ${p}`));
      await look('start');
      await page.locator('.scenario', { has: page.locator('input[data-scenario="flagship"]') }).click();
      await page.locator('.start-game').click();
      await look('briefing');
      await page.locator('.begin').click();
      for (let w = 0; w < 3; w++) await playTurn(page);
      const chips = page.locator('.pipeline .chip[data-token]');
      if ((await chips.count()) > 0) await chips.first().click();
      // The week's summary is open over the board; the selected item's action groups are open.
      await expect(page.getByTestId('week-summary')).toBeVisible();
      await look('play, week summary');
      await page.locator('.summary-close').click();
      await expect(page.getByTestId('week-summary')).toBeHidden();
      await look('play');
      // The board's lane titles are drawn on the canvas, out of the DOM check's reach: none cut.
      const titles = await page.evaluate(() => (document.querySelector('it-app') as unknown as { boardHost: { board: { laneTitles(): string[] } | null } }).boardHost.board?.laneTitles() ?? []);
      expect(titles.length, lang).toBe(8);
      expect(titles.filter((t) => t.endsWith('…')), `${lang} lane titles`).toEqual([]);
      await page.locator('.coach-ask').click();
      await expect(page.locator('.coach-panel')).toBeVisible();
      await look('coach');
      // Every action group opened: composite controls (visit, terms, bid) included.
      for (const g of await page.locator('it-actions details.group:not([open]) > summary').all()) await g.click();
      for (const c of await page.locator('it-actions li.control').all()) {
        await c.scrollIntoViewIfNeeded();
        await look('play, action groups open');
      }
      await expect(page.locator('.end-turn')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('it-feed')).toBeInViewport();
      expect(problems).toEqual([]);
    }
  });
}

test('a phone (390×844) gets a clear "use a larger screen" page in both languages, never a broken board', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const note = page.getByTestId('small-screen');
  await expect(note).toBeVisible();
  await expect(note.locator('p[lang="zh-CN"]')).toContainText('平板或电脑');
  await expect(note.locator('p[lang="en"]')).toContainText('tablet or a computer');
  await expect(page.locator('it-app')).toBeHidden();
  expect(await unreadableText(page)).toEqual([]);
  // Turned sideways (or any tablet) the sandbox itself is back.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(note).toBeHidden();
  await expect(page.locator('it-app')).toBeVisible();
});

test('a favicon and a web-app manifest, loaded within the CSP', async ({ page, request }) => {
  const csp = await watchCsp(page);
  await page.goto('/');
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(icon).toBeTruthy();
  expect(manifest).toBeTruthy();
  const svg = await request.get(new URL(icon!, page.url()).href);
  expect(svg.ok()).toBe(true);
  expect(await svg.text()).toContain('<svg');
  const m = (await (await request.get(new URL(manifest!, page.url()).href)).json()) as { name: string; icons: { src: string }[]; theme_color: string };
  expect(m.name).toContain('Iron Triangle');
  expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(m.icons.length).toBeGreaterThan(0);
  await expect(page.locator('.start-game')).toBeVisible();
  expect(await csp()).toEqual([]);
});

test('keyboard only: a week with an action and a decision card, focus never falls to the page', async ({ page }) => {
  await freshStart(page, 'en');
  const activeIs = (sel: string) => page.evaluate((s) => !!document.activeElement?.closest(s), sel);
  const onBody = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
  const press = async (sel: string, key = 'Enter') => {
    await page.locator(sel).focus();
    await page.keyboard.press(key);
  };
  await press('input[data-scenario="tutorial"]', 'Space');
  await press('input[name=mode][value=solo]', 'Space');
  await press('input[name=role][value=FR]', 'Space');
  await press('.start-game');
  await press('.begin');
  const card = page.locator('.card-dialog');
  const where = page.locator('header .where');
  for (let week = 1; week < 10 && !(await card.isVisible()); week++) {
    // An action by keyboard: Tab to the first enabled action and press Enter.
    await page.locator('.end-turn').focus();
    const acts = page.locator('it-actions .act:not([disabled])');
    if ((await acts.count()) > 0) {
      await acts.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
      expect(await onBody(), `focus after an action in week ${week}`).toBe(false);
      expect(await activeIs('it-app')).toBe(true);
    }
    const before = await where.textContent();
    await page.locator('.end-turn').focus();
    await page.keyboard.press('Enter');
    await expect(where).not.toHaveText(before ?? '');
    await page.waitForTimeout(100);
    if (!(await card.isVisible())) expect(await onBody(), `focus after ending week ${week}`).toBe(false);
  }
  await expect(card).toBeVisible();
  // The card takes focus and keeps Tab inside.
  await expect.poll(() => activeIs('.card-dialog')).toBe(true);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await activeIs('.card-dialog')).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await activeIs('.card-dialog')).toBe(true);
  // A card must be answered: Esc does not dismiss it.
  await page.keyboard.press('Escape');
  await expect(card).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(card).toBeHidden();
  await expect.poll(onBody).toBe(false);
  expect(await activeIs('it-app')).toBe(true);
  // …and the week goes on from the keyboard.
  const before = await where.textContent();
  await page.locator('.end-turn').focus();
  await page.keyboard.press('Enter');
  await expect(where).not.toHaveText(before ?? '');
});

test('import: the picker speaks the app language, and errors are plain words in both languages', async ({ page }) => {
  for (const lang of ['en', 'zh'] as const) {
    await freshStart(page, lang);
    const picker = page.locator('label.import');
    await expect(picker).toHaveText(lang === 'en' ? 'Import save' : '导入存档');
    const input = picker.locator('input[type=file]');
    expect(await input.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    const note = page.locator('.note.error');
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, this is not a save') });
    await expect(note).toHaveText(lang === 'en' ? /not a saved game/ : /不是游戏存档/);
    await input.setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something else"}') });
    await expect(note).toHaveText(lang === 'en' ? /missing or damaged/ : /缺失或损坏/);
    expect(await note.textContent()).not.toMatch(/JSON|Syntax|undefined|expected|\(root\)/);
  }
});
