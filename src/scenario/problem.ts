/**
 * A problem found in a scenario file, before it is put into words: a catalogue key, its
 * parameters and the field it concerns. The loader (errors) and the linter (warnings)
 * both produce these; `renderProblem` locates and words them in zh or en.
 */
import { authoringText, hasAuthoringKey, languageName, type AuthoringKey, type AuthoringLang, type AuthoringParams } from '../i18n/authoring.ts';

/** Params whose value is itself a catalogue key (or a language code), worded in the same language. */
const WORDED = ['kind', 'reason', 'got', 'expected'] as const;

export type FieldPath = readonly (string | number)[];

export interface Problem {
  path: FieldPath;
  /** Locate at this key of the map at `path` (an unknown or duplicate field). */
  key?: string;
  /** An exact position when the path cannot give one (YAML syntax). */
  at?: { line: number; column: number };
  code: AuthoringKey;
  params?: AuthoringParams;
  /** Another hint than `<code>.hint`; null for none. */
  hint?: { code: AuthoringKey; params?: AuthoringParams } | null;
  /** Params filled with the line of another field (`{first}` of a duplicate). */
  lineOf?: Record<string, FieldPath>;
}

export interface ScenarioIssue {
  file: string;
  line: number;
  column: number;
  /** Field path like `customers[2].stakeholders[0].influence`; empty for the whole file. */
  path: string;
  /** The catalogue key of the message (src/i18n/authoring.en.ts), for tools and tests. */
  code: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

export type Locate = (path: FieldPath, key?: string) => { line: number; column: number };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

export function renderProblem(p: Problem, file: string, lang: AuthoringLang, locate: Locate, severity: 'error' | 'warning' = 'error'): ScenarioIssue {
  const params: AuthoringParams = { ...p.params };
  for (const [name, path] of Object.entries(p.lineOf ?? {})) params[name] = locate(path).line;
  for (const name of WORDED) {
    const v = params[name];
    if (typeof v === 'string' && hasAuthoringKey(v)) params[name] = authoringText(lang, v, params);
  }
  if (params.language === 'zh' || params.language === 'en') params.language = languageName(lang, params.language);
  const where = p.at ?? locate(p.path, p.key);
  const hintKey = `${p.code}.hint`;
  let hint: string | undefined;
  if (p.hint) hint = authoringText(lang, p.hint.code, { ...params, ...p.hint.params });
  else if (p.hint === undefined && hasAuthoringKey(hintKey)) hint = authoringText(lang, hintKey, params);
  return {
    file, line: where.line, column: where.column,
    path: formatPath(p.key !== undefined ? [...p.path, p.key] : p.path),
    code: p.code, message: authoringText(lang, p.code, params), hint, severity,
  };
}
