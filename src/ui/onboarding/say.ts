/** A lazily loaded catalogue pair's lookup: the sentence in the language in force, `{placeholders}` filled. */
import type { Lang } from '../text.ts';

export type Pair = Record<Lang, Record<string, string>>;

export function sayIn(pair: Pair, lang: Lang, key: string, params?: Record<string, string | number>): string {
  const template = pair[lang][key] ?? pair.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m));
}
