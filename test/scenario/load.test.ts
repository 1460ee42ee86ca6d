import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadScenarioText, formatIssues } from '../../src/scenario/load.ts';
import { SCENARIO_DIR } from '../../src/cli/scenario-files.ts';
import { scenarioJsonSchema } from '../../src/cli/main.ts';

const tutorialText = readFileSync(join(SCENARIO_DIR, 'tutorial.yaml'), 'utf8');
const load = (text: string) => loadScenarioText(text, 'x.yaml');
const issuesOf = (text: string) => {
  const r = load(text);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('scenario loading', () => {
  it('accepts the bundled tutorial and fills defaults', () => {
    const r = load(tutorialText);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.customers[0]!.insurable).toBe(true);
      expect(r.scenario.competitors[0]!.aggressive).toBe(false); // default
      expect(r.contentHash).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('accepts the same scenario written as JSON, with the same content hash', () => {
    const yamlResult = load(tutorialText);
    const jsonText = JSON.stringify((yamlResult.ok && yamlResult.scenario) || null, null, 2);
    const r = load(jsonText);
    expect(r.ok && yamlResult.ok && r.contentHash === yamlResult.contentHash).toBe(true);
  });

  it('a misspelled key names its line:column and suggests the right one', () => {
    const bad = tutorialText.replace('influence: 6', 'influnce: 6');
    const [issue] = issuesOf(bad);
    expect(issue!.line).toBe(lineOf(bad, 'influnce'));
    expect(issue!.column).toBe(bad.split('\n')[issue!.line - 1]!.indexOf('influnce') + 1);
    expect(issue!.path).toBe('customers[0].stakeholders[1].influnce');
    expect(issue!.hint).toContain('"influence"');
  });

  it('a wrong type names the field and what was expected', () => {
    const bad = tutorialText.replace('listPrice: 30000', 'listPrice: "thirty thousand"');
    const issues = issuesOf(bad);
    expect(issues[0]!.path).toBe('products[0].listPrice');
    expect(issues[0]!.line).toBe(lineOf(bad, 'thirty thousand'));
    expect(issues[0]!.message).toBe('"listPrice" must be a whole number, not the text "thirty thousand"');
  });

  it('a dangling id is an error at the reference, suggesting the closest id', () => {
    const bad = tutorialText.replace('competitors: [rival]', 'competitors: [rivall]');
    const [issue] = issuesOf(bad);
    expect(issue!.path).toBe('leads[0].competitors[0]');
    expect(issue!.line).toBe(lineOf(bad, '[rivall]'));
    expect(issue!.message).toContain('rivall');
    expect(issue!.hint).toBe('did you mean "rival"?');
  });

  it('broken YAML names the line', () => {
    const bad = tutorialText.replace('difficulty: 1', 'difficulty: [1');
    const issues = issuesOf(bad);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/never closed/);
    expect(issues[0]!.line).toBe(lineOf(bad, 'difficulty: [1'));
  });

  it('2 MiB of junk is refused up front with a clear message', () => {
    const issues = issuesOf('x'.repeat(2 * 1024 * 1024));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/at most 1024 KiB/);
  });

  it('missing English text is reported at the text', () => {
    const bad = tutorialText.replace('  en: "Tutorial: your first deal, lead to cash"\n', '');
    const [issue] = issuesOf(bad);
    expect(issue!.path).toBe('title.en');
  });

  it('weights must add up to 100', () => {
    const bad = tutorialText.replace('winRate: 15, revenue: 15', 'winRate: 25, revenue: 15');
    expect(issuesOf(bad)[0]!.message).toContain('add up to 110');
  });

  it('a duplicate id is reported at the second occurrence', () => {
    const doc = load(tutorialText);
    if (!doc.ok) throw new Error('tutorial must load');
    const twice = { ...doc.scenario, leads: [...doc.scenario.leads, doc.scenario.leads[0]] };
    const issues = issuesOf(stringify(twice));
    expect(issues[0]!.path).toBe(`leads[${doc.scenario.leads.length}].id`);
  });

  it('formats issues as file:line:col with the field, one screen, no stack', () => {
    const text = formatIssues(issuesOf(tutorialText.replace('influence: 6', 'influnce: 6')));
    expect(text).toMatch(/^x\.yaml:\d+:\d+ {2}customers\[0\]/);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(text.split('\n').length).toBeLessThan(25);
  });
});

describe('scenario JSON Schema', () => {
  it('scenarios/scenario.schema.json is generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(join(SCENARIO_DIR, 'scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });
});
