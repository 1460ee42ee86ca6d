/**
 * The scenario format's version (`schemaVersion`, migrate.ts): files of an older format
 * load, a file newer than the app is refused in plain words, and the version line is not
 * content (the content hash, and so every save, is the same with or without it).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { MIGRATIONS, migrateScenarioData } from '../../src/scenario/migrate.ts';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/schema.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
const V1 = read('test/fixtures/scenario-v1.yaml');
const withVersion = (text: string, v: unknown) => text.replace(/^id: /m, `schemaVersion: ${String(v)}\nid: `);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('scenario format versions', () => {
  it('the bundled scenarios declare the current format, load, and keep the content hash their goldens recorded', () => {
    expect(SCENARIO_SCHEMA_VERSION).toBe(2);
    for (const name of ['tutorial', 'flagship']) {
      const text = read(`scenarios/${name}.yaml`);
      expect(text).toMatch(/^schemaVersion: 2$/m);
      const r = loadScenarioText(text, `${name}.yaml`);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.scenario.schemaVersion).toBe(2);
      const golden = JSON.parse(read(`test/golden/${name}-golden-1-random.json`)) as { save: { scenario: { contentHash: string } } };
      expect(r.contentHash).toBe(golden.save.scenario.contentHash);
      const without = loadScenarioText(text.replace(/^schemaVersion: 2\n/m, ''), `${name}.yaml`);
      expect(without.ok && without.contentHash).toBe(r.contentHash);
    }
  });

  it('a format-1 file (no schemaVersion) loads, is brought to the current format, and hashes as it would declared', () => {
    expect(V1).not.toMatch(/^schemaVersion:/m);
    const r = loadScenarioText(V1, 'scenario-v1.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
    expect(r.scenario.events.length + r.scenario.cards.length).toBeGreaterThan(0);
    for (const v of [1, 2]) {
      const declared = loadScenarioText(withVersion(V1, v), 'scenario-v1.yaml');
      expect(declared.ok && declared.contentHash).toBe(r.contentHash);
    }
  });

  it('a file newer than the app is refused with one located message, in en and zh, whatever else it contains', () => {
    const newer = withVersion(V1, 3).replace('difficulty: 1', 'difficulty: 1\nhologram: { enabled: true }');
    for (const [lang, words] of [['en', /format 3.*up to 2/], ['zh', /第 3 版.*第 2 版/]] as const) {
      const r = loadScenarioText(newer, 'next.yaml', lang);
      if (r.ok) throw new Error('a format-3 file loaded');
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ code: 'check.newerSchema', line: lineOf(newer, 'schemaVersion:'), path: 'schemaVersion' });
      expect(r.issues[0]!.message).toMatch(words);
      expect(r.issues[0]!.hint).toBeTruthy();
      expect(r.issues[0]!.message).not.toMatch(/Error|at \w+ \(/);
    }
  });

  it('a schemaVersion that is not a whole number from 1 is reported by the schema, at its line', () => {
    for (const [bad, code] of [['"two"', 'check.wrongType'], ['0', 'check.tooSmall'], ['1.5', 'check.notWhole']] as const) {
      const text = withVersion(V1, bad);
      const r = loadScenarioText(text, 'x.yaml');
      if (r.ok) throw new Error(`schemaVersion ${bad} loaded`);
      expect(r.issues.map((i) => [i.code, i.line])).toEqual([[code, lineOf(text, 'schemaVersion:')]]);
    }
  });

  it('every older version has a step to the next one, and steps leave the data JSON', () => {
    for (let v = 1; v < SCENARIO_SCHEMA_VERSION; v++) expect(MIGRATIONS.filter((m) => m.from === v)).toHaveLength(1);
    const m = migrateScenarioData({ id: 'x', events: [] });
    expect(m).toEqual({ ok: true, from: 1, data: { id: 'x', events: [], schemaVersion: SCENARIO_SCHEMA_VERSION } });
    expect(migrateScenarioData([1, 2])).toMatchObject({ ok: true, data: [1, 2] });
  });
});
