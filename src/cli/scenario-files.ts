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

/** Find the bundled scenario file with a given id. */
export function findScenarioById(id: string): string | null {
  for (const f of readdirSync(SCENARIO_DIR)) {
    if (!/\.(ya?ml|json)$/.test(f) || f.endsWith('.schema.json')) continue;
    const path = join(SCENARIO_DIR, f);
    const r = loadScenarioFile(path);
    if (r.ok && r.scenario.id === id) return path;
  }
  return null;
}
