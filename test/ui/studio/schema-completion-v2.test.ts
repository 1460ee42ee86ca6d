/**
 * The studio's completion and hovers come from the generated JSON Schema alone
 * (schema-docs.ts): the format-2 effects, the `on` trigger, the lead source `scripted`
 * and `schemaVersion` are offered and documented with no change to the studio's code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldDoc, fieldsAt, valuesAt, type JsonSchema } from '../../../src/ui/studio/schema-docs.ts';
import { FACTS, SPAWNABLE_TICKETS } from '../../../src/scenario/schema.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(`${ROOT}scenarios/scenario.schema.json`, 'utf8')) as JsonSchema;
const names = (fs: { name: string }[]) => fs.map((f) => f.name);

describe('studio completion for the format-2 content', () => {
  it('offers the new effect kinds in events and card options, and each kind\'s own fields, documented', () => {
    for (const at of [['events', 0, 'effects', 0], ['cards', 0, 'options', 0, 'effects', 0]]) {
      expect(valuesAt(SCHEMA, at, 'kind')).toEqual(expect.arrayContaining(['paymentTerms', 'creditRating', 'spawnLead', 'spawnTicket']));
    }
    const effect = ['events', 0, 'effects', 0];
    expect(names(fieldsAt(SCHEMA, effect, { kind: 'paymentTerms' }))).toEqual(['kind', 'customer', 'lead', 'split', 'netDays']);
    expect(names(fieldsAt(SCHEMA, [...effect, 'split'], { kind: 'paymentTerms' }))).toEqual(['advanceBp', 'deliveryBp', 'acceptanceBp', 'retentionBp']);
    expect(names(fieldsAt(SCHEMA, effect, { kind: 'creditRating' }))).toEqual(['kind', 'customer', 'rating', 'delta']);
    expect(valuesAt(SCHEMA, effect, 'rating', { kind: 'creditRating' })).toEqual(['A', 'B', 'C', 'D']);
    expect(names(fieldsAt(SCHEMA, effect, { kind: 'spawnLead' }))).toEqual(['kind', 'lead']);
    expect(valuesAt(SCHEMA, effect, 'ticket', { kind: 'spawnTicket' })).toEqual([...SPAWNABLE_TICKETS]);
    const severity = fieldDoc(SCHEMA, [...effect, 'severity'], { kind: 'spawnTicket' })!;
    expect(severity).toMatchObject({ required: true, min: 1, max: 3 });
    expect(severity.description).toMatch(/SLA/);
  });

  it('offers the `on` trigger with its facts, a scripted lead source, and schemaVersion at the top', () => {
    expect(names(fieldsAt(SCHEMA, ['cards', 0, 'trigger']))).toEqual(expect.arrayContaining(['atWeek', 'when', 'on']));
    expect(names(fieldsAt(SCHEMA, ['events', 0, 'trigger', 'on']))).toEqual(['fact', 'customer', 'lead', 'days', 'fromWeek']);
    expect(valuesAt(SCHEMA, ['events', 0, 'trigger', 'on'], 'fact')).toEqual([...FACTS]);
    expect(valuesAt(SCHEMA, ['leads', 0], 'source')).toContain('scripted');
    const version = fieldDoc(SCHEMA, ['schemaVersion'])!;
    expect(version).toMatchObject({ required: false, max: 2 });
    expect(version.description).toMatch(/absent = 1/);
  });
});
