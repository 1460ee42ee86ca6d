/**
 * `cli check` and `cli lint` for instructors: errors and warnings with file:line:column,
 * the field and a hint, in zh or en (`--lang`). Lint warnings exit 0 unless `--strict`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatIssues } from '../scenario/load.ts';
import { lintScenarioText } from '../scenario/lint.ts';
import { loadScenarioFile } from './scenario-files.ts';
import { authoringText, type AuthoringLang } from '../i18n/authoring.ts';
import { runBalanceReport } from './balance-report.ts';

export const LINT_HELP = `usage: npm run cli -- lint <files…> [--lang zh|en] [--strict] [--runs N]

Checks each scenario file like "check", then warns about what is valid but probably
not meant: unit cost at or above the list price, a budget no bid can meet, a start week
after the end, customers with no leads or who can never pass admission, references to
stakeholders who have left, a role left with no days, blank or untranslated texts, and
triggers that can never fire. Exit 1 on errors (or, with --strict, on warnings), else 0.
  --lang     language of the messages (default en)
  --strict   warnings make the exit code 1
  --runs N   also play the balance report's games (N paired seeds per variant, all
             cores) and warn about events, cards and leads that never fired in any`;

export class LangError extends Error {}

function langOf(v: string | undefined): AuthoringLang {
  if (v === undefined || v === 'en') return 'en';
  if (v === 'zh') return 'zh';
  throw new LangError('--lang must be "en" or "zh"');
}

export function cmdCheckFiles(args: string[], help: string): number {
  const { values, positionals: files } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' } } });
  const lang = langOf(values.lang);
  if (files.length === 0) throw new LangError(help);
  let bad = 0;
  for (const f of files) {
    const r = loadScenarioFile(f, lang);
    if (r.ok) {
      const s = r.scenario;
      console.log(`${authoringText(lang, 'label.ok')}  ${f}  (${authoringText(lang, 'label.checked', { id: s.id, version: s.version, customers: s.customers.length, leads: s.leads.length, weeks: s.weeks })})`);
    } else {
      bad++;
      console.error(formatIssues(r.issues, lang));
    }
  }
  return bad ? 1 : 0;
}

export async function cmdLint(args: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, strict: { type: 'boolean', default: false }, runs: { type: 'string' }, workers: { type: 'string' } } });
  const lang = langOf(values.lang);
  if (files.length === 0) throw new LangError(LINT_HELP);
  const runs = values.runs === undefined ? 0 : Number(values.runs);
  if (values.runs !== undefined && (!Number.isInteger(runs) || runs < 2 || runs > 100_000)) throw new LangError('--runs must be a whole number from 2 to 100000');
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    const loaded = loadScenarioFile(f, lang);
    if (!loaded.ok) {
      errors++;
      console.error(formatIssues(loaded.issues, lang));
      continue;
    }
    // Dead content is measured: the balance report's games (no exploit library: it adds no content).
    const measured = runs
      ? await runBalanceReport({ scenario: loaded.scenario, runs, exploitRuns: 0, workers: values.workers ? Number(values.workers) : undefined }).then((r) => ({ dead: r.dead, games: r.games }))
      : undefined;
    const r = lintScenarioText(readFileSync(f, 'utf8'), f, lang, measured);
    if (!r.ok) {
      errors++;
      console.error(formatIssues(r.issues, lang));
      continue;
    }
    warnings += r.warnings.length;
    if (r.warnings.length) console.log(formatIssues(r.warnings, lang));
    else console.log(`${authoringText(lang, 'label.ok')}  ${f}  (${authoringText(lang, 'label.clean')})`);
  }
  console.log(authoringText(lang, 'label.summary', { files: files.length, errors, warnings }));
  return errors || (values.strict && warnings) ? 1 : 0;
}
