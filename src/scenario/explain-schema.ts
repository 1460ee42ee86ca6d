/**
 * zod's findings in an instructor's words: what is wrong with which field, what to
 * write instead, and "did you mean" where a near miss is likely. One message per
 * mistake: a misspelt key is reported once (as the typo), not again as a missing field,
 * and a trigger that matches neither form is explained against the form it resembles.
 */
import type { z } from 'zod';
import type { AuthoringKey } from '../i18n/authoring.ts';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown => {
  let d = data;
  for (const p of path) d = d !== null && typeof d === 'object' ? (d as Record<PropertyKey, unknown>)[p] : undefined;
  return d;
};

const TYPE_NAME: Record<string, AuthoringKey> = {
  number: 'type.number', int: 'type.number', string: 'type.text', array: 'type.list', object: 'type.block', boolean: 'type.yesNo',
};

/** `got` and `value` params describing what the file says. */
function described(v: unknown): { got: string; value: string } {
  if (v === null || v === undefined) return { got: 'value.nothing', value: '' };
  if (typeof v === 'string') return { got: 'value.text', value: v.length > 40 ? `${v.slice(0, 40)}…` : v };
  if (Array.isArray(v)) return { got: 'value.list', value: '' };
  if (typeof v === 'object') return { got: 'value.block', value: '' };
  if (typeof v === 'boolean') return { got: 'value.yesNo', value: String(v) };
  return { got: String(v), value: String(v) };
}

const fieldName = (path: readonly PropertyKey[]): string => {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '';
};

export function explainSchemaIssues(raw: readonly Issue[], root: z.ZodType, data: unknown): Problem[] {
  const out: Problem[] = [];
  const explain = (issues: readonly Issue[], prefix: Path) => {
    // A misspelt key shows up twice in zod's report: as an unknown key and as a missing field.
    const typoFixes = new Set<string>();
    for (const i of issues) {
      if (i.code !== 'unrecognized_keys') continue;
      const path = [...prefix, ...(i.path as Path)];
      const known = knownKeysAt(root, path, data);
      for (const key of i.keys) {
        const guess = closest(key, known.filter((k) => valueAt(data, [...path, k]) === undefined));
        if (guess) typoFixes.add(JSON.stringify([...path, guess]));
        out.push({
          path, key, code: 'check.unknownField', params: { field: key },
          hint: guess ? { code: 'hint.didYouMean', params: { guess } } : known.length ? { code: 'hint.allowed', params: { list: known.join(', ') } } : null,
        });
      }
    }
    for (const i of issues) {
      const path = [...prefix, ...(i.path as Path)];
      if (i.code === 'unrecognized_keys') continue;
      if (typoFixes.has(JSON.stringify(path))) continue;
      const p = explainOne(i, path);
      if (p) out.push(p);
    }
  };
  const explainOne = (i: Issue, path: Path): Problem | null => {
    const value = valueAt(data, path);
    const field = fieldName(path);
    switch (i.code) {
      case 'invalid_type': {
        const expected = TYPE_NAME[i.expected] ?? 'type.text';
        if (value === undefined) {
          if ((field === 'zh' || field === 'en') && path.length > 1) return { path, code: 'check.missingText', params: { language: field, field } };
          return { path, code: 'check.missingField', params: { field, expected } };
        }
        if (i.expected === 'int' && typeof value === 'number') return { path, code: 'check.notWhole', params: { field, value } };
        return { path, code: 'check.wrongType', params: { field, expected, ...described(value) }, hint: null };
      }
      case 'too_small':
      case 'too_big': {
        const small = i.code === 'too_small';
        const bound = Number(small ? (i as { minimum: number | bigint }).minimum : (i as { maximum: number | bigint }).maximum);
        if (i.origin === 'array') return { path, code: small ? 'check.tooFew' : 'check.tooMany', params: { field, min: bound, max: bound, count: Array.isArray(value) ? value.length : 0 } };
        if (i.origin === 'string') {
          return small ? { path, code: 'check.textEmpty', params: { field } } : { path, code: 'check.textTooLong', params: { field, max: bound, count: String(value).length } };
        }
        return { path, code: small ? 'check.tooSmall' : 'check.tooBig', params: { field, min: bound, max: bound, value: String(value) } };
      }
      case 'invalid_format':
        return { path, code: 'check.badId', params: { field, value: String(value) } };
      case 'invalid_value': {
        const allowed = i.values.map(String);
        const guess = closest(String(value), allowed);
        return {
          path, code: 'check.badChoice', params: { field, value: String(value) },
          hint: guess ? { code: 'hint.didYouMean', params: { guess } } : { code: 'hint.oneOf', params: { list: allowed.join(', ') } },
        };
      }
      case 'invalid_union': {
        const u = i as Issue & { discriminator?: string; options?: unknown[]; errors: Issue[][] };
        if (u.discriminator) {
          const allowed = (u.options ?? []).map(String);
          const guess = closest(String(value), allowed);
          return {
            path, code: 'check.badEffectKind', params: { field, value: String(value) },
            hint: guess ? { code: 'hint.didYouMean', params: { guess } } : { code: 'hint.oneOf', params: { list: allowed.join(', ') } },
          };
        }
        // A trigger: { atWeek }, { when } or { on } (schema.ts order). Explain against the form it resembles.
        const keys = value && typeof value === 'object' ? Object.keys(value) : [];
        const resembles = (name: string) => keys.some((k) => k === name || closest(k, [name]) === name);
        const form = resembles('when') ? 1 : resembles('atWeek') ? 0 : keys.includes('on') ? 2 : -1;
        if (form >= 0 && u.errors[form]) {
          explain(u.errors[form]!, path);
          return null;
        }
        return { path, code: 'check.badTrigger', params: { field } };
      }
      default:
        return { path, code: 'check.invalid', params: { field } };
    }
  };
  explain(raw, []);
  // Unknown fields first: a typo often explains the rest.
  return out.sort((a, b) => Number(b.code === 'check.unknownField') - Number(a.code === 'check.unknownField'));
}

/** The keys the schema allows at `path`, so a typo can be answered with a suggestion. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  type Def = { type: string; innerType?: unknown; in?: unknown; options?: unknown[]; shape?: Record<string, unknown>; element?: unknown };
  const defOf = (x: unknown): Def => (x as { _zod: { def: Def } })._zod.def;
  const unwrap = (x: unknown): unknown => {
    let cur = x;
    for (let i = 0; i < 10; i++) {
      const def = defOf(cur);
      if ((def.type === 'default' || def.type === 'optional' || def.type === 'pipe') && def.innerType) cur = def.innerType;
      else if (def.type === 'pipe' && def.in) cur = def.in;
      else break;
    }
    return cur;
  };
  const pickOption = (x: unknown, value: unknown): unknown => {
    const def = defOf(x);
    if (def.type !== 'union' || !def.options) return x;
    const v = (value ?? {}) as Record<string, unknown>;
    for (const o of def.options) {
      const shape = defOf(unwrap(o)).shape;
      const kind = shape?.kind as { _zod: { def: { values?: unknown[] } } } | undefined;
      if (kind?._zod.def.values?.includes(v.kind)) return o;
    }
    // A trigger: the form whose only key is present (or nearly).
    for (const o of def.options) {
      const keys = Object.keys(defOf(unwrap(o)).shape ?? {});
      if (keys.length === 1 && Object.keys(v).some((k) => k === keys[0] || closest(k, keys) !== undefined)) return o;
    }
    return def.options.find((o) => defOf(unwrap(o)).type === 'object') ?? x;
  };
  let s: unknown = pickOption(unwrap(schema), data);
  let d: unknown = data;
  for (const p of path) {
    const def = defOf(s);
    if (def.type === 'object' && def.shape && typeof p === 'string') s = def.shape[p];
    else if (def.type === 'array' && def.element) s = def.element;
    else return [];
    if (!s) return [];
    d = valueAt(d, [p]);
    s = pickOption(unwrap(s), d);
  }
  const def = defOf(s);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
