/**
 * The workshop in a browser (issue 12): the real server (`npm run serve`, SQLite in a temp
 * folder, serving the built app) on its own port. An event made through the API; the
 * facilitator's dashboard starts it; a team joins by code in another browser context,
 * plays a week through the UI (every action acknowledged by the server), the dashboard
 * shows its week and actions, a pause covers the team's screen until resumed, and a
 * reload resumes the same game from the server's log.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, playTurn, stateHash } from './helpers.ts';

const PORT = Number(process.env.WORKSHOP_E2E_PORT ?? 4194);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | null = null;
let dataDir = '';
let token = '';

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // The app is built by the Playwright config's webServer (npm run build) before any spec runs.
  expect(existsSync(join(ROOT, 'dist', 'index.html')), 'dist/ is built').toBe(true);
  dataDir = mkdtempSync(join(tmpdir(), 'its-e2e-workshop-'));
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(PORT), '--host', '127.0.0.1', '--data', dataDir, '--dist', 'dist'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  token = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the workshop server did not start:\n${out}`)), 60_000);
    const seen = (d: Buffer) => {
      out += d.toString();
      const m = /Bearer\): (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    server!.stdout!.on('data', seen);
    server!.stderr!.on('data', seen);
    server!.on('exit', (code) => reject(new Error(`the workshop server exited (${code}):\n${out}`)));
  });
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A first visit in English, with the first-week guide off. */
async function english(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem('iron-triangle.lang', 'en');
    localStorage.setItem('iron-triangle.guide', 'off');
  });
}

test('a facilitator starts an event, a team joins by code, plays a week, is paused, and resumes after a reload', async ({ browser, request }) => {
  const auth = { authorization: `Bearer ${token}` };
  const created = await request.post(`${BASE}/api/events`, { headers: auth, data: { name: 'E2E workshop', scenario: { id: 'tutorial' }, seed: 'e2e-ws', lang: 'en', weekSeconds: 900, teams: [{ name: 'Alpha <b>' }, { name: 'Beta' }] } });
  expect(created.status()).toBe(201);
  const ev = await created.json();
  const alpha = ev.teams.find((t: { name: string }) => t.name === 'Alpha <b>');

  // The facilitator's dashboard: open the event and start it.
  const facCtx = await browser.newContext();
  const fac = await facCtx.newPage();
  await english(fac);
  await fac.goto(`${BASE}/#facilitator=${token}`);
  await fac.locator('.open-event').first().click();
  await expect(fac.locator('.event-name')).toHaveText('E2E workshop');
  await fac.locator('.start-event').click();
  await expect(fac.locator('.event-status')).toHaveAttribute('data-status', 'running');
  // A team's name is text, never markup.
  await expect(fac.locator('tr[data-team="Alpha <b>"] td').first()).toHaveText('Alpha <b>');

  // A team joins by code on its own laptop (another browser context).
  const teamCtx = await browser.newContext();
  const team = await teamCtx.newPage();
  await english(team);
  await team.goto(`${BASE}/#join`);
  await team.locator('.workshop-join input[name=code]').fill(alpha.code.toLowerCase());
  await team.locator('.join-go').click();
  await expect(team.locator('.end-turn')).toBeVisible();
  const bar = team.locator('.workshop-bar');
  await expect(bar).toHaveAttribute('data-connection', 'online');
  await expect(team.getByTestId('week-countdown')).toContainText(/Time left this week: 1[45]:\d\d/);

  // A week through the UI: AR and SR act and hand over, FR ends the week.
  await playTurn(team, 2);
  await team.locator('.take-turn').click();
  await playTurn(team, 2);
  await team.locator('.take-turn').click();
  await playTurn(team, 1);
  await team.locator('.take-turn').click();
  await expect(team.locator('.where')).toContainText('Week 2');
  await expect(bar).toHaveAttribute('data-waiting', '0');
  const hash = await stateHash(team);

  // Every action reached the server, which computed the same game.
  const view = await (await request.get(`${BASE}/api/teams/${alpha.id}`, { headers: { authorization: `Bearer ${await team.evaluate((id) => JSON.parse(localStorage.getItem(`iron-triangle.workshop.event.${id}`)!).token, ev.id)}` } })).json();
  expect(view.game.week).toBe(2);
  expect(view.game.hash).toBe(hash);
  const actions = view.game.next as number;
  expect(actions).toBeGreaterThan(1);

  // The dashboard shows it (polled every 2.5 s).
  const row = fac.locator('tr[data-team="Alpha <b>"]');
  await expect(row.locator('.t-week')).toHaveText('2');
  await expect(row.locator('.t-actions')).toHaveText(String(actions));

  // Pause for everyone: the team's screen is covered until the facilitator resumes.
  await fac.locator('.pause-event').click();
  await expect(team.getByTestId('workshop-paused')).toBeVisible({ timeout: 10_000 });
  await fac.locator('.pause-event').click();
  await expect(team.getByTestId('workshop-paused')).toBeHidden({ timeout: 10_000 });

  // A reload resumes the same game from the server's log, without the code again.
  await team.reload();
  await expect(team.locator('.end-turn')).toBeVisible();
  await expect(team.locator('.where')).toContainText('Week 2');
  expect(await stateHash(team)).toBe(hash);
  await expect(team.locator('.workshop-bar')).toHaveAttribute('data-connection', 'online');

  // The leaderboard and the projector view list both teams.
  await fac.locator('.show-projector').click();
  await expect(fac.locator('.projector [data-testid=leaderboard] tbody tr')).toHaveCount(2);
  await fac.locator('.projector .close').click();

  await teamCtx.close();
  await facCtx.close();
});
