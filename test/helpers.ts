import { join } from 'node:path';
import { loadScenarioFile, SCENARIO_DIR } from '../src/cli/scenario-files.ts';
import type { Scenario } from '../src/scenario/schema.ts';

const cache = new Map<string, { scenario: Scenario; contentHash: string }>();

/** A bundled scenario by file name ("tutorial", "flagship"), parsed by the real loader. */
export function bundled(name: string): { scenario: Scenario; contentHash: string } {
  let hit = cache.get(name);
  if (!hit) {
    const r = loadScenarioFile(join(SCENARIO_DIR, `${name}.yaml`));
    if (!r.ok) throw new Error(`${name}.yaml does not load: ${JSON.stringify(r.issues)}`);
    hit = { scenario: r.scenario, contentHash: r.contentHash };
    cache.set(name, hit);
  }
  return hit;
}
