/**
 * The glossary's words and the tooltip's looks, in a chunk of their own: loaded the first
 * time an `<it-term>` is drawn, and by the how-to-play page.
 */
import './term.css';
import { glossaryEn } from '../../i18n/glossary.en.ts';
import { glossaryZh } from '../../i18n/glossary.zh.ts';
import type { Lang } from '../text.ts';

const CAT: Record<Lang, Record<string, string>> = { en: glossaryEn, zh: glossaryZh };

/** Every glossary key ("dso", "srole.decisionMaker"), in catalogue order. */
export const GLOSSARY_TERMS: readonly string[] = Object.keys(glossaryEn).filter((k) => k.startsWith('term.')).map((k) => k.slice(5));

export function definition(lang: Lang, term: string): string | null {
  return CAT[lang][`term.${term}`] ?? CAT.en[`term.${term}`] ?? null;
}

export function termName(lang: Lang, term: string): string {
  return CAT[lang][`termName.${term}`] ?? CAT.en[`termName.${term}`] ?? term;
}
