/**
 * The scenario JSON Schema as a list of documented fields: the source of the field
 * reference in docs/authoring.md (`npm run docs:authoring`) and of the test that every
 * field has a description.
 */
type Json = Record<string, unknown>;

export interface FieldDoc {
  /** `customers[].payment.delayDays`; a variant of a union adds ` (kind: cash)`. */
  path: string;
  description: string;
  type: string;
  required: boolean;
  range: string;
  default?: unknown;
  examples: unknown[];
}

const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const SAFE = 9007199254740991;

function typeOf(s: Json): string {
  if (Array.isArray(s.enum)) return `one of: ${(s.enum as unknown[]).join(', ')}`;
  if (s.const !== undefined) return `"${String(s.const)}"`;
  if (s.type === 'integer') return 'integer';
  if (s.type === 'array') {
    const items = isObj(s.items) ? s.items : {};
    return `list of ${items.type === 'object' || items.oneOf || items.anyOf ? 'blocks' : typeOf(items)}`;
  }
  if (s.type === 'object') {
    const keys = Object.keys(isObj(s.properties) ? s.properties : {});
    return keys.length === 2 && keys.includes('zh') && keys.includes('en') ? 'text {zh, en}' : 'block';
  }
  if (s.anyOf || s.oneOf) return 'one of several forms';
  return String(s.type ?? 'any');
}

function rangeOf(s: Json): string {
  const lo = typeof s.minimum === 'number' && s.minimum > -SAFE ? s.minimum : undefined;
  const hi = typeof s.maximum === 'number' && s.maximum < SAFE ? s.maximum : undefined;
  if (lo !== undefined || hi !== undefined) return `${lo ?? '…'} – ${hi ?? '…'}`;
  if (typeof s.minItems === 'number' || typeof s.maxItems === 'number') return `${s.minItems ?? 0} – ${s.maxItems ?? '…'} entries`;
  if (typeof s.pattern === 'string') return 'id';
  return '';
}

/** Every property of the schema, depth first, in the schema's order. */
export function schemaFields(schema: unknown): FieldDoc[] {
  const out: FieldDoc[] = [];
  const walk = (node: unknown, path: string): void => {
    if (!isObj(node)) return;
    for (const key of ['anyOf', 'oneOf'] as const) {
      const opts = node[key];
      if (!Array.isArray(opts)) continue;
      for (const o of opts) {
        const kind = isObj(o) && isObj(o.properties) && isObj(o.properties.kind) ? o.properties.kind.const : undefined;
        walk(o, kind !== undefined ? `${path} (kind: ${String(kind)})` : path);
      }
    }
    if (isObj(node.items)) walk(node.items, `${path}[]`);
    if (!isObj(node.properties)) return;
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    for (const [k, v] of Object.entries(node.properties)) {
      const s = isObj(v) ? v : {};
      const p = path ? `${path}.${k}` : k;
      out.push({
        path: p, description: typeof s.description === 'string' ? s.description : '', type: typeOf(s),
        required: required.has(k), range: rangeOf(s), default: s.default, examples: Array.isArray(s.examples) ? s.examples : [],
      });
      walk(s, p);
    }
  };
  walk(schema, '');
  return out;
}

/** Paths of the properties without a description (the test wants none). */
export const undocumentedFields = (schema: unknown): string[] => schemaFields(schema).filter((f) => f.description.trim() === '').map((f) => f.path);
