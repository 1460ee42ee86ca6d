/**
 * Turn scenario text (YAML or JSON) into a validated `Scenario`, or into precise issues.
 *
 * Why the `yaml` package for JSON too: JSON is YAML, and one parser gives us source
 * ranges for every node, so every error — syntax, schema or a dangling id — can name
 * line:column. No file system here: the CLI and the browser both hand us text.
 */
import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';
import { z } from 'zod';
import { Scenario } from './schema.ts';
import { crossCheck } from './cross-check.ts';
import { hashValue } from '../engine/hash.ts';

export const MAX_SCENARIO_BYTES = 1024 * 1024;

export interface ScenarioIssue {
  file: string;
  line: number;
  column: number;
  /** Field path like `customers[2].stakeholders[0].influence`; empty for the whole file. */
  path: string;
  message: string;
  hint?: string;
}

export type LoadResult =
  | { ok: true; scenario: Scenario; contentHash: string }
  | { ok: false; issues: ScenarioIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

export function loadScenarioText(text: string, file: string): LoadResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      issues: [
        {
          file, line: 1, column: 1, path: '',
          message: `file is ${Math.round(text.length / 1024)} KiB; a scenario may be at most ${MAX_SCENARIO_BYTES / 1024} KiB`,
          hint: 'is this the right file? Scenarios are hand-written YAML of a few hundred lines.',
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.slice(0, 5).map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          file, line: pos.line, column: pos.col, path: '',
          message: `not valid YAML: ${e.message.split('\n')[0]}`,
          hint: e.code === 'DUPLICATE_KEY' ? 'each key may appear once per block' : 'check indentation and quotes on this line',
        };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, issues: [{ file, line: 1, column: 1, path: '', message: `cannot read YAML: ${(e as Error).message}` }] };
  }
  const locate = (path: readonly PropertyKey[], key?: string) => locatePath(doc, lineCounter, path, key);
  const parsed = Scenario.safeParse(data);
  if (!parsed.success) {
    return { ok: false, issues: explainSchemaIssues(parsed.error.issues, file, locate, data) };
  }
  const refIssues = crossCheck(parsed.data);
  if (refIssues.length > 0) {
    return {
      ok: false,
      issues: refIssues.slice(0, 12).map((r) => ({ file, ...locate(r.path), path: formatPath(r.path), message: r.message, hint: r.hint })),
    };
  }
  return { ok: true, scenario: parsed.data, contentHash: hashValue(parsed.data) };
}

/**
 * A misspelt key shows up twice in zod's report: as an unknown key and as a missing
 * required field. Say it once, as the typo with its suggestion, and put typos first.
 */
function explainSchemaIssues(
  raw: z.core.$ZodIssue[], file: string, locate: (p: readonly PropertyKey[], key?: string) => { line: number; column: number }, data: unknown,
): ScenarioIssue[] {
  const issues = raw.map((i) => ({ raw: i, issue: zodIssue(i, file, locate, data) }));
  const typoFixes = new Set(
    issues.filter((x) => x.raw.code === 'unrecognized_keys' && x.issue.hint?.startsWith('did you mean'))
      .map((x) => formatPath([...x.raw.path, x.issue.hint!.split('"')[1]!])),
  );
  return issues
    .filter((x) => !(x.raw.code === 'invalid_type' && typoFixes.has(x.issue.path)))
    .sort((a, b) => Number(b.raw.code === 'unrecognized_keys') - Number(a.raw.code === 'unrecognized_keys'))
    .slice(0, 12)
    .map((x) => x.issue);
}

function locatePath(doc: Document, lc: LineCounter, path: readonly PropertyKey[], key?: string) {
  // Walk down as far as the document goes; a missing field is reported at its parent.
  let node: unknown = doc.contents;
  for (const p of path) {
    const next = isNode(node) && 'get' in node ? (node as { get(k: unknown, keep: true): unknown }).get(p, true) : undefined;
    if (!isNode(next)) break;
    node = next;
  }
  let offset = 0;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((it) => isNode(it.key) && (it.key as { value?: unknown }).value === key);
    if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
  } else if (isNode(node) && node.range) {
    offset = node.range[0];
  }
  const pos = lc.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function zodIssue(
  issue: z.core.$ZodIssue,
  file: string,
  locate: (p: readonly PropertyKey[], key?: string) => { line: number; column: number },
  data: unknown,
): ScenarioIssue {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = knownKeysAt(Scenario, issue.path, data);
    const guess = closest(key, known);
    return {
      file, ...locate(issue.path, key), path: formatPath([...issue.path, key]),
      message: `unknown field "${key}"`,
      hint: guess ? `did you mean "${guess}"?` : known.length ? `allowed here: ${known.join(', ')}` : undefined,
    };
  }
  const where = locate(issue.path);
  let hint: string | undefined;
  if (issue.code === 'invalid_type') hint = `expected ${issue.expected}`;
  if (issue.code === 'invalid_value' && 'values' in issue) hint = `one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'trigger') hint = 'a trigger is either { atWeek: N } or { when: { metric, below|above } }';
  return { file, ...where, path: formatPath(issue.path), message: issue.message, hint };
}

/** The keys the schema allows at `path`, so a typo can be answered with a suggestion. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  let s: unknown = schema;
  let d: unknown = data;
  const unwrap = (x: unknown): unknown => {
    let cur = x as { _zod: { def: Record<string, unknown> } };
    for (let i = 0; i < 10; i++) {
      const def = cur._zod.def;
      if ((def.type === 'default' || def.type === 'optional' || def.type === 'pipe') && def.innerType) cur = def.innerType as typeof cur;
      else if (def.type === 'pipe' && def.in) cur = def.in as typeof cur;
      else break;
    }
    return cur;
  };
  const pickOption = (x: unknown, value: unknown): unknown => {
    const def = (x as { _zod: { def: { type: string; options?: unknown[] } } })._zod.def;
    if (def.type !== 'union' || !def.options) return x;
    const kind = (value as { kind?: unknown } | null)?.kind;
    for (const o of def.options) {
      const od = (unwrap(o) as { _zod: { def: { shape?: Record<string, { _zod: { def: { values?: unknown[] } } }> } } })._zod.def;
      if (od.shape?.kind?._zod.def.values?.includes(kind)) return o;
    }
    return def.options.find((o) => (unwrap(o) as { _zod: { def: { type: string } } })._zod.def.type === 'object') ?? x;
  };
  s = pickOption(unwrap(s), d);
  for (const p of path) {
    const def = (s as { _zod: { def: { type: string; shape?: Record<string, unknown>; element?: unknown } } })._zod.def;
    if (def.type === 'object' && def.shape && typeof p === 'string') s = def.shape[p];
    else if (def.type === 'array' && def.element) s = def.element;
    else return [];
    if (!s) return [];
    d = (d as Record<PropertyKey, unknown> | undefined)?.[p as never];
    s = pickOption(unwrap(s), d);
  }
  const def = (s as { _zod: { def: { type: string; shape?: Record<string, unknown> } } })._zod.def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** One screen of plain text: `file:line:col  field  message (hint)`. */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues
    .map((i) => `${i.file}:${i.line}:${i.column}  ${i.path || '(file)'}\n    ${i.message}${i.hint ? `\n    hint: ${i.hint}` : ''}`)
    .join('\n');
}
