/**
 * Issue 11 item 8: the translation workflow. Every {zh, en} text of a scenario goes out
 * as CSV keyed by its YAML path, comes back into the YAML in place (comments and layout
 * kept, only the changed texts rewritten), and the texts missing a language are listed.
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTexts, missingTexts, scenarioTexts } from '../../src/scenario/texts.ts';
import { csvToTexts, parseCsv, safeCell, textsToCsv, unsafeCell, CsvError } from '../../src/scenario/texts-csv.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { main } from '../../src/cli/main.ts';

const ROOT = join(import.meta.dirname, '../..');
const FLAGSHIP = readFileSync(join(ROOT, 'scenarios/flagship.yaml'), 'utf8');
const TUTORIAL = readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8');

/** The texts of a loaded scenario, found independently: every object with string zh and en. */
function textCount(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((s: number, x) => s + textCount(x), 0);
  if (node === null || typeof node !== 'object') return 0;
  const o = node as Record<string, unknown>;
  if (typeof o.zh === 'string' && typeof o.en === 'string') return 1;
  return Object.values(o).reduce((s: number, x) => s + textCount(x), 0);
}

describe('scenario texts', () => {
  it('finds every text of the bundled scenarios, keyed by path, with its line', () => {
    for (const text of [TUTORIAL, FLAGSHIP]) {
      const r = loadScenarioText(text, 'x.yaml');
      if (!r.ok) throw new Error('does not load');
      const entries = scenarioTexts(text)!;
      expect(entries.length).toBe(textCount(r.scenario));
      expect(new Set(entries.map((e) => e.path)).size).toBe(entries.length);
      expect(entries[0]!.path).toBe('title');
      expect(entries.find((e) => e.path === 'customers[0].name')!.en).toBe(r.scenario.customers[0]!.name.en);
      expect(entries.find((e) => e.path === 'objectives[0]')!.zh).toBe(r.scenario.objectives[0]!.zh);
      const stake = entries.find((e) => e.path === 'customers[0].stakeholders[0].title')!;
      expect(text.split('\n')[stake.line - 1]).toContain('title');
    }
    expect(scenarioTexts('a: [1\n')).toBeNull();
  });

  it('export → import of an untouched CSV leaves the file byte for byte', () => {
    for (const text of [TUTORIAL, FLAGSHIP]) {
      const rows = csvToTexts(textsToCsv(scenarioTexts(text)!));
      const r = importTexts(text, rows);
      expect(r.problems).toEqual([]);
      expect(r.changed).toEqual([]);
      expect(r.text).toBe(text);
    }
  });

  it('a translated CSV changes exactly those texts, keeps comments and layout, and still loads', () => {
    const entries = scenarioTexts(FLAGSHIP)!;
    const rows = csvToTexts(textsToCsv(entries)).map((r) =>
      r.path === 'customers[0].name' ? { ...r, en: 'Renamed, "quoted": hospital' } : r.path === 'title' ? { ...r, zh: '新标题' } : { ...r, en: '' },
    );
    const r = importTexts(FLAGSHIP, rows);
    expect(r.problems).toEqual([]);
    expect(r.changed).toEqual([{ path: 'title', lang: 'zh' }, { path: 'customers[0].name', lang: 'en' }]);
    const before = FLAGSHIP.split('\n');
    const after = r.text.split('\n');
    expect(after.length).toBe(before.length);
    const differ = before.map((l, i) => (l === after[i] ? -1 : i + 1)).filter((i) => i > 0);
    const lineOf = (p: string) => entries.find((e) => e.path === p)!.line;
    expect(differ.length).toBe(2);
    for (const l of differ) expect(Math.abs(l - lineOf('title')) <= 1 || Math.abs(l - lineOf('customers[0].name')) <= 1, `line ${l}`).toBe(true);
    expect(before.filter((l) => l.trim().startsWith('#'))).toEqual(after.filter((l) => l.trim().startsWith('#')));
    const loaded = loadScenarioText(r.text, 'x.yaml');
    expect(loaded.ok && loaded.scenario.customers[0]!.name.en).toBe('Renamed, "quoted": hospital');
    expect(loaded.ok && loaded.scenario.title.zh).toBe('新标题');
  });

  it('adds a missing language, rewrites block scalars, names unknown paths and changes nothing it cannot read back', () => {
    const y = '# head\ntitle:\n  zh: 标题 # keep\nname: { zh: 名 }\nlong:\n  zh: |\n    一\n    二\n  en: >\n    folded\nafter: 1\n';
    expect(missingTexts(scenarioTexts(y)!)).toEqual([
      { path: 'title', line: 3, lang: 'en' }, { path: 'name', line: 4, lang: 'en' },
    ]);
    const r = importTexts(y, [{ path: 'title', en: 'Title' }, { path: 'name', en: 'a, b' }, { path: 'long', zh: '三', en: '- dash: x' }, { path: 'nowhere', en: 'x' }]);
    expect(r.text).toBe('# head\ntitle:\n  zh: 标题 # keep\n  en: Title\nname: { zh: 名, en: "a, b" }\nlong:\n  zh: 三\n  en: "- dash: x"\nafter: 1\n');
    expect(r.problems).toEqual([{ code: 'texts.unknownPath', row: 4, path: 'nowhere' }]);
    expect(missingTexts(scenarioTexts(r.text)!)).toEqual([]);
    expect(importTexts('a: [1\n', [{ path: 'a', en: 'x' }]).problems).toEqual([{ code: 'texts.yaml', row: 0 }]);
  });
});

describe('the translator CSV', () => {
  it('quotes every cell: commas, quotes, line breaks and Chinese survive a round trip', () => {
    const entries = [{ path: 'a', zh: '逗号，"引号"\n换行', en: 'comma, "quote"\r\nnew line', line: 1, lines: {} }];
    const csv = textsToCsv(entries);
    expect(csv.startsWith('\uFEFF"path","zh","en"\r\n')).toBe(true);
    expect(csvToTexts(csv)).toEqual([{ path: 'a', zh: entries[0]!.zh, en: entries[0]!.en }]);
    expect(parseCsv('a,b\r\n"x,1","y""z"\n,\n')).toEqual([['a', 'b'], ['x,1', 'y"z'], ['', '']]);
    expect(() => parseCsv('path,en\n"open')).toThrow(CsvError);
    expect(() => csvToTexts('id,text\nx,y\n')).toThrow(/texts\.csv\.header/);
    // Columns in any order, one language only.
    expect(csvToTexts('en,path\nHello,title\n')).toEqual([{ path: 'title', en: 'Hello' }]);
  });

  it('is safe from formula injection, and the guard comes off on import', () => {
    for (const v of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\t=x', '\r=x']) {
      expect(safeCell(v)).toBe(`'${v}`);
      expect(unsafeCell(safeCell(v))).toBe(v);
      expect(textsToCsv([{ path: 'p', zh: v, en: 'x', line: 1, lines: {} }])).toContain(`"'${v}"`);
    }
    for (const v of ["'quoted'", "''", 'plain', '中文', 'a=b']) expect(unsafeCell(safeCell(v))).toBe(v);
    // A spreadsheet that saved the cell without its apostrophe still imports the text.
    expect(unsafeCell('=1+1')).toBe('=1+1');
    expect(safeCell('plain')).toBe('plain');
  });
});

describe('cli texts', () => {
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((m) => void out.push(String(m)));
    const err = vi.spyOn(console, 'error').mockImplementation((m) => void out.push(String(m)));
    try {
      return { code: await main(['texts', ...args]), out: out.join('\n') };
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  };

  it('export, import and missing from the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'texts-'));
    const file = join(dir, 'tutorial.yaml');
    writeFileSync(file, TUTORIAL.replace(/(\n {2}en: )"Tutorial: your first deal, lead to cash"/, '$1""'));
    const missing = await run('missing', file);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(new RegExp(`tutorial\\.yaml:${TUTORIAL.split('\n').findIndex((l) => l.includes('Tutorial: your first deal')) + 1} {2}title\\.en`));
    expect(missing.out).toMatch(/title\.en\n {4}the English \("en"\) text is missing/);
    expect((await run('missing', file, '--lang', 'zh')).out).toContain('缺少英文（en）文本');
    const csv = join(dir, 'texts.csv');
    expect((await run('export', file, '--out', csv)).code).toBe(0);
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows[0]).toEqual(['path', 'zh', 'en']);
    expect(rows[1]).toEqual(['title', '入门：第一单从线索到回款', '']);
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('"title","入门：第一单从线索到回款",""', '"title","入门：第一单从线索到回款","Tutorial: lead to cash"'));
    const imported = await run('import', file, csv);
    expect(imported.out).toContain('1 text(s) changed');
    expect(imported.code).toBe(0);
    expect((await run('missing', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('en: "Tutorial: lead to cash"');
    writeFileSync(csv, '"path","en"\n"customers[99].name","X"\n');
    const bad = await run('import', file, csv);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/row 1: "customers\[99\]\.name" is not a text of this scenario/);
    expect((await run('import', file, join(dir, 'nope.csv'))).code).toBe(1);
  });
});
