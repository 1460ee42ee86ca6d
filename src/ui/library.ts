/** The bundled scenarios, validated in the browser by the same loader as the CLI. */
import { loadScenarioText, type LoadResult } from '../scenario/load.ts';

const files = import.meta.glob('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface LibraryEntry { file: string; result: LoadResult }

export const LIBRARY: LibraryEntry[] = Object.entries(files)
  .map(([path, text]) => ({ file: path.split('/').pop()!, result: loadScenarioText(text, path.split('/').pop()!) }))
  .sort((a, b) => (a.result.ok && b.result.ok ? a.result.scenario.difficulty - b.result.scenario.difficulty : 0));

export function findScenario(id: string) {
  for (const e of LIBRARY) if (e.result.ok && e.result.scenario.id === id) return e.result;
  return null;
}
