/**
 * What the studio's editor offers where the cursor is: the path read from indentation
 * (half-typed text included), the fields and values from the generated JSON Schema, and
 * a field's documentation for the hover card.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { keyPathAt, placeAt } from '../../../src/ui/studio/yaml-path.ts';
import { fieldDoc, fieldsAt, itemValuesAt, valuesAt, type JsonSchema } from '../../../src/ui/studio/schema-docs.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(`${ROOT}scenarios/scenario.schema.json`, 'utf8')) as JsonSchema;
const FLAGSHIP = readFileSync(`${ROOT}scenarios/flagship.yaml`, 'utf8');
/** The text with the cursor where "|" is. */
const at = (withCursor: string) => ({ text: withCursor.replace('|', ''), pos: withCursor.indexOf('|') });

describe('placeAt', () => {
  it('reads nested maps and list items from indentation, in a half-typed text', () => {
    const { text, pos } = at('id: x\ncompany:\n  name: { zh: a, en: b }\n  start|\nproducts:\n  - id: p\n');
    expect(placeAt(text, pos)).toMatchObject({ path: ['company'], context: 'key', prefix: 'start', siblings: { name: '{ zh: a, en: b }' } });
    const item = at('products:\n  - id: p\n    list|\n  - id: q\n');
    expect(placeAt(item.text, item.pos)).toMatchObject({ path: ['products', 0], context: 'key', prefix: 'list', siblings: { id: 'p' } });
  });
  it('knows a value is being typed after "key:"', () => {
    const { text, pos } = at('customers:\n  - id: c\n    rating: B|\n');
    expect(placeAt(text, pos)).toMatchObject({ path: ['customers', 0], context: 'value', key: 'rating', prefix: 'B' });
  });
  it('finds the same path in the flagship as its structure says', () => {
    const pos = FLAGSHIP.indexOf('    listPrice:') + 6;
    expect(placeAt(FLAGSHIP, pos).path).toEqual(['products', 0]);
  });
});

describe('schema completion and documentation', () => {
  it('offers the fields of the map at the path, required ones marked', () => {
    const company = fieldsAt(SCHEMA, ['company']);
    expect(company.map((f) => f.name)).toEqual(expect.arrayContaining(['startingCash', 'creditBudget', 'days', 'marketingCost']));
    expect(company.find((f) => f.name === 'startingCash')).toMatchObject({ required: true });
    expect(fieldsAt(SCHEMA, []).map((f) => f.name)).toEqual(expect.arrayContaining(['id', 'weeks', 'customers', 'leads', 'events', 'cards']));
  });
  it('offers enum values, and narrows a union by the kind already written', () => {
    expect(valuesAt(SCHEMA, ['customers', 0], 'rating')).toEqual(['A', 'B', 'C', 'D']);
    const effectKinds = valuesAt(SCHEMA, ['events', 0, 'effects', 0], 'kind');
    expect(effectKinds.length).toBeGreaterThan(5);
    const support = fieldsAt(SCHEMA, ['events', 0, 'effects', 0], { kind: 'support' }).map((f) => f.name);
    expect(support).toEqual(expect.arrayContaining(['kind', 'customer', 'stakeholder', 'delta']));
    expect(support).not.toContain('product');
    expect(itemValuesAt(SCHEMA, ['nowhere', 0])).toEqual([]);
  });
  it('documents a key under the pointer with the schema description (what VS Code shows)', () => {
    const pos = FLAGSHIP.indexOf('startingCash') + 3;
    const k = keyPathAt(FLAGSHIP, pos)!;
    expect(k.path).toEqual(['company', 'startingCash']);
    const doc = fieldDoc(SCHEMA, k.path, k.siblings)!;
    expect(doc.description).toBe((SCHEMA.properties!.company!.properties!.startingCash as JsonSchema).description);
    expect(doc.description.length).toBeGreaterThan(20);
    expect(keyPathAt(FLAGSHIP, FLAGSHIP.indexOf('startingCash: ') + 16)).toBeNull(); // on the value, not the key
  });
});
