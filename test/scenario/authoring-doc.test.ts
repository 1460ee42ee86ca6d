/** docs/authoring.md cannot drift: its generated parts are what the generator writes from the schema, the rules and the example. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authoringDoc, fieldReference } from '../../src/cli/authoring-doc.ts';
import { scenarioJsonSchema } from '../../src/cli/main.ts';
import { schemaFields } from '../../src/cli/schema-doc.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';

const ROOT = join(import.meta.dirname, '../..');
const doc = readFileSync(join(ROOT, 'docs/authoring.md'), 'utf8');
const example = readFileSync(join(ROOT, 'docs/examples/minimal.yaml'), 'utf8');

describe('docs/authoring.md', () => {
  it('is what `npm run docs:authoring` writes (run it after changing the schema, the rules or the example)', () => {
    expect(authoringDoc(doc, scenarioJsonSchema(), example)).toBe(doc);
  });
  it('documents every field path of the schema (texts once, effects and triggers once)', () => {
    const ref = fieldReference(scenarioJsonSchema());
    const missing = schemaFields(scenarioJsonSchema())
      .map((f) => f.path)
      .filter((p) => !/\.(zh|en)$/.test(p) && !p.startsWith('cards[].options[].effects[]') && !p.startsWith('cards[].trigger.'))
      .map((p) => p.replace(/^events\[\]\.effects\[\] \(kind: (\w+)\)\./, '$1.').replace(/^events\[\]\.trigger\./, ''))
      .filter((p) => !ref.includes(`\`${p}\``));
    expect(missing).toEqual([]);
  });
  it('a description changed in the schema changes the guide', () => {
    const schema = scenarioJsonSchema() as { properties: { weeks: { description: string } } };
    schema.properties.weeks.description = 'CHANGED';
    expect(authoringDoc(doc, schema, example)).not.toBe(doc);
  });
  it('embeds the worked example, which loads', () => {
    expect(doc).toContain(example.trimEnd());
    expect(loadScenarioText(example, 'minimal.yaml').ok).toBe(true);
  });
  it('refuses a guide without its markers', () => {
    expect(() => authoringDoc('# no markers', scenarioJsonSchema(), example)).toThrow(/generated:/);
  });
});
