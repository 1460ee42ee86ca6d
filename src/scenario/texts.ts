/**
 * The translation workflow (issue 11 item 8): every `{ zh, en }` text of a scenario file,
 * keyed by its YAML path (`customers[0].stakeholders[1].title`), read from the YAML
 * document itself (so a draft that does not load yet can still be translated), and
 * written back into the same text by replacing only the changed scalars in place: every
 * comment, blank line, quote style and indentation elsewhere stays byte for byte.
 * CSV and XLIFF are in texts-csv.ts. Pure: no file system.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { formatPath } from './problem.ts';

export const TEXT_LANGS = ['zh', 'en'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

export interface TextEntry {
  /** `title`, `customers[0].name`, `objectives[2]`. */
  path: string;
  zh: string | null;
  en: string | null;
  /** 1-based line of the text's map. */
  line: number;
  /** 1-based line of each language's value, when it is there. */
  lines: Partial<Record<TextLang, number>>;
}

export interface TextsProblem {
  code: 'texts.yaml' | 'texts.unknownPath' | 'texts.notText';
  /** The row (1-based, header excluded) or 0 for the whole file. */
  row: number;
  path?: string;
}

interface Found { path: string; map: YAMLMap; line: number; lines: Partial<Record<TextLang, number>> }

const isTextKey = (k: unknown): k is TextLang => k === 'zh' || k === 'en';
const keyOf = (p: Pair): unknown => (isScalar(p.key) ? p.key.value : p.key);

/** Maps with a `zh` or `en` string: the scenario's texts (an objective also has `behaviour`). */
function findTexts(text: string): { found: Found[]; error: boolean } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) return { found: [], error: true };
  const found: Found[] = [];
  const walk = (node: Node | null | undefined, path: (string | number)[]): void => {
    if (isSeq(node)) node.items.forEach((x, i) => walk(x as Node, [...path, i]));
    if (!isMap(node)) return;
    const texts = node.items.filter((p) => isTextKey(keyOf(p)) && isScalar(p.value) && typeof p.value.value === 'string');
    if (texts.length) {
      const lines: Found['lines'] = {};
      for (const p of texts) lines[keyOf(p) as TextLang] = lc.linePos((p.value as Node).range?.[0] ?? 0).line;
      found.push({ path: formatPath(path), map: node, line: lc.linePos(node.range?.[0] ?? 0).line, lines });
      return;
    }
    for (const p of node.items) {
      const k = keyOf(p);
      if (typeof k === 'string' || typeof k === 'number') walk(p.value as Node, [...path, k]);
    }
  };
  walk(doc.contents as Node, []);
  return { found, error: false };
}

const valueIn = (map: YAMLMap, lang: TextLang): string | null => {
  const p = map.items.find((x) => keyOf(x) === lang);
  return p && isScalar(p.value) && typeof p.value.value === 'string' ? p.value.value : null;
};

/** Every text of the file, in file order; null when the YAML itself does not parse. */
export function scenarioTexts(text: string): TextEntry[] | null {
  const { found, error } = findTexts(text);
  if (error) return null;
  return found.map((f) => ({ path: f.path, zh: valueIn(f.map, 'zh'), en: valueIn(f.map, 'en'), line: f.line, lines: f.lines }));
}

/** Texts blank or absent in a language: at the blank value's line, or the text's when it is absent. */
export function missingTexts(entries: readonly TextEntry[]): { path: string; line: number; lang: TextLang }[] {
  return entries.flatMap((e) => TEXT_LANGS.filter((l) => (e[l] ?? '').trim() === '').map((lang) => ({ path: e.path, line: e.lines[lang] ?? e.line, lang })));
}

/** A YAML scalar for `value` that reads back as exactly `value`: plain when safe there, else double-quoted (JSON is YAML). */
function scalarText(value: string, flow: boolean): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`~=]/u.test(value) && !/[\n\r\t]|: |\s#|\s$|:$/.test(value) && !(flow && /[,[\]{}]/.test(value));
  if (plain && readsBack(`k: ${flow ? `{ v: ${value} }` : value}`, value, flow)) return value;
  return JSON.stringify(value);
}

function readsBack(yamlText: string, value: string, flow: boolean): boolean {
  const d = parseDocument(yamlText, { prettyErrors: false });
  if (d.errors.length) return false;
  const v = flow ? d.getIn(['k', 'v']) : d.get('k');
  return v === value;
}

export interface ImportResult {
  text: string;
  /** Texts whose value changed (path + language). */
  changed: { path: string; lang: TextLang }[];
  problems: TextsProblem[];
}

/**
 * Puts translated texts back into the YAML. A blank cell leaves the text as it is (a
 * translator's empty cell never erases); a path that is not a text of this file is a
 * problem named with its row. The rest of the file is untouched.
 */
export function importTexts(text: string, rows: readonly { path: string; zh?: string; en?: string }[]): ImportResult {
  const { found, error } = findTexts(text);
  if (error) return { text, changed: [], problems: [{ code: 'texts.yaml', row: 0 }] };
  const byPath = new Map(found.map((f) => [f.path, f]));
  const edits: { from: number; to: number; insert: string }[] = [];
  const changed: ImportResult['changed'] = [];
  const problems: TextsProblem[] = [];
  rows.forEach((r, i) => {
    const f = byPath.get(r.path);
    if (!f) {
      problems.push({ code: 'texts.unknownPath', row: i + 1, path: r.path });
      return;
    }
    const flow = f.map.flow === true;
    for (const lang of TEXT_LANGS) {
      const value = r[lang];
      if (value === undefined || value.trim() === '' || value === valueIn(f.map, lang)) continue;
      const pair = f.map.items.find((p) => keyOf(p) === lang);
      const scalar = pair && isScalar(pair.value) ? pair.value : null;
      if (pair && !scalar) {
        problems.push({ code: 'texts.notText', row: i + 1, path: `${r.path}.${lang}` });
        continue;
      }
      if (scalar?.range) {
        const [from, to] = scalar.range;
        // A block scalar's range takes the line break after it: kept.
        const tail = /\n[ \t\r\n]*$/.exec(text.slice(from, to))?.[0] ?? '';
        edits.push({ from, to, insert: scalarText(value, flow) + tail });
      } else {
        edits.push(insertPair(text, f.map, lang, value));
      }
      changed.push({ path: r.path, lang });
    }
  });
  edits.sort((a, b) => b.from - a.from);
  let out = text;
  for (const e of edits) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  // Read back: every text is what was asked for, or nothing is changed at all.
  const after = new Map((scenarioTexts(out) ?? []).map((e) => [e.path, e]));
  const wanted = (path: string, lang: TextLang) => rows.filter((r) => r.path === path).map((r) => r[lang]).filter((v) => v !== undefined && v.trim() !== '').pop();
  if (changed.some((c) => after.get(c.path)?.[c.lang] !== wanted(c.path, c.lang))) return { text, changed: [], problems: [...problems, { code: 'texts.yaml', row: 0 }] };
  return { text: out, changed, problems };
}

/** A `lang: value` pair added to a text map that lacks it, after its last pair. */
function insertPair(text: string, map: YAMLMap, lang: TextLang, value: string): { from: number; to: number; insert: string } {
  const last = map.items[map.items.length - 1]!;
  const end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
  if (map.flow) return { from: end, to: end, insert: `, ${lang}: ${scalarText(value, true)}` };
  const keyStart = (map.items[0]!.key as Node).range![0];
  const indent = keyStart - text.lastIndexOf('\n', keyStart - 1) - 1;
  const line = `${' '.repeat(indent)}${lang}: ${scalarText(value, false)}`;
  if (text[end - 1] === '\n') return { from: end, to: end, insert: `${line}\n` };
  // After the rest of the line (a comment stays with its text).
  const eol = text.indexOf('\n', end);
  const at = eol < 0 ? text.length : text[eol - 1] === '\r' ? eol - 1 : eol;
  return { from: at, to: at, insert: `\n${line}` };
}
