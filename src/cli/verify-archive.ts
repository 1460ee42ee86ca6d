/**
 * A workshop event's archive (src/server/results.ts: `{event, scenarioYaml, files:[{name,
 * team, save}]}`) as input to `cli verify`: every team's save inside it is checked like a
 * file of its own, named `<archive>#<file name>`. An event played on an instructor's
 * scenario carries that scenario's text, which is used unless --scenario is given.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../scenario/schema.ts';
import { formatIssues, loadScenarioText } from '../scenario/load.ts';
import { cleanText, parseSave, type SaveFile } from '../save/format.ts';

/** Largest archive read (an event of 200 teams playing whole years is about 4 MB). */
export const MAX_ARCHIVE_BYTES = 50_000_000;

export interface ArchiveEntry { file: string; save: SaveFile | null; problem: string | null }
export interface ArchiveInput { entries: ArchiveEntry[]; scenario: { scenario: Scenario; contentHash: string } | null; scenarioProblem: string | null }

/** The archive in `file`, or null when the file is not one (then it is read as a save file). */
export function readArchive(file: string): ArchiveInput | null {
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > MAX_ARCHIVE_BYTES) return null;
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  if (!/^\uFEFF?\s*\{/.test(text) || !text.includes('"files"')) return null;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const a = data as { event?: unknown; files?: unknown; scenarioYaml?: unknown };
  if (typeof a !== 'object' || a === null || typeof a.event !== 'object' || !Array.isArray(a.files)) return null;
  let scenario: ArchiveInput['scenario'] = null;
  let scenarioProblem: string | null = null;
  if (typeof a.scenarioYaml === 'string') {
    const r = loadScenarioText(a.scenarioYaml, 'archive-scenario.yaml');
    if (r.ok) scenario = { scenario: r.scenario, contentHash: r.contentHash };
    else scenarioProblem = formatIssues(r.issues).split('\n')[0] ?? 'the archive\'s scenario does not load';
  }
  const entries = a.files.map((f: unknown, i: number): ArchiveEntry => {
    const e = f as { name?: unknown; save?: unknown };
    const name = typeof e?.name === 'string' ? cleanText(e.name).slice(0, 80) : `entry-${i + 1}`;
    const parsed = parseSave(JSON.stringify(e?.save ?? null));
    return { file: `${file}#${name}`, save: parsed.ok ? parsed.save : null, problem: parsed.ok ? null : parsed.message };
  });
  return { entries, scenario, scenarioProblem };
}
