/** Issue 11 item 2: every field of the scenario JSON Schema carries its documentation. */
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/cli/main.ts';
import { schemaFields, undocumentedFields } from '../../src/cli/schema-doc.ts';

describe('scenario schema documentation', () => {
  const fields = schemaFields(scenarioJsonSchema());
  it('finds every property, including texts, effect kinds and trigger fields', () => {
    expect(fields.length).toBeGreaterThanOrEqual(241);
    const paths = new Set(fields.map((f) => f.path));
    for (const p of ['title.zh', 'title.en', 'customers[].payment.delayDays', 'events[].trigger.when.metric', 'events[].trigger.atWeek', 'cards[].options[].effects[] (kind: roleDays).weeks', 'events[].effects[] (kind: budgetCut).bp']) {
      expect(paths.has(p), p).toBe(true);
    }
  });
  it('every property has a non-empty description', () => {
    expect(undocumentedFields(scenarioJsonSchema())).toEqual([]);
  });
  it('the counter notices a missing description', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, { description?: string }> };
    delete schema.properties.weeks!.description;
    schema.properties.title!.description = ' ';
    expect(undocumentedFields(schema)).toEqual(['title', 'weeks']);
  });
  it('numbers say their unit or scale', () => {
    const numeric = fields.filter((f) => f.type === 'integer');
    const unitless = numeric.filter((f) => !/¥|bp|week|day|units|points|0–100|−100|-2|1–|0–|count|stars|version|entries|percent|%/i.test(f.description));
    expect(unitless.map((f) => f.path)).toEqual([]);
  });
});
