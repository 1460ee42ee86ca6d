/**
 * The bundled scenarios. They are loaded and validated at build time by the same loader
 * as the CLI (scripts/vite-scenarios.ts), so the browser receives plain JSON and needs
 * neither the YAML parser nor the schema to start a game.
 */
import bundled from 'virtual:bundled-scenarios';
import type { LoadResult } from '../scenario/load.ts';

export interface LibraryEntry { file: string; result: LoadResult }

export const LIBRARY: LibraryEntry[] = [...bundled]
  .sort((a, b) => (a.result.ok && b.result.ok ? a.result.scenario.difficulty - b.result.scenario.difficulty : 0));

export function findScenario(id: string) {
  for (const e of LIBRARY) if (e.result.ok && e.result.scenario.id === id) return e.result;
  return null;
}
