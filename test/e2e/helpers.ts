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

/**
 * A first visit: no saved games, the given language. The first-week guide, which starts
 * by itself for a first-time tutorial player, is switched off unless `guide` is true
 * (test/e2e/onboarding.spec.ts tests it; other specs must not be interrupted by it).
 */
export async function freshStart(page: Page, lang: 'zh' | 'en' = 'en', opts: { guide?: boolean } = {}): Promise<void> {
  await page.goto('/');
  await page.evaluate(async ({ l, guide }) => {
    localStorage.setItem('iron-triangle.lang', l);
    if (guide) localStorage.removeItem('iron-triangle.guide');
    else localStorage.setItem('iron-triangle.guide', 'off');
    await new Promise<void>((res) => {
      const r = indexedDB.deleteDatabase('iron-triangle-sandbox');
      r.onsuccess = r.onerror = r.onblocked = () => res();
    });
  }, { l: lang, guide: opts.guide ?? false });
  await page.reload();
  await expect(page.locator('.start-game')).toBeVisible();
}

/** A first visit (as freshStart), no studio drafts, the studio open with its editor ready. */
export async function openStudio(page: Page, lang: 'zh' | 'en' = 'en'): Promise<void> {
  await freshStart(page, lang);
  await page.evaluate(() => new Promise<void>((res) => {
    const r = indexedDB.deleteDatabase('iron-triangle-studio');
    r.onsuccess = r.onerror = r.onblocked = () => res();
  }));
  await page.locator('.open-studio').click();
  await expect(page.locator('.studio-editor[data-ready=true] .cm-content')).toBeVisible();
}

/** The studio open on a new draft from the tutorial template, checked. */
export async function studioTutorialDraft(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await openStudio(page, lang);
  await page.locator('.studio-template').selectOption('tutorial');
  await page.locator('.studio-new').click();
  await expect(page.locator('.studio-counts')).toHaveAttribute('data-state', 'done');
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
 * click the first available action for each (or the first of the `prefer`red kinds),
 * then a general one, then end the turn.
 */
export async function playTurn(page: Page, items = 4, prefer: readonly string[] = []): Promise<void> {
  const card = page.locator('.card-dialog');
  if (await card.isVisible()) await card.locator('button').first().click();
  const chips = page.locator('.pipeline .chip[data-token]:not([data-token^="customer:"])');
  const n = Math.min(items, await chips.count());
  for (let i = 0; i < n; i++) {
    const chip = chips.nth(i);
    if (!(await chip.isVisible())) continue;
    await chip.click();
    // With `prefer`, a keener player: the first enabled action of those kinds, if any.
    const keen = prefer.length ? page.locator(`it-actions .act:not([disabled]):is(${prefer.map((k) => `[data-kind=${k}]`).join(',')})`).first() : null;
    const act = keen && (await keen.count()) > 0 ? keen : page.locator('it-actions .act:not([disabled])').first();
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
  // `verify --json` reports an array, one object per file.
  return (JSON.parse(out) as ReturnType<typeof verifyWithCli>[])[0]!;
}

/**
 * Text that a reader cannot read: two pieces of text drawn over each other, text cut
 * off by a box that hides overflow (an ellipsis only where a tooltip has the whole text), or a page wider than the
 * window. Returns one line per problem; only what is on screen is checked.
 *
 * Layers: while a modal <dialog> is open only its text is checked (the page behind it is
 * inert and dimmed); text under an opaque floating card marked `data-overlay` (the
 * first-week guide) is hidden by it, not drawn over it, so it is left out — the card's
 * own text is checked like any other.
 */
export async function unreadableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { el: Element; r: DOMRect; text: string };
    const problems: string[] = [];
    const clipOf = (el: Element): DOMRect | null => {
      let r = new DOMRect(0, 0, innerWidth, innerHeight);
      for (let a = el.parentElement; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const b = a.getBoundingClientRect();
          const x = Math.max(r.x, b.x), y = Math.max(r.y, b.y);
          const w = Math.min(r.right, b.right) - x, h = Math.min(r.bottom, b.bottom) - y;
          if (w <= 0 || h <= 0) return null;
          r = new DOMRect(x, y, w, h);
        }
      }
      return r;
    };
    const boxes: Box[] = [];
    const modal = document.querySelector('dialog:modal');
    const overlays = [...document.querySelectorAll('[data-overlay]')].filter((o) => o.checkVisibility()).map((o) => ({ o, r: o.getBoundingClientRect() }));
    const covered = (el: Element, r: DOMRect) => overlays.some(({ o, r: c }) => !o.contains(el) && r.x < c.right && r.right > c.x && r.y < c.bottom && r.bottom > c.y);
    const walker = document.createTreeWalker(modal ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text || el.closest('script,style,title,[aria-hidden=true]')) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || Number(cs.opacity) === 0 || !el.checkVisibility({ contentVisibilityAuto: true })) continue;
      const clip = clipOf(el);
      if (!clip) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        const x = Math.max(r.x, clip.x), y = Math.max(r.y, clip.y);
        const w = Math.min(r.right, clip.right) - x, h = Math.min(r.bottom, clip.bottom) - y;
        if (w <= 0 || h <= 0) continue;
        if (covered(el, r)) continue;
        boxes.push({ el, r: new DOMRect(x, y, w, h), text });
      }
      // Cut off: the element hides overflow and its text is wider than its box.
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        const acs = getComputedStyle(a);
        if (acs.overflowX === 'hidden' || acs.overflowX === 'clip') {
          // An ellipsis is a cut too, unless a tooltip holds the whole text (a long
          // scenario title an instructor wrote); a label is never cut.
          const whole = a.closest('[title]')?.getAttribute('title') ?? '';
          if (a.scrollWidth > a.clientWidth + 1 && (acs.textOverflow !== 'ellipsis' || !whole.includes(text))) problems.push(`clipped: "${text.slice(0, 40)}" in <${a.tagName.toLowerCase()} class="${a.className}">`);
          break;
        }
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        if (a.el === b.el) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.x, b.r.x);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.y, b.r.y);
        // A couple of pixels is line-height slack, not an overlap.
        if (w > 2 && h > 3) problems.push(`overlap: "${a.text.slice(0, 30)}" and "${b.text.slice(0, 30)}"`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth + 1) problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window`);
    return [...new Set(problems)];
  });
}
