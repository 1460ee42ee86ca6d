/**
 * The scenario's JSON Schema (scenarios/scenario.schema.json, generated from the zod
 * schema by `npm run schema`, so its descriptions are the ones VS Code shows) read for the
 * editor: the fields allowed at a path, the values allowed for a field, and a field's
 * documentation. Unions (`anyOf`/`oneOf`) are merged, or narrowed to the variant whose
 * `kind` matches when the map already says which kind it is.
 */
import type { YamlPath } from './yaml-path.ts';

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  additionalProperties?: boolean | JsonSchema;
}

export interface FieldDoc { name: string; description: string; required: boolean; values: string[]; example: string | null; min?: number; max?: number }

/** The alternatives a schema stands for (a union's variants, flattened). */
function variants(s: JsonSchema): JsonSchema[] {
  const alts = s.anyOf ?? s.oneOf;
  return alts ? alts.flatMap(variants) : [s];
}

/** Narrow a union of maps to the variants that agree with the keys already written (their `kind`). */
function narrow(schemas: JsonSchema[], siblings: Record<string, string>): JsonSchema[] {
  const kind = siblings.kind;
  if (kind === undefined) return schemas;
  const match = schemas.filter((s) => s.properties?.kind?.const === kind || s.properties?.kind?.enum?.includes(kind));
  return match.length ? match : schemas;
}

/** Every schema that can stand at `path` (a union gives several). */
export function schemasAt(root: JsonSchema, path: YamlPath): JsonSchema[] {
  let here = variants(root);
  for (const p of path) {
    const next: JsonSchema[] = [];
    for (const s of here) {
      if (typeof p === 'number') {
        if (s.items) next.push(...variants(s.items));
      } else {
        const prop = s.properties?.[p] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (prop) next.push(...variants(prop));
      }
    }
    here = next;
    if (!here.length) break;
  }
  return here;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The values a field allows (an enum, a constant, yes/no), as they are written. */
export function valuesOf(schemas: JsonSchema[]): string[] {
  const out = new Set<string>();
  for (const s of schemas) {
    for (const v of s.enum ?? []) out.add(show(v));
    if (s.const !== undefined) out.add(show(s.const));
    if (s.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
  }
  return [...out];
}

/**
 * Field documentation in another language, keyed by schema path as src/cli/schema-doc.ts
 * writes it (`customers[].payment.delayDays`, `events[].effects[] (kind: cash).amount`):
 * src/i18n/schema-docs.zh.ts. A path it lacks keeps the schema's English.
 */
export type Docs = Readonly<Record<string, string>>;

/** A YAML path as a schema path: list indexes as `[]`. */
export function schemaPath(path: YamlPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? '[]' : out ? `.${p}` : p;
  return out;
}

function docOf(name: string, schemas: JsonSchema[], required: boolean, translated?: string): FieldDoc {
  const s = schemas.find((x) => x.description) ?? schemas[0] ?? {};
  const example = schemas.find((x) => x.examples?.length)?.examples?.[0];
  const exampleText = example === undefined ? null : typeof example === 'object' ? JSON.stringify(example).replace(/"(\w+)":/g, '$1: ') : show(example);
  return { name, description: translated ?? s.description ?? '', required, values: valuesOf(schemas), example: exampleText, min: s.minimum, max: s.maximum };
}

/** The fields a map at `path` may have, with their documentation (union variants merged). */
export function fieldsAt(root: JsonSchema, path: YamlPath, siblings: Record<string, string> = {}, docs?: Docs): FieldDoc[] {
  const maps = narrow(schemasAt(root, path).filter((s) => s.properties), siblings);
  const base = schemaPath(path);
  // A field in several variants (a union's `kind`) allows what any of them allows.
  const byName = new Map<string, { schemas: JsonSchema[]; required: boolean; translated?: string }>();
  for (const m of maps) {
    const kind = m.properties!.kind?.const;
    const at = typeof kind === 'string' ? `${base} (kind: ${kind})` : base;
    for (const [name, prop] of Object.entries(m.properties!)) {
      const f = byName.get(name) ?? byName.set(name, { schemas: [], required: true }).get(name)!;
      f.schemas.push(...variants(prop));
      f.required &&= m.required?.includes(name) ?? false;
      f.translated ??= docs?.[at ? `${at}.${name}` : name];
    }
  }
  return [...byName].map(([name, f]) => docOf(name, f.schemas, f.required, f.translated));
}

/** The documentation of the field at `path` (its last part is the field's name). */
export function fieldDoc(root: JsonSchema, path: YamlPath, siblings: Record<string, string> = {}, docs?: Docs): FieldDoc | null {
  const name = path[path.length - 1];
  if (typeof name !== 'string') return null;
  return fieldsAt(root, path.slice(0, -1), siblings, docs).find((f) => f.name === name) ?? null;
}

/** The values allowed for `key` in the map at `path` (narrowed by its kind). */
export function valuesAt(root: JsonSchema, path: YamlPath, key: string, siblings: Record<string, string> = {}): string[] {
  return fieldDoc(root, [...path, key], siblings)?.values ?? [];
}

/** The values allowed for a list item at `path` (a list of enums). */
export function itemValuesAt(root: JsonSchema, path: YamlPath): string[] {
  return valuesOf(schemasAt(root, path));
}
