import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** Collect Content-Security-Policy violations from the moment the page starts. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  return async () => [...consoleCsp, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []))];
}

export async function freshStart(page: Page, lang: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto('/');
  await page.evaluate(async (l) => {
    localStorage.setItem('iron-triangle.lang', l);
    await new Promise<void>((res) => {
      const r = indexedDB.deleteDatabase('iron-triangle-sandbox');
      r.onsuccess = r.onerror = r.onblocked = () => res();
    });
  }, lang);
  await page.reload();
  await expect(page.locator('.start-game')).toBeVisible();
}

export async function startGame(page: Page, opts: { scenario: string; mode: 'solo' | 'team'; role?: 'AR' | 'SR' | 'FR'; seed: string }): Promise<void> {
  await page.locator('.scenario', { has: page.locator(`input[data-scenario="${opts.scenario}"]`) }).click();
  await page.locator(`input[name=mode][value=${opts.mode}]`).check();
  if (opts.role) await page.locator(`input[name=role][value=${opts.role}]`).check();
  await page.locator('#seed').fill(opts.seed);
  await page.locator('.start-game').click();
  await page.locator('.begin').click();
}

export async function stateHash(page: Page): Promise<string> {
  return (await page.locator('[data-testid=state-hash]').getAttribute('data-hash')) ?? '';
}

/**
 * One turn, through the UI only: look at up to `items` things on the pipeline and
 * click the first available action for each, then a general one, then end the turn.
 */
export async function playTurn(page: Page, items = 4): Promise<void> {
  const card = page.locator('.card-dialog');
  if (await card.isVisible()) await card.locator('button').first().click();
  const chips = page.locator('.pipeline .chip[data-token]:not([data-token^="customer:"])');
  const n = Math.min(items, await chips.count());
  for (let i = 0; i < n; i++) {
    const chip = chips.nth(i);
    if (!(await chip.isVisible())) continue;
    await chip.click();
    const act = page.locator('it-actions .act:not([disabled])').first();
    if ((await act.count()) > 0 && (await act.isVisible())) await act.click();
    if (await card.isVisible()) await card.locator('button').first().click();
  }
  const general = page.locator('it-actions .act:not([disabled])').first();
  if ((await general.count()) > 0) await general.click();
  if (await card.isVisible()) await card.locator('button').first().click();
  await page.locator('.end-turn').click();
}

export function verifyWithCli(file: string): { verified: boolean; kpis: Record<string, number>; score: number; stateHash: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}
