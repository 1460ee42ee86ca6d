import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY, findScenario } from '../../src/ui/library.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';

// The browser receives the bundled scenarios as JSON made at build time; it must be
// exactly what the loader gives for the file (a lost default or key would change games).
describe('bundled scenarios (built at build time)', () => {
  const dir = join(import.meta.dirname, '../../scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

  it('holds every scenario file, each equal to the loader\'s result', () => {
    expect(LIBRARY.map((e) => e.file).sort()).toEqual([...files].sort());
    for (const e of LIBRARY) {
      const direct = loadScenarioText(readFileSync(join(dir, e.file), 'utf8'), e.file);
      expect(e.result).toEqual(JSON.parse(JSON.stringify(direct)));
      expect(JSON.stringify(e.result)).toBe(JSON.stringify(direct));
    }
  });

  it('finds a scenario by id, with its content hash', () => {
    const first = LIBRARY.find((e) => e.result.ok)!;
    if (!first.result.ok) throw new Error('no bundled scenario loads');
    expect(findScenario(first.result.scenario.id)?.contentHash).toBe(first.result.contentHash);
    expect(findScenario('no-such-scenario')).toBeNull();
  });
});
