/**
 * `cli texts export|import|missing` (issue 11 item 8): the scenario's texts for a
 * translator as CSV (src/scenario/texts-csv.ts), put back into the YAML in place
 * (src/scenario/texts.ts: comments and layout kept), and the texts missing a language.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { authoringText, languageName, type AuthoringKey, type AuthoringLang, type AuthoringParams } from '../i18n/authoring.ts';
import { importTexts, missingTexts, scenarioTexts } from '../scenario/texts.ts';
import { CsvError, csvToTexts, textsToCsv } from '../scenario/texts-csv.ts';
import { MAX_SCENARIO_BYTES } from '../scenario/load.ts';
import { LangError } from './lint.ts';

export const TEXTS_HELP = `usage: npm run cli -- texts export <scenario> [--out FILE.csv] [--lang zh|en]
       npm run cli -- texts import <scenario> <FILE.csv> [--lang zh|en]
       npm run cli -- texts missing <scenario> [--lang zh|en]

The translation workflow. "export" writes every {zh, en} text of the scenario, keyed by
its YAML path (customers[0].name), as CSV with the columns path, zh, en (UTF-8 with a
byte-order mark, every cell quoted; a cell starting with = + - @ gets a leading
apostrophe so a spreadsheet never runs it as a formula). "import" puts the translated
cells back into the scenario file in place: only the changed texts are rewritten, every
comment and the layout stay; a blank cell leaves the text as it is; a row whose path is
not a text of the scenario is named, and the rest are still imported (exit 1).
"missing" lists the texts blank or absent in either language (exit 1 when any).
  --out FILE  write the CSV there instead of printing it
  --lang      language of the messages (default en)`;

function readText(file: string, lang: AuthoringLang): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new LangError(`${file}: ${authoringText(lang, 'check.fileNotFound')}`);
  }
  if (size > MAX_SCENARIO_BYTES) throw new LangError(`${file}: ${authoringText(lang, 'texts.fileTooBig', { kib: Math.ceil(size / 1024), max: MAX_SCENARIO_BYTES / 1024 })}`);
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

export function cmdTexts(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, lang: { type: 'string' } } });
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new LangError('--lang must be "en" or "zh"');
  const lang: AuthoringLang = values.lang === 'zh' ? 'zh' : 'en';
  const say = (key: AuthoringKey, params?: AuthoringParams) => authoringText(lang, key, params);
  const [sub, file, csvFile] = positionals;
  if (!file || !['export', 'import', 'missing'].includes(sub ?? '') || (sub === 'import' && !csvFile)) throw new LangError(TEXTS_HELP);
  const text = readText(file, lang);
  const entries = scenarioTexts(text);
  if (!entries) throw new LangError(`${file}: ${say('texts.yaml')}`);

  if (sub === 'export') {
    const csv = textsToCsv(entries);
    if (values.out) {
      writeFileSync(values.out, csv);
      console.error(say('texts.exported', { count: entries.length, file: values.out }));
    } else process.stdout.write(csv);
    return 0;
  }

  if (sub === 'missing') {
    const missing = missingTexts(entries);
    for (const m of missing) console.log(`${file}:${m.line}  ${m.path}.${m.lang}\n    ${say('texts.missing', { language: languageName(lang, m.lang) })}`);
    console.log(missing.length ? say('texts.missingCount', { count: missing.length }) : say('texts.missingNone', { count: entries.length }));
    return missing.length ? 1 : 0;
  }

  let rows: ReturnType<typeof csvToTexts>;
  try {
    rows = csvToTexts(readText(csvFile!, lang));
  } catch (e) {
    if (e instanceof CsvError) throw new LangError(`${csvFile}: ${say(e.code, { row: e.row })}`);
    throw e;
  }
  const r = importTexts(text, rows);
  for (const p of r.problems) console.error(`${csvFile}: ${say(p.code, { row: p.row, path: p.path ?? '' })}`);
  if (r.changed.length) {
    writeFileSync(file, r.text);
    console.log(say('texts.imported', { changed: r.changed.length, file }));
  } else if (!r.problems.length) console.log(say('texts.nothing'));
  return r.problems.length ? 1 : 0;
}
