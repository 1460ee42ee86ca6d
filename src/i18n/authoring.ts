/**
 * The authoring catalogue's lookup: a key and its `{placeholders}`, in zh or en. Used by
 * the scenario loader and linter (src/scenario) and the CLI; the play screen never
 * imports it. `language.zh` / `language.en` name the languages inside sentences.
 */
import { authoringEn, type AuthoringKey } from './authoring.en.ts';
import { authoringZh } from './authoring.zh.ts';

export type AuthoringLang = 'zh' | 'en';
export type { AuthoringKey };
export type AuthoringParams = Record<string, string | number>;

export const AUTHORING: Record<AuthoringLang, Record<AuthoringKey, string>> = { en: authoringEn, zh: authoringZh };
const LANGUAGE_NAMES: Record<AuthoringLang, Record<'zh' | 'en', string>> = {
  en: { zh: 'Chinese ("zh")', en: 'English ("en")' },
  zh: { zh: '中文（zh）', en: '英文（en）' },
};

export function hasAuthoringKey(key: string): key is AuthoringKey {
  return Object.hasOwn(authoringEn, key);
}

/** The sentence for `key`, with `{name}` filled from params (a missing param stays visible). */
export function authoringText(lang: AuthoringLang, key: AuthoringKey, params: AuthoringParams = {}): string {
  return AUTHORING[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

/** A language's name inside a sentence of `lang` ("the English ("en") text"). */
export const languageName = (lang: AuthoringLang, which: 'zh' | 'en'): string => LANGUAGE_NAMES[lang][which];
