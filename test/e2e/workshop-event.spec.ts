/**
 * The issue-12 event, end to end (the real server, SQLite, its own port): a facilitator
 * and three teams in separate browser contexts — Alpha and Beta on one laptop each, Gamma
 * on three laptops holding one role each. The join sheet with a QR code per team; joining
 * by code (Gamma's laptops pick their roles); a week played on three laptops that ends
 * when every role is ready; live injects (an announcement typed in both languages, shown
 * as text, and a scenario event) for every team at the same week; a week deadline that
 * ends a team's week, and a pause; a team's connection dropped and restored; a reload
 * mid-week; the leaderboard; the end with per-team debrief links; the archive, which
 * `cli verify` accepts and which gives the same ranking.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { ROOT, playTurn, stateHash } from './helpers.ts';
import { BASE, firstVisit, startWorkshopServer, type WorkshopServer } from './workshop-server.ts';

// Six pages at once on a small shared machine: without WebGL the board (Phaser, software-rendered
// here) is left out — it shows its "board failed" note — and the app around it works the same.
test.use({ launchOptions: { executablePath: process.env.PW_BUNDLED ? undefined : (process.env.CHROME_PATH ?? '/usr/bin/chromium'), args: ['--no-sandbox', '--disable-gpu', '--disable-webgl', '--disable-3d-apis', '--disable-background-networking', '--no-first-run'] } });

let server: WorkshopServer | null = null;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startWorkshopServer();
});
test.afterAll(() => server?.stop());

async function laptop(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await firstVisit(page);
  await page.goto(BASE + path);
  return page;
}

/** A team's laptop joins with the code (and on a role laptop picks its role). */
async function join(browser: Browser, code: string, role?: 'AR' | 'SR' | 'FR'): Promise<Page> {
  const page = await laptop(browser, '/#join');
  await page.locator('.workshop-join input[name=code]').fill(code);
  await page.locator('.join-go').click();
  if (role) {
    await page.locator(`.join-role input[value=${role}]`).check();
    await page.locator('.join-go').click();
  }
  await expect(page.locator('.end-turn')).toBeVisible();
  await expect(page.locator('.workshop-bar')).toHaveAttribute('data-connection', 'online');
  return page;
}

const serious = async (page: Page) => (await new AxeBuilder({ page }).exclude('#board').analyze()).violations
  .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
const week = (page: Page) => page.locator('.where');
const feed = (page: Page) => page.locator('it-feed');

test('a facilitator runs a short event for three teams, one of them on three laptops', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const token = server!.token;
  const auth = { authorization: `Bearer ${token}` };
  const api = (method: 'get' | 'post' | 'put', path: string, data?: unknown) => request[method](`${BASE}/api/events/${ev.id}${path}`, { headers: auth, ...(data ? { data } : {}) });
  const created = await request.post(`${BASE}/api/events`, { headers: auth, data: { name: 'Event day', scenario: { id: 'tutorial' }, seed: 'e2e-event', lang: 'en', teams: [{ name: 'Alpha' }, { name: 'Beta' }, { name: 'Gamma', mode: 'roleLaptops' }] } });
  const ev = await created.json();
  const code = (name: string): string => ev.teams.find((t: { name: string }) => t.name === name).code;

  // The facilitator: the join sheet (a QR code per team, printable), then the start.
  const fac = await laptop(browser, `/#facilitator=${token}`);
  await fac.locator('.open-event').first().click();
  await fac.locator('.print-sheet').click();
  await expect(fac.locator('.join-sheet svg.sheet-qr')).toHaveCount(3);
  await expect(fac.locator('.sheet-card[data-team=Gamma] .sheet-url')).toContainText(`#join=${code('Gamma')}`);
  await expect(fac.locator('.sheet-card[data-team=Gamma]')).toContainText('picks its role');
  expect(await serious(fac)).toEqual([]);
  await fac.emulateMedia({ media: 'print' });
  await expect(fac.locator('.join-sheet .sheet-print')).toBeHidden();
  await expect(fac.locator('.event-name')).toBeHidden();
  await expect(fac.locator('.sheet-card').first()).toBeVisible();
  await fac.emulateMedia({ media: 'screen' });
  await fac.locator('.sheet-close').click();
  await fac.locator('.start-event').click();
  await expect(fac.locator('.event-status')).toHaveAttribute('data-status', 'running');

  // Every laptop joins by code.
  const alpha = await join(browser, code('Alpha'));
  const beta = await join(browser, code('Beta'));
  const g = { AR: await join(browser, code('Gamma'), 'AR'), SR: await join(browser, code('Gamma'), 'SR'), FR: await join(browser, code('Gamma'), 'FR') };

  // Alpha plays week 1 on one laptop, handing over between roles.
  for (const last of [false, false, true]) {
    await playTurn(alpha, 1);
    if (!last) await alpha.locator('.take-turn').click();
  }
  await expect(week(alpha)).toContainText('Week 2');

  // Gamma: each laptop acts for its own role and says it is ready; the week ends when all three are.
  await playTurn(g.AR, 1);
  await expect(g.AR.locator('.wb-ready')).toHaveAttribute('aria-pressed', 'true');
  await expect(g.AR.locator('.workshop-bar')).toHaveAttribute('data-waiting', '0');
  for (const [prev, role] of [['AR', 'SR'], ['SR', 'FR']] as const) {
    // This laptop has caught up with the others' actions (live updates) before it plays.
    await expect(g[prev].locator('.workshop-bar')).toHaveAttribute('data-waiting', '0');
    const theirs = await stateHash(g[prev]);
    await expect.poll(() => stateHash(g[role]), { timeout: 10_000 }).toBe(theirs);
    await expect(g[role].locator('[data-testid=team-roles] li[data-role=AR]')).toHaveAttribute('data-ready', 'true');
    await playTurn(g[role], 1);
  }
  for (const p of Object.values(g)) await expect(week(p)).toContainText('Week 2', { timeout: 10_000 });
  expect(await serious(g.SR)).toEqual([]);

  // Live injects: an announcement in both languages (text, never markup) and a scenario event.
  await fac.locator('.inject-text input[name=zh]').fill('<b>预算</b>冻结');
  await fac.locator('.inject-text input[name=en]').fill('<b>Budget</b> freeze');
  await fac.locator('.inject-send').click();
  await expect(fac.locator('.inject-note')).toContainText('Injected for week 2: 2 team(s)');
  await fac.locator('.inject-event select').selectOption('rival-cut');
  await fac.locator('.inject-fire').click();
  await expect(fac.locator('.inject-list li')).toHaveCount(2);
  expect(await serious(fac)).toEqual([]);
  for (const p of [alpha, g.FR]) {
    await expect(feed(p)).toContainText('Facilitator announcement: <b>Budget</b> freeze', { timeout: 10_000 });
    await expect(feed(p)).toContainText('Facilitator inject — news: Dongyue Instruments cuts its price');
  }
  await expect(feed(beta)).not.toContainText('Facilitator announcement');

  // A week deadline: Beta's first week has run longer than 30 s, so the server ends it — and
  // Beta, now in week 2, gets the injects too. Then a pause covers every screen.
  expect((await api('put', '/pace', { weekSeconds: 30 })).ok()).toBe(true);
  await expect(week(beta)).toContainText('Week 2', { timeout: 40_000 });
  await expect(feed(beta)).toContainText('Facilitator announcement: <b>Budget</b> freeze', { timeout: 10_000 });
  await fac.locator('.pause-event').click();
  for (const p of [alpha, beta, g.AR]) await expect(p.getByTestId('workshop-paused')).toBeVisible({ timeout: 10_000 });
  expect((await api('put', '/pace', { weekSeconds: null })).ok()).toBe(true);
  await fac.locator('.pause-event').click();
  for (const p of [alpha, beta, g.AR]) await expect(p.getByTestId('workshop-paused')).toBeHidden({ timeout: 10_000 });

  // Alpha's connection drops: it plays on, the action waits, and goes when the network is back.
  await alpha.context().setOffline(true);
  await expect(alpha.locator('.workshop-bar')).toHaveAttribute('data-connection', 'offline', { timeout: 15_000 });
  await playTurn(alpha, 1);
  await alpha.locator('.take-turn').click();
  await expect(alpha.locator('.workshop-bar')).not.toHaveAttribute('data-waiting', '0');
  await alpha.context().setOffline(false);
  await expect(alpha.locator('.workshop-bar')).toHaveAttribute('data-waiting', '0', { timeout: 20_000 });
  await expect(alpha.locator('.workshop-bar')).toHaveAttribute('data-connection', 'online');

  // A reload mid-week resumes the same game from the server.
  const before = await stateHash(g.SR);
  const where = await week(g.SR).textContent();
  await g.SR.reload();
  await expect(g.SR.locator('.end-turn')).toBeVisible();
  await expect(week(g.SR)).toHaveText(where!);
  expect(await stateHash(g.SR)).toBe(before);

  // The leaderboard, re-simulated from every log.
  await fac.locator('.show-leaderboard').click();
  await expect(fac.locator('[data-testid=leaderboard] tbody tr')).toHaveCount(3);
  const board = (await (await api('get', '/leaderboard')).json()).standings as { team: string; score: number }[];

  // The end: each team's own debrief link.
  await fac.locator('.end-event').click();
  await expect(fac.locator('.debrief-links li')).toHaveCount(3, { timeout: 10_000 });
  const link = await fac.locator('.debrief-links li[data-team=Gamma] a').getAttribute('href');
  const debrief = await laptop(browser, new URL(link!).hash ? `/${new URL(link!).hash}` : '/');
  await expect(debrief.getByTestId('team-debrief')).toContainText('Team Gamma');
  await expect(debrief.locator('it-debrief')).toBeVisible();

  // The archive: the CLI verifies every team's game and ranks them as the leaderboard did.
  const dir = mkdtempSync(joinPath(tmpdir(), 'its-e2e-archive-'));
  try {
    const [download] = await Promise.all([fac.waitForEvent('download'), fac.locator('.download-archive').click()]);
    const file = joinPath(dir, 'archive.json');
    await download.saveAs(file);
    const rows = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', file, '--json'], { cwd: ROOT, encoding: 'utf8' })) as { file: string; verified: boolean; score: number; injects: unknown[] }[];
    expect(rows.map((r) => r.verified)).toEqual([true, true, true]);
    expect(rows.every((r) => r.injects.length === 2)).toBe(true);
    const byName = (r: { file: string }) => ['Alpha', 'Beta', 'Gamma'].find((n) => r.file.endsWith(`-${n}.json`))!;
    const cli = rows.map((r) => ({ team: byName(r), score: r.score })).sort((a, b) => b.score - a.score || a.team.localeCompare(b.team));
    expect(cli).toEqual(board.map((s) => ({ team: s.team, score: s.score })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await browser.contexts().reduce((p, c) => p.then(() => c.close()), Promise.resolve());
});
