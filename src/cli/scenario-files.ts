/** Reading scenario files from disk for the CLI: the only place that touches the file system for them. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, MAX_SCENARIO_BYTES, type LoadResult } from '../scenario/load.ts';
import { renderProblem, type Problem } from '../scenario/problem.ts';
import type { AuthoringLang } from '../i18n/authoring.ts';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

export function loadScenarioFile(path: string, lang: AuthoringLang = 'en'): LoadResult {
  const fail = (p: Problem): LoadResult => ({ ok: false, issues: [renderProblem(p, path, lang, () => ({ line: 1, column: 1 }))] });
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return fail({ path: [], code: 'check.fileNotFound' });
  }
  if (size > MAX_SCENARIO_BYTES) return fail({ path: [], code: 'check.fileTooBig', params: { kib: Math.round(size / 1024), max: MAX_SCENARIO_BYTES / 1024 } });
  return loadScenarioText(readFileSync(path, 'utf8'), path, lang);
}

/** Find the bundled scenario file with a given id (`<id>.yaml` is tried first, then every file). */
export function findScenarioById(id: string): string | null {
  const files = readdirSync(SCENARIO_DIR).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'));
  const first = files.filter((f) => f.replace(/\.(ya?ml|json)$/, '') === id);
  for (const f of [...first, ...files.filter((x) => !first.includes(x))]) {
    const path = join(SCENARIO_DIR, f);
    const r = loadScenarioCached(path);
    if (r.ok && r.scenario.id === id) return path;
  }
  return null;
}

const loaded = new Map<string, LoadResult>();
/** `loadScenarioFile`, once per path in this process (a run that verifies 30 saves parses the scenario once). */
export function loadScenarioCached(path: string): LoadResult {
  const key = resolve(path);
  let r = loaded.get(key);
  if (!r) loaded.set(key, (r = loadScenarioFile(path)));
  return r;
}
