/**
 * The workshop in a browser (issue 12): the real server (`npm run serve`, SQLite in a temp
 * folder, serving the built app) on its own port. An event made through the API; the
 * facilitator's dashboard starts it; a team joins by code in another browser context,
 * plays a week through the UI (every action acknowledged by the server), the dashboard
 * shows its week and actions, a pause covers the team's screen until resumed, and a
 * reload resumes the same game from the server's log.
 */
import { test, expect } from '@playwright/test';
import { playTurn, stateHash } from './helpers.ts';
import { BASE, firstVisit as english, startWorkshopServer, type WorkshopServer } from './workshop-server.ts';

let server: WorkshopServer | null = null;
let token = '';

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startWorkshopServer();
  token = server.token;
});

test.afterAll(async () => {
  server?.stop();
});

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
