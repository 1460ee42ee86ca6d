/**
 * `npm run role-activity [-- --seeds N]`: does every role have a job every week?
 *
 * Plays both bundled scenarios with the par bots (`iron-triangle`) on N seeds (default
 * 50) and reports, per role, the share of weeks in which
 *  - `legal`: the role had at least one meaningful legal action when its turn began
 *    (a `legalActions` entry other than `endWeek`, in par's game, after the roles before
 *    it in the week had played);
 *  - `in play`: the same, without the standing offers that are legal whatever happens in
 *    the world (untargeted or targeted marketing, spare-parts orders, blacklisting and
 *    credit checks, and a technical exchange at a customer where nothing is in play):
 *    work on something actually in play — a lead, an opportunity, an order, a ticket, an
 *    invoice, a card or an installed customer;
 *  - `par acted`: par actually took at least one action of that role that week.
 * Also the same measured at the start of the week, before any bot played (what a person
 * holding the role in solo would see if the bots left their days alone).
 */
import { join } from 'node:path';
import { loadScenarioFile, SCENARIO_DIR } from '../src/cli/scenario-files.ts';
import { applyActionInPlace, createGame, legalActions, type Action, type GameState, type Role } from '../src/engine/index.ts';
import { botByName, botDice, playTurn } from '../src/bots/index.ts';
import { ROLES, type Scenario } from '../src/scenario/schema.ts';

const STANDING = new Set<Action['kind']>(['marketing', 'orderParts', 'blacklist', 'creditCheck']);
const arg = process.argv.indexOf('--seeds');
const SEEDS = arg > 0 ? Number(process.argv[arg + 1]) : 50;
const STRATEGY = 'iron-triangle';

type Counts = Record<Role, { weeks: number; legal: number; inPlay: number; weekStartLegal: number; weekStartInPlay: number; acted: number }>;

/** Does the customer have an open lead, an open opportunity or an order with us? */
function engaged(s: GameState, customer: string): boolean {
  return (
    Object.values(s.leads).some((l) => l.customer === customer && (l.grade === 'primary' || l.grade === 'credible')) ||
    Object.values(s.opportunities).some((o) => o.customer === customer && (o.status === 'open' || o.status === 'bidding')) ||
    Object.values(s.orders).some((o) => o.customer === customer)
  );
}

function meaningful(sc: Scenario, s: GameState, role: Role): { legal: boolean; inPlay: boolean } {
  const acts = legalActions(sc, s, role).filter((a) => a.kind !== 'endWeek');
  const inPlay = (a: Action) => !STANDING.has(a.kind) && (a.kind !== 'technicalExchange' || engaged(s, a.customer));
  return { legal: acts.length > 0, inPlay: acts.some(inPlay) };
}

function measure(sc: Scenario): Counts {
  const bot = botByName(STRATEGY)!;
  const c = Object.fromEntries(ROLES.map((r) => [r, { weeks: 0, legal: 0, inPlay: 0, weekStartLegal: 0, weekStartInPlay: 0, acted: 0 }])) as Counts;
  for (let i = 1; i <= SEEDS; i++) {
    const seed = `activity-${i}`;
    const state = createGame(sc, seed);
    const dice = Object.fromEntries(ROLES.map((r) => [r, botDice(seed, r, STRATEGY)])) as Record<Role, ReturnType<typeof botDice>>;
    while (!state.finished) {
      for (const role of ROLES) {
        const m = meaningful(sc, state, role);
        if (m.legal) c[role].weekStartLegal++;
        if (m.inPlay) c[role].weekStartInPlay++;
      }
      for (const role of ROLES) {
        const m = meaningful(sc, state, role);
        c[role].weeks++;
        if (m.legal) c[role].legal++;
        if (m.inPlay) c[role].inPlay++;
        const done = playTurn(sc, state, role, bot, dice[role]);
        if (done.length > 0) c[role].acted++;
      }
      applyActionInPlace(sc, state, { kind: 'endWeek' }, true, true);
    }
  }
  return c;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(0)}%`.padStart(5);
console.log(`Role activity with ${STRATEGY} on ${SEEDS} seeds (share of weeks)\n`);
console.log('scenario  role  legal  in play  par acted  | at week start: legal  in play');
for (const id of ['tutorial', 'flagship']) {
  const r = loadScenarioFile(join(SCENARIO_DIR, `${id}.yaml`));
  if (!r.ok) throw new Error(`${id} does not load`);
  const c = measure(r.scenario);
  for (const role of ROLES) {
    const x = c[role];
    console.log(`${id.padEnd(9)} ${role.padEnd(4)} ${pct(x.legal, x.weeks)}  ${pct(x.inPlay, x.weeks)}    ${pct(x.acted, x.weeks)}      |                ${pct(x.weekStartLegal, x.weeks)}    ${pct(x.weekStartInPlay, x.weeks)}`);
  }
}
