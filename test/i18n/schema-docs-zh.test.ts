/**
 * Issue 11 item 5: the studio's hover and completion documentation in Chinese. Every
 * described field of the scenario schema has a Chinese text, keyed by its schema path,
 * and no key names a field the schema no longer has; the editor's lookup finds it for a
 * place in a YAML file (effects narrowed by their kind).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../../src/cli/main.ts';
import { schemaFields } from '../../src/cli/schema-doc.ts';
import { schemaDocsZh } from '../../src/i18n/schema-docs.zh.ts';
import { fieldDoc, fieldsAt, schemaPath, type JsonSchema } from '../../src/ui/studio/schema-docs.ts';
import { keyPathAt } from '../../src/ui/studio/yaml-path.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(`${ROOT}scenarios/scenario.schema.json`, 'utf8')) as JsonSchema;
const CJK = /\p{Script=Han}/u;

describe('schema field docs in Chinese', () => {
  const fields = schemaFields(scenarioJsonSchema()).filter((f) => f.description.trim() !== '');

  it('every described field has a Chinese text, and every key is a field', () => {
    expect(fields.length).toBeGreaterThanOrEqual(241);
    expect(fields.filter((f) => !schemaDocsZh[f.path]?.trim()).map((f) => f.path)).toEqual([]);
    const paths = new Set(fields.map((f) => f.path));
    expect(Object.keys(schemaDocsZh).filter((k) => !paths.has(k))).toEqual([]);
  });

  it('the texts are Chinese and keep the numbers of the English', () => {
    for (const f of fields) {
      const zh = schemaDocsZh[f.path]!;
      expect(zh, f.path).toMatch(CJK);
      // Every range or limit the English states (1–10, 10000, 150%) is in the Chinese too.
      for (const n of f.description.match(/\d{2,}/g) ?? []) expect(zh, `${f.path}: ${n}`).toContain(n);
    }
  });

  it('the editor finds the Chinese for a place in the YAML, narrowed by kind', () => {
    const yaml = 'customers:\n  - id: c\n    payment:\n      delayDays: 21\nevents:\n  - id: e\n    effects:\n      - kind: cash\n        amount: -1000\n';
    const at = (needle: string) => keyPathAt(yaml, yaml.indexOf(needle) + 1)!;
    const delay = at('delayDays');
    expect(schemaPath(delay.path)).toBe('customers[].payment.delayDays');
    expect(fieldDoc(SCHEMA, delay.path, delay.siblings, schemaDocsZh)!.description).toBe(schemaDocsZh['customers[].payment.delayDays']);
    const amount = at('amount');
    expect(fieldDoc(SCHEMA, amount.path, amount.siblings, schemaDocsZh)!.description).toBe('加到现金上的金额，元；负数表示一笔费用。');
    // Without the docs (en), the schema's own description.
    expect(fieldDoc(SCHEMA, amount.path, amount.siblings)!.description).toBe('¥ added to cash; negative is a cost.');
    // Completion at the top level: every field in Chinese.
    for (const f of fieldsAt(SCHEMA, [], {}, schemaDocsZh)) expect(f.description, f.name).toMatch(CJK);
    for (const f of fieldsAt(SCHEMA, ['cards', 0, 'options', 0, 'effects', 0], { kind: 'roleDays' }, schemaDocsZh)) expect(f.description, f.name).toMatch(CJK);
  });
});
