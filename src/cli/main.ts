/**
 * `npm run cli -- <command>`: check scenarios, let bots play, verify saves, print the
 * schema. Errors are one screen of plain text and an exit code — never a stack trace.
 */
import '../i18n/all.ts'; // both languages: the CLI speaks either (--lang)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Scenario } from '../scenario/schema.ts';
import { formatIssues } from '../scenario/load.ts';
import { loadScenarioFile } from './scenario-files.ts';
import { computeKpis, computeScore, replay, stateHash, type Kpis } from '../engine/index.ts';
import { botsFor, botByName, ablationName, playGame, STRATEGIES, BEHAVIOURS } from '../bots/index.ts';
import { runBalance, formatReport, prepareBalanceWorker, progressBar } from './balance.ts';
import { DEFAULT_SEARCH, formatExploits, runExploits } from './exploits.ts';
import { BALANCE_REPORT_HELP, cmdBalanceReport, ReportUsageError } from './balance-report.ts';
import { LIBRARY, classify } from './exploit-library.ts';
import { MAX_SAVE_BYTES, cleanText, makeSave } from '../save/format.ts';
import { debriefReportThreaded, formatDebrief } from './debrief.ts';
import { FileProblem, formatVerifyTable, loadVerified, terminalSafeJson, verifyFiles } from './verify.ts';
import { cmdCheckFiles, cmdLint, LangError, LINT_HELP } from './lint.ts';
import { coachReport, formatCoachReport } from './coach.ts';
import { cmdTexts, TEXTS_HELP } from './texts.ts';

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `Iron Triangle Sandbox CLI

usage: npm run cli -- <command> [options]

commands:
  check <files…> [--lang zh|en]      validate scenario files (exit 1 with precise errors)
  lint <files…> [--lang zh|en] [--strict] [--runs N]
                                     warnings about valid but probably unintended content;
                                     --runs: also content that never fires in N bot games
  play <scenario> --seed S --strategy NAME [--json] [--save FILE]
                                     a whole game played by bots
  verify <files…> [--seed S] [--finished] [--json] [--scenario F]
                                     re-simulate saves (competition entries): one line per
                                     file with its score and par's; exit 1 if any is refused
  debrief <save.json> [--json] [--lang zh|en]
                                     scorecard vs targets, par and siloed; turning points
  balance <scenario> --runs N --strategies a,b [--without x,y] [--json]
                                     paired-seed bot runs on all cores; KPI means and 95% intervals
  balance <scenario> --report [--runs N] [--card id=option] [--out FILE.md] [--json] [--lang zh|en]
                                     the balance report: targets, objectives, content, dead content
  exploits <scenario> [--runs N] [--json] [--out FILE.md]
                                     one-dimensional strategies and a knob search vs par; exit 1
                                     when a strategy that does less beats par
  coach <scenario> [--roles AR,SR,FR] [--seeds N] [--json]
                                     one role follows the coach (智慧小玄), the others par; vs par
  texts export|import|missing <scenario> [FILE.csv] [--out FILE.csv]
                                     the translation workflow: texts to CSV and back, gaps
  schema                             print the scenario JSON Schema

run "npm run cli -- <command> --help" for a command's options.`,
  check: `usage: npm run cli -- check <files…> [--lang zh|en]

Validates each scenario file (YAML or JSON). Prints file:line:column, the field and
what was expected for every problem, in the language of --lang (default en). Exit 0
when all files are valid, 1 otherwise.`,
  lint: LINT_HELP,
  texts: TEXTS_HELP,
  play: `usage: npm run cli -- play <scenario-file> --seed S --strategy NAME [--json] [--save FILE]

  --seed S         any string; the same seed and strategy give the same game
  --strategy NAME  bots for all three roles: ${STRATEGIES.join(', ')}
  --without B,…    with iron-triangle: switch behaviours off (${BEHAVIOURS.join(', ')})
  --json           print {scenario, seed, strategy, weeks, kpis, score, stateHash}
  --save FILE      write the game as a save file that "verify" can check`,
  verify: `usage: npm run cli -- verify <save.json|archive.json…> [--seed S] [--finished] [--json] [--scenario FILE]

Re-simulates each save's action log from its seed (and the game a "what if" branch came
from) and compares the state hash after every week. Prints one line per file: verdict,
seed, weeks played, score and par's score (the iron-triangle bots on the same seed). A
game saved partway is scored "at week N" beside par at week N — never as a whole year.
Exit 0 when every file is verified, 1 when any is refused (each with its reason).
  --seed S      refuse a game played on any other seed (the event's seed)
  --finished    refuse a game that is not finished
  --json        print an array, one object per file: {file, verified, reason, scenario,
                seed, finished, weeks, weeksTotal, actions, score, par, atWeek, kpis, stateHash}
  --scenario F  the scenario file (default: the bundled scenario with the save's id)
Files over ${MAX_SAVE_BYTES / 1_000_000} MB are refused unread. A verified file proves a legal game on its
seed, not who played it: the workshop server witnesses that.
For a workshop: npm run cli -- verify entries/*.json --seed S --finished`,
  coach: `usage: npm run cli -- coach <scenario-file> [--roles AR,SR,FR] [--seeds N] [--seed-prefix P] [--json]

For each role, plays each seed (P1 … PN, default coach-1 … coach-10) with that role
following the coach's first suggestion every time and the other two roles played by
par bots, and prints its score beside par's (all three roles par bots) on the seed.`,
  debrief: `usage: npm run cli -- debrief <save.json> [--scenario FILE] [--json] [--lang zh|en]

Re-simulates the save (it must verify), then prints the scorecard — every KPI against
the scenario's targets, par (iron-triangle bots) and the siloed bots on the same seed —
and the five turning points: the decisions whose replacement by par's choice changes the
score most, with the change and the consequence that explains it.
  --json   {scenario, seed, humanRoles, scorecard: {rows}, turningPoints: {points, candidates, seconds}}
  --lang   language of the report (default en)`,
  balance: `usage: npm run cli -- balance <scenario-file> --runs N --strategies a,b,… [--without x,y] [--json]

Every strategy plays the same N seeds (paired, so luck cancels), on all cores, with a
progress bar on stderr. Prints each KPI's mean and 95% interval per strategy.
  --strategies  any of: ${STRATEGIES.join(', ')}, or iron-triangle-without-<behaviour>
  --without     adds iron-triangle ablations, one per behaviour (${BEHAVIOURS.join(', ')}),
                with paired differences against iron-triangle
  --seed-prefix seeds are <prefix>0 … <prefix>N-1 (default "b")
  --json        {scenario, runs, strategies: {name: {kpi: {mean, lo, hi, n}}}, differences}

${BALANCE_REPORT_HELP}`,
  exploits: `usage: npm run cli -- exploits <scenario-file> [--runs N] [--json] [--seed-prefix P] [--out FILE.md]

Looks for play that beats par (the iron-triangle bots) along one dimension. Every
strategy of a library — par with ONE thing skipped or overdone: terms:prepaid|advance|
standard|loose, discount:0…3000, no-visits, visits:alone, no-discovery, no-design,
no-fr-check, bid-at-once, no-service, late-service, no-cash-work, no-credit-check,
marketing-only, marketing:always|never, do-nothing, siloed+prepaid, minimal+prepaid, … —
and the best knob settings of a cross-entropy search play the same N seeds as par
(paired), on all cores, with a progress line on stderr. Reports each strategy's mean
score, its paired score difference with par (95% interval), seeds better/worse, and the
KPIs where it beats par; flags every strategy whose interval lies above 0, separated into
"doing less" (a bug in the world) and "playing differently" (a candidate new par).
Exit 1 when a strategy that does less beats par, 0 otherwise.
  --runs N          seeds per strategy (default 200)
  --seed-prefix P   seeds are P0 … P(N-1) (default "b")
  --json            print the machine-readable report
  --out FILE.md     also write the report as markdown
  --only a,b        play only these library strategies (names as listed by --list)
  --list            print the library (name, less/different, description) and exit
  --no-search       skip the knob search
  --generations G   search generations (default ${DEFAULT_SEARCH.generations}); --population P candidates per
                    generation (default ${DEFAULT_SEARCH.population}); --search-seeds S seeds per candidate
                    (default ${DEFAULT_SEARCH.seeds}); --recheck K best per search re-checked on all seeds (default ${DEFAULT_SEARCH.recheck})
  --search less,any which searches: knobs limited to par's values and doing-less ones, or any value
  --baseline NAME   compare with another strategy instead of iron-triangle
  --workers W       worker threads (default: all cores)`,
  schema: `usage: npm run cli -- schema

Prints the JSON Schema of scenario files (committed as scenarios/scenario.schema.json).`,
};

export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(Scenario, { io: 'input' });
}

function loadOrThrow(path: string) {
  const r = loadScenarioFile(path);
  if (!r.ok) throw new UsageError(formatIssues(r.issues));
  return r;
}

function formatKpis(k: Kpis, score: number): string {
  // A rate with nothing to measure prints as "—" (not measured), never as 0 or 100%.
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const days = (x: number | null, digits = 1) => (x === null ? '—' : `${x.toFixed(digits)} days`);
  const money = (x: number) => x.toLocaleString('en-US');
  return [
    `win rate           ${pct(k.winRate)}  (${k.bidsWon}/${k.bidsDecided} bids)`,
    `revenue            ${money(k.revenue)} yuan`,
    `gross margin       ${pct(k.grossMarginPct)}`,
    `invoiced/collected ${money(k.invoiced)} / ${money(k.collected)} yuan (${pct(k.collectedPct)})`,
    `order→cash cycle   ${days(k.collectionCycleDays)}   DSO ${days(k.dsoDays)}`,
    `bad debt           ${money(k.badDebt)} yuan`,
    `satisfaction       ${k.csat === null ? '—' : k.csat.toFixed(1)}   complaint rate ${pct(k.complaintRate)}`,
    `document cycle     ${days(k.docCycleDays, 2)}`,
    `score              ${score}`,
  ].join('\n');
}

function cmdPlay(args: string[]): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { seed: { type: 'string' }, strategy: { type: 'string', default: 'random' }, without: { type: 'string' }, json: { type: 'boolean', default: false }, save: { type: 'string' } },
  });
  if (values.without) values.strategy = `${values.strategy}-without-${values.without.split(',').join('+')}`;
  const file = positionals[0];
  if (!file || values.seed === undefined) throw new UsageError(HELP.play!);
  const bots = botsFor(values.strategy!);
  if (!bots) throw new UsageError(`unknown strategy "${values.strategy}"; choose one of: ${STRATEGIES.join(', ')}`);
  const { scenario, contentHash } = loadOrThrow(file);
  const { state, log } = playGame(scenario, values.seed, bots);
  const kpis = computeKpis(scenario, state);
  const score = computeScore(scenario, kpis);
  const hash = stateHash(state);
  if (values.save) {
    const r = replay(scenario, values.seed, log);
    const save = makeSave(scenario, contentHash, values.seed, log, r.weekHashes, r.state, { AR: values.strategy!, SR: values.strategy!, FR: values.strategy! });
    writeFileSync(values.save, JSON.stringify(save, null, 1) + '\n');
  }
  if (values.json) {
    console.log(JSON.stringify({ scenario: scenario.id, seed: values.seed, strategy: values.strategy, weeks: scenario.weeks, kpis, score, stateHash: hash }));
  } else {
    console.log(`${scenario.id} · seed ${values.seed} · ${values.strategy} · ${scenario.weeks} weeks · ${log.length} actions\n${formatKpis(kpis, score)}\nstate ${hash}`);
  }
  return 0;
}

function cmdVerify(args: string[]): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { scenario: { type: 'string' }, json: { type: 'boolean', default: false }, seed: { type: 'string' }, finished: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError(HELP.verify!);
  const { rows, code } = verifyFiles(positionals, { seed: values.seed, finished: values.finished, scenario: values.scenario });
  console.log(values.json ? terminalSafeJson(rows) : formatVerifyTable(rows));
  return code;
}

async function cmdDebrief(args: string[], options: CliOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { scenario: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError(HELP.debrief!);
  if (values.lang !== 'en' && values.lang !== 'zh') throw new UsageError('--lang must be "en" or "zh"');
  let loaded: ReturnType<typeof loadVerified>;
  try {
    loaded = loadVerified(file, values.scenario);
  } catch (e) {
    if (e instanceof FileProblem) throw new UsageError(`${cleanText(file)}: REFUSED — ${cleanText(e.message)}`);
    throw e;
  }
  const { save, scenario, verified: v } = loaded;
  if (!v.ok) {
    console.error(`${cleanText(file)}: REFUSED — ${cleanText(v.message)}; a debrief needs a save that re-simulates exactly`);
    return 1;
  }
  const report = await debriefReportThreaded(scenario, save, options.debriefWorker);
  if (values.json) console.log(terminalSafeJson(report));
  else console.log(formatDebrief(values.lang, scenario, report, () => v.state));
  return 0;
}

function cmdCoach(args: string[]): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { roles: { type: 'string', default: 'AR,SR,FR' }, seeds: { type: 'string', default: '10' }, 'seed-prefix': { type: 'string', default: 'coach-' }, json: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  const n = Number(values.seeds);
  const roles = values.roles!.split(',');
  if (!file || !Number.isInteger(n) || n < 1 || n > 10_000 || !roles.every((r) => r === 'AR' || r === 'SR' || r === 'FR')) throw new UsageError(HELP.coach!);
  const { scenario } = loadOrThrow(file);
  const seeds = Array.from({ length: n }, (_, i) => `${values['seed-prefix']}${i + 1}`);
  const report = coachReport(scenario, roles as ('AR' | 'SR' | 'FR')[], seeds);
  console.log(values.json ? JSON.stringify(report) : formatCoachReport(report));
  return 0;
}

async function cmdBalance(args: string[]): Promise<number> {
  if (args.includes('--report')) {
    try {
      return await cmdBalanceReport(args, (f) => loadOrThrow(f).scenario);
    } catch (e) {
      throw e instanceof ReportUsageError ? new UsageError(e.message) : e;
    }
  }
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { runs: { type: 'string', default: '100' }, strategies: { type: 'string', default: 'siloed,iron-triangle' }, without: { type: 'string' }, json: { type: 'boolean', default: false }, 'seed-prefix': { type: 'string' }, workers: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError(HELP.balance!);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 2 || runs > 1_000_000) throw new UsageError('--runs must be a whole number from 2 to 1000000');
  const strategies = values.strategies!.split(',').filter(Boolean);
  const pairs: Record<string, string> = {};
  for (const b of values.without?.split(',').filter(Boolean) ?? []) {
    if (!(BEHAVIOURS as readonly string[]).includes(b)) throw new UsageError(`unknown behaviour "${b}"; choose from: ${BEHAVIOURS.join(', ')}`);
    const name = ablationName(b);
    strategies.push(name);
    pairs[name] = 'iron-triangle';
  }
  if (Object.keys(pairs).length && !strategies.includes('iron-triangle')) strategies.unshift('iron-triangle');
  for (const s of strategies) if (!botByName(s)) throw new UsageError(`unknown strategy "${s}"; choose one of: ${STRATEGIES.join(', ')}`);
  void prepareBalanceWorker(); // built by esbuild while the scenario is parsed
  const { scenario } = loadOrThrow(file);
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastPrinted = -1;
  const report = await runBalance({
    file, text: readFileSync(file, 'utf8'), scenario, scenarioId: scenario.id, runs, strategies, pairs,
    seedPrefix: values['seed-prefix'], workers: values.workers ? Number(values.workers) : undefined,
    progress: (done, total) => {
      const pct = Math.floor((done / total) * 100);
      if (tty) process.stderr.write(progressBar(done, total, started));
      else if (pct >= lastPrinted + 10 || done === total) {
        lastPrinted = pct;
        process.stderr.write(`${progressBar(done, total, started).slice(1)}\n`);
      }
    },
  });
  if (tty) process.stderr.write('\n');
  console.log(values.json ? JSON.stringify(report) : formatReport(report));
  return 0;
}

async function cmdExploits(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: {
      runs: { type: 'string', default: '200' }, json: { type: 'boolean', default: false }, 'seed-prefix': { type: 'string' }, out: { type: 'string' },
      only: { type: 'string' }, list: { type: 'boolean', default: false }, 'no-search': { type: 'boolean', default: false },
      generations: { type: 'string' }, population: { type: 'string' }, 'search-seeds': { type: 'string' }, recheck: { type: 'string' }, search: { type: 'string' },
      baseline: { type: 'string' }, workers: { type: 'string' },
    },
  });
  if (values.list) {
    for (const e of LIBRARY) console.log(`${e.name.padEnd(24)} ${classify(e.style).padEnd(10)} ${e.description}`);
    return 0;
  }
  const file = positionals[0];
  if (!file) throw new UsageError(HELP.exploits!);
  const whole = (name: string, v: string | undefined, fallback: number, min: number, max: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  const runs = whole('runs', values.runs, 200, 2, 1_000_000);
  const only = values.only?.split(',').filter(Boolean);
  for (const n of only ?? []) if (!LIBRARY.some((e) => e.name === n)) throw new UsageError(`unknown library strategy "${n}"; see --list`);
  const modes = (values.search ?? DEFAULT_SEARCH.modes.join(',')).split(',').filter(Boolean);
  for (const m of modes) if (m !== 'less' && m !== 'any') throw new UsageError(`--search takes "less", "any" or both, not "${m}"`);
  if (values.baseline && !botByName(values.baseline)) throw new UsageError(`unknown strategy "${values.baseline}"; choose one of: ${STRATEGIES.join(', ')}`);
  const search = values['no-search'] || modes.length === 0 ? null : {
    modes: modes as ('less' | 'any')[],
    generations: whole('generations', values.generations, DEFAULT_SEARCH.generations, 1, 100),
    population: whole('population', values.population, DEFAULT_SEARCH.population, 2, 1000),
    seeds: whole('search-seeds', values['search-seeds'], DEFAULT_SEARCH.seeds, 1, 1_000_000),
    recheck: whole('recheck', values.recheck, DEFAULT_SEARCH.recheck, 0, 100),
  };
  const { scenario } = loadOrThrow(file);
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastPrinted = -1;
  const report = await runExploits({
    file, text: readFileSync(file, 'utf8'), scenarioId: scenario.id, runs, seedPrefix: values['seed-prefix'], only, search,
    baseline: values.baseline, workers: values.workers ? whole('workers', values.workers, 1, 1, 256) : undefined,
    progress: (done, total, phase) => {
      const pct = Math.floor((done / total) * 100);
      const line = `${progressBar(done, total, started)}  ${phase}`;
      if (tty) process.stderr.write(`${line}\x1b[K`);
      else if (pct >= lastPrinted + 10 || done === total) {
        lastPrinted = pct;
        process.stderr.write(`${line.slice(1)}\n`);
      }
    },
  });
  if (tty) process.stderr.write('\n');
  const md = formatExploits(report);
  if (values.out) writeFileSync(values.out, md);
  console.log(values.json ? JSON.stringify(report) : md);
  return report.findings.less.length ? 1 : 0;
}

/** What the prebuilt bundle adds (scripts/cli-bundle.mjs): the debrief's worker script (without it the debrief runs on one thread). */
export interface CliOptions { debriefWorker?: URL }

export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      console.log(HELP.main);
      return cmd ? 0 : 1;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      console.log(HELP[cmd] ?? HELP.main);
      return HELP[cmd] ? 0 : 1;
    }
    switch (cmd) {
      case 'check': return cmdCheckFiles(rest, HELP.check!);
      case 'lint': return await cmdLint(rest);
      case 'play': return cmdPlay(rest);
      case 'verify': return cmdVerify(rest);
      case 'debrief': return await cmdDebrief(rest, options);
      case 'balance': return await cmdBalance(rest);
      case 'exploits': return await cmdExploits(rest);
      case 'coach': return cmdCoach(rest);
      case 'texts': return cmdTexts(rest);
      case 'schema':
        console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
        return 0;
      default:
        throw new UsageError(`unknown command "${cmd}"\n\n${HELP.main}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof LangError) console.error(e.message);
    else if (e instanceof TypeError && /parseArgs|option/i.test(String((e as { code?: string }).code ?? e.message))) console.error(`${e.message}\n\n${HELP[cmd ?? 'main'] ?? HELP.main}`);
    else console.error(`internal error: ${cleanText((e as Error).message).slice(0, 300)}\nplease report this with the command you ran.`);
    return 1;
  }
}

if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
