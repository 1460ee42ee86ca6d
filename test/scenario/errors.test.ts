/**
 * Issue 11 item 3: a corpus of the mistakes instructors typically make, each reported as
 * exactly one located message (no cascade), in zh and in en, without parser jargon or a
 * stack trace, and with a fix where one is likely.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText, formatIssues } from '../../src/scenario/load.ts';
import { SCENARIO_DIR } from '../../src/cli/scenario-files.ts';

const tutorial = readFileSync(join(SCENARIO_DIR, 'tutorial.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const once = (text: string, from: string, to: string) => {
  expect(text.split(from).length, `"${from}" occurs once in the tutorial`).toBe(2);
  return text.replace(from, to);
};

interface Mistake {
  name: string;
  text: string;
  /** The line the message must point at (found by a needle in the broken text). */
  line: number;
  en: RegExp;
  zh: RegExp;
  /** A fix the hint must suggest (en). */
  hint?: RegExp;
}

const m = (name: string, text: string, needle: string, en: RegExp, zh: RegExp, hint?: RegExp, nth = 0): Mistake => {
  const lines = text.split('\n');
  let line = 0;
  for (let i = 0, seen = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && seen++ === nth) { line = i + 1; break; }
  return { name, text, line, en, zh, hint };
};

const withTab = once(tutorial, '    listPrice: 30000', '\tlistPrice: 30000');
const CORPUS: Mistake[] = [
  m('typo in a key', once(tutorial, 'influence: 6', 'influnce: 6'), 'influnce', /unknown field "influnce"/, /未知字段“influnce”/, /did you mean "influence"/),
  m('typo in a top-level key', once(tutorial, '\nweeks: 12', '\nweek: 12'), 'week: 12', /unknown field "week"/, /未知字段/, /did you mean "weeks"/),
  m('bad indentation (too deep)', once(tutorial, '    listPrice: 30000', '      listPrice: 30000'), 'listPrice: 30000', /not lined up/, /没有对齐/, /column 5/),
  m('bad indentation (too shallow)', once(tutorial, '    unitCost: 19000', '  unitCost: 19000'), 'unitCost: 19000', /not lined up/, /没有对齐/, /column 5/),
  m('a tab', withTab, '\tlistPrice', /indented with a tab/, /制表符/, /spaces/),
  m('duplicate key', once(tutorial, '    listPrice: 30000', '    listPrice: 30000\n    listPrice: 31000'), 'listPrice: 31000', /"listPrice" appears twice/, /出现了两次/, new RegExp(`first is on line ${lineOf(tutorial, '    listPrice: 30000')}`)),
  m('duplicate id', once(tutorial, '  - id: xm-resale', '  - id: qj-plant'), 'id: qj-plant', /the id "qj-plant" is used twice in leads/, /用了两次/, new RegExp(`first "qj-plant" is on line ${lineOf(tutorial, '  - id: qj-plant')}`), 1),
  m('unknown reference (near miss)', once(tutorial, 'bidAfterWeeks: 2\n    competitors: [rival]\n  - id: xm-resale', 'bidAfterWeeks: 2\n    competitors: [rivals]\n  - id: xm-resale'), '[rivals]', /"rivals" is not a known competitor id/, /不是已有的竞争对手编号/, /did you mean "rival"/),
  m('unknown reference (far)', once(tutorial, 'bidAfterWeeks: 2\n    competitors: [rival]\n  - id: xm-resale', 'bidAfterWeeks: 2\n    competitors: [acme-corp]\n  - id: xm-resale'), '[acme-corp]', /"acme-corp" is not a known competitor id/, /竞争对手/, /known competitor ids are: rival/),
  m('undefined alias', once(tutorial, 'listPrice: 30000', 'listPrice: *price'), '*price', /"\*price" points to nothing/, /找不到对象/, /define "&price"/),
  m('missing translation', once(tutorial, '  en: "Tutorial: your first deal, lead to cash"\n', ''), 'zh: 入门', /English \("en"\) text is missing/, /缺少英文/, /add "en: …"/),
  m('string for number', once(tutorial, 'listPrice: 30000', 'listPrice: thirty'), 'listPrice: thirty', /"listPrice" must be a whole number, not the text "thirty"/, /应当是整数/),
  m('decimal for a whole number', once(tutorial, 'listPrice: 30000', 'listPrice: 300.5'), 'listPrice: 300.5', /"listPrice" must be a whole number, not 300.5/, /必须是整数/, /no decimals/),
  m('negative price', once(tutorial, 'listPrice: 30000', 'listPrice: -5'), 'listPrice: -5', /"listPrice" must be at least 0, not -5/, /至少为 0/),
  m('week past the end', once(tutorial, 'availableFrom: 1\n    expiresAfterWeeks: 4', 'availableFrom: 40\n    expiresAfterWeeks: 4'), 'availableFrom: 40', /week 40 is after the last week \(12\)/, /第 40 周在最后一周/, /from 1 to 12/),
  m('unknown choice', once(tutorial, 'role: procurement', 'role: procurment'), 'procurment', /"procurment" is not allowed for "role"/, /不能取/, /did you mean "procurement"/),
  m('unclosed bracket', once(tutorial, 'difficulty: 1', 'difficulty: [1'), 'difficulty: [1', /never closed/, /没有闭合/, /closing \]/),
  m('unknown effect kind', once(tutorial, 'kind: competitorPriceCut', 'kind: competitorPriceCat'), 'competitorPriceCat', /"competitorPriceCat" is not a kind of effect/, /不是一种效果/, /did you mean "competitorPriceCut"/),
  m('missing colon', once(tutorial, '    listPrice: 30000', '    listPrice 30000'), 'listPrice 30000', /followed by a colon and a space/, /冒号/, /write listPrice: 30000/),
  m('unquoted text with ": "', once(tutorial, 'en: Electromagnetic flow meter', 'en: Meter: electromagnetic'), 'Meter: electromagnetic', /must be in quotes/, /加引号/, /"Meter: electromagnetic"/),
  // Found by test/engine/fuzz-scenarios.test.ts: a quadrillion-yuan deal overflowed the exact sums of money in the state.
  m('a deal worth more than the limit', once(once(tutorial, 'listPrice: 30000', 'listPrice: 2000000'), 'quantity: 30\n', 'quantity: 10000\n'), 'quantity: 10000', /10000 units of "flow" at ¥2000000 each come to ¥20000000000, above the limit of ¥10000000000/, /超过单笔交易上限 ¥10000000000/, /at most 5000 units/),
  m('typo in a trigger', once(tutorial, 'trigger: { atWeek: 3 }', 'trigger: { atWek: 3 }'), 'atWek', /unknown field "atWek"/, /未知字段/, /did you mean "atWeek"/),
];

/** zod's and the YAML parser's own words, which an instructor should never see. */
const JARGON = /Invalid input|received undefined|expected (string|number|object)|Too (small|big)|Unrecognized|discriminator|implicit key|mapping|scalar|alias|YAML|zod|undefined|NaN|\[object/i;

describe('typical mistakes: one located message each, in zh and en', () => {
  it('the corpus texts really differ from the tutorial', () => {
    for (const c of CORPUS) expect(c.text, c.name).not.toBe(tutorial);
    expect(loadScenarioText(tutorial, 'x.yaml').ok).toBe(true);
  });
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const lang of ['en', 'zh'] as const) {
      const r = loadScenarioText(c.text, 'x.yaml', lang);
      if (r.ok) throw new Error(`${c.name}: accepted`);
      expect(r.issues.map((i) => `${i.line}:${i.column} ${i.message}`), `${c.name} (${lang})`).toHaveLength(1);
      const [issue] = r.issues;
      expect(issue!.line, `${c.name} (${lang}) line`).toBe(c.line);
      expect(issue!.column).toBeGreaterThan(0);
      expect(issue!.message).toMatch(lang === 'en' ? c.en : c.zh);
      if (lang === 'en' && c.hint) expect(issue!.hint ?? '', c.name).toMatch(c.hint);
      const printed = formatIssues(r.issues, lang);
      expect(`${issue!.message} ${issue!.hint ?? ''}`).not.toMatch(JARGON);
      expect(printed).not.toMatch(/\n\s+at .+:\d+:\d+/);
      if (lang === 'en') expect(printed).not.toMatch(/[\u4E00-\u9FFF\u3000-\u303F\uFF00-\uFFEF]/);
      else expect(issue!.message).toMatch(/[\u4E00-\u9FFF]/);
    }
  });
  it('the loader, linter and their catalogue use no Node API (the studio runs them in a browser worker)', () => {
    const dir = join(SCENARIO_DIR, '../src/scenario');
    const files = [...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)), ...['authoring.ts', 'authoring.en.ts', 'authoring.zh.ts'].map((f) => join(dir, '../i18n', f))];
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from 'node:|\bprocess\.|\brequire\(/);
  });
  it('the tab is located at the tab itself', () => {
    const r = loadScenarioText(withTab, 'x.yaml');
    expect(!r.ok && r.issues[0]!.column).toBe(1);
    expect(!r.ok && r.issues[0]!.line).toBe(lineOf(withTab, '\tlistPrice'));
  });
  it('two separate mistakes are two messages, each at its own line', () => {
    const two = once(once(tutorial, 'influence: 6', 'influnce: 6'), 'listPrice: 30000', 'listPrice: -5');
    const r = loadScenarioText(two, 'x.yaml');
    expect(!r.ok && r.issues.map((i) => i.line).sort((a, b) => a - b)).toEqual([lineOf(two, 'listPrice: -5'), lineOf(two, 'influnce')].sort((a, b) => a - b));
  });
});
