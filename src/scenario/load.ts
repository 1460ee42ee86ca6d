/**
 * Turn scenario text (YAML or JSON) into a validated `Scenario`, or into precise issues.
 *
 * Why the `yaml` package for JSON too: JSON is YAML, and one parser gives us source
 * ranges for every node, so every error — syntax, schema or a dangling id — can name
 * line:column. No file system here: the CLI and the browser both hand us text.
 * Messages come from the authoring catalogue (src/i18n/authoring.*.ts), in zh or en.
 */
import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';
import { Scenario } from './schema.ts';
import { crossCheck } from './cross-check.ts';
import { contentOf, migrateScenarioData } from './migrate.ts';
import { explainYamlError, unresolvedAlias } from './explain-yaml.ts';
import { explainSchemaIssues } from './explain-schema.ts';
import { renderProblem, formatPath, type Locate, type Problem, type ScenarioIssue } from './problem.ts';
import { hashValue } from '../engine/hash.ts';
import { authoringText, type AuthoringLang } from '../i18n/authoring.ts';

export { formatPath };
export type { ScenarioIssue };
export const MAX_SCENARIO_BYTES = 1024 * 1024;
/** At most this many issues per file: past a dozen, the first fixes usually change the rest. */
const MAX_ISSUES = 12;

export type LoadResult =
  | { ok: true; scenario: Scenario; contentHash: string }
  | { ok: false; issues: ScenarioIssue[] };

/** The loaded scenario plus what the linter needs to name positions. */
export type LoadDetail = { result: LoadResult; locate: Locate };

export function loadScenarioText(text: string, file: string, lang: AuthoringLang = 'en'): LoadResult {
  return loadScenarioDetail(text, file, lang).result;
}

export function loadScenarioDetail(text: string, file: string, lang: AuthoringLang = 'en'): LoadDetail {
  const lineCounter = new LineCounter();
  const fail = (problems: Problem[], locate: Locate): LoadDetail => ({
    result: { ok: false, issues: problems.slice(0, MAX_ISSUES).map((p) => renderProblem(p, file, lang, locate)) },
    locate,
  });
  const nowhere: Locate = () => ({ line: 1, column: 1 });
  if (text.length > MAX_SCENARIO_BYTES) {
    return fail([{ path: [], code: 'check.fileTooBig', params: { kib: Math.round(text.length / 1024), max: MAX_SCENARIO_BYTES / 1024 } }], nowhere);
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const locate: Locate = (path, key) => locatePath(doc, lineCounter, path, key);
  if (doc.errors.length > 0) return fail([explainYamlError(doc.errors[0]!, text, doc, lineCounter)], locate);
  const alias = unresolvedAlias(doc, lineCounter);
  if (alias) return fail([alias], locate);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return fail([{ path: [], code: 'check.yaml.other' }], locate);
  }
  // An older format is brought up to date first (paths stay the same, so locations do too).
  const migrated = migrateScenarioData(data);
  if (!migrated.ok) return fail([migrated.problem], locate);
  data = migrated.data;
  const parsed = Scenario.safeParse(data);
  if (!parsed.success) return fail(explainSchemaIssues(parsed.error.issues, Scenario, data), locate);
  const refIssues = crossCheck(parsed.data);
  if (refIssues.length > 0) return fail(refIssues, locate);
  return { result: { ok: true, scenario: parsed.data, contentHash: hashValue(contentOf(parsed.data)) }, locate };
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

/** One screen of plain text: `file:line:col  field  message (hint)`, in zh or en. */
export function formatIssues(issues: readonly ScenarioIssue[], lang: AuthoringLang = 'en'): string {
  const hint = authoringText(lang, 'label.hint');
  const warning = authoringText(lang, 'label.warning');
  const sep = lang === 'zh' ? '：' : ': ';
  return issues
    .map((i) => `${i.file}:${i.line}:${i.column}  ${i.path || authoringText(lang, i.code.startsWith('check.yaml.') ? 'label.syntax' : 'label.file')}\n    ${i.severity === 'warning' ? `${warning}${sep}` : ''}${i.message}${i.hint ? `\n    ${hint}${sep}${i.hint}` : ''}`)
    .join('\n');
}
