/**
 * The catalogues that load lazily with the onboarding (the glossary, the how-to-play
 * pages, the first-week guide) are kept to the same rules as the main catalogue
 * (catalogue.test.ts, typography.test.ts): the same keys in zh and en, none empty, the
 * same placeholders, no stray English in Chinese and no CJK in English, each language's
 * punctuation. And every word the UI asks the glossary for has a definition.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossaryEn } from '../../src/i18n/glossary.en.ts';
import { glossaryZh } from '../../src/i18n/glossary.zh.ts';
import { howtoEn } from '../../src/i18n/howto.en.ts';
import { howtoZh } from '../../src/i18n/howto.zh.ts';
import { guideEn } from '../../src/i18n/guide.en.ts';
import { guideZh } from '../../src/i18n/guide.zh.ts';
import { studioEn } from '../../src/i18n/studio.en.ts';
import { studioZh } from '../../src/i18n/studio.zh.ts';
import { workshopEn } from '../../src/i18n/workshop.en.ts';
import { workshopZh } from '../../src/i18n/workshop.zh.ts';
import { STAKEHOLDER_ROLES } from '../../src/scenario/schema.ts';
import { en } from '../../src/i18n/en.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAIRS: Record<string, { en: Record<string, string>; zh: Record<string, string> }> = {
  glossary: { en: glossaryEn, zh: glossaryZh },
  howto: { en: howtoEn, zh: howtoZh },
  guide: { en: guideEn, zh: guideZh },
  studio: { en: studioEn, zh: studioZh },
  workshop: { en: workshopEn, zh: workshopZh },
};
const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
/** As in catalogue.test.ts, plus SPIN (the questioning method's name in Chinese training too), the keys Tab, Esc and Ctrl, and the studio's file words YAML and KiB. */
const ZH_ALLOWED = new Set(['AR', 'SR', 'FR', 'LTC', 'ITR', 'KPI', 'DSO', 'SLA', 'PDF', 'CSV', 'JSON', 'ID', 'W', 'SPIN', 'Tab', 'Esc', 'Ctrl', 'YAML', 'KiB']);
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
const EN_BAD = /[\u3000-\u303F\uFF00-\uFFEF\u2018\u2019\u201C\u201D]/u;
const ZH_BAD = /[,;!?"']|\p{Script=Han}[:()]|[:()]\p{Script=Han}/u;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe.each(Object.entries(PAIRS))('the %s catalogue', (_name, pair) => {
  it('has the same keys in zh and en, none empty', () => {
    expect(Object.keys(pair.zh).sort()).toEqual(Object.keys(pair.en).sort());
    for (const cat of [pair.zh, pair.en]) for (const [k, v] of Object.entries(cat)) expect(v.trim(), k).not.toBe('');
  });
  it('uses the same placeholders in both languages', () => {
    for (const k of Object.keys(pair.en)) expect(placeholders(pair.zh[k]!), k).toEqual(placeholders(pair.en[k]!));
  });
  it('has no stray English in Chinese and no CJK in English', () => {
    const stray = Object.entries(pair.zh).flatMap(([k, v]) => (v.replace(PLACEHOLDER, '').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ZH_ALLOWED.has(w)).map((w) => `${k}: ${w}`));
    expect(stray).toEqual([]);
    expect(Object.entries(pair.en).filter(([, v]) => CJK.test(v)).map(([k]) => k)).toEqual([]);
  });
  it('uses each language\'s punctuation', () => {
    expect(Object.entries(pair.en).filter(([, v]) => EN_BAD.test(v)).map(([k]) => k)).toEqual([]);
    expect(Object.entries(pair.zh).filter(([, v]) => ZH_BAD.test(v.replace(PLACEHOLDER, 'X'))).map(([k]) => k)).toEqual([]);
  });
  it('shares no key with the main catalogue (it is looked up on its own)', () => {
    expect(Object.keys(pair.en).filter((k) => k in en)).toEqual([]);
  });
});

describe('the glossary covers the words the UI marks', () => {
  const ui = tsFiles(join(ROOT, 'src/ui')).map((f) => readFileSync(f, 'utf8')).join('\n');
  it('every term="…" and every term map entry in src/ui has a name and a definition (KPI words: a kpiHint)', () => {
    const literal = [...ui.matchAll(/term="([\w.]+)"/g)].map((m) => m[1]!);
    const mapped = [...ui.matchAll(/'ui\.[\w.]+': '([\w.]+)'/g)].map((m) => m[1]!);
    const used = new Set([...literal, ...mapped, ...STAKEHOLDER_ROLES.map((r) => `srole.${r}`)]);
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((t) => (t.startsWith('kpi.') ? !(`kpiHint.${t.slice(4)}` in en) : !(`term.${t}` in glossaryEn && `termName.${t}` in glossaryEn)));
    expect(missing).toEqual([]);
  });
  it('every term has a name and every name a term', () => {
    const terms = Object.keys(glossaryEn).filter((k) => k.startsWith('term.')).map((k) => k.slice(5)).sort();
    const names = Object.keys(glossaryEn).filter((k) => k.startsWith('termName.')).map((k) => k.slice(9)).sort();
    expect(names).toEqual(terms);
  });
  it('the how-to pages have words for every action row and every glossary word they list', () => {
    const page = readFileSync(join(ROOT, 'src/ui/onboarding/howto-page.ts'), 'utf8');
    const rows = [...page.matchAll(/\{ id: '(\w+)'(?:, term: '([\w.]+)')?/g)];
    expect(rows.length).toBeGreaterThan(15);
    for (const [, id, term] of rows) {
      expect(howtoEn, id).toHaveProperty([`howto.act.${id}`]);
      expect(howtoEn, id).toHaveProperty([`howto.act.${id}.why`]);
      if (term) expect(glossaryEn, term).toHaveProperty([`term.${term}`]);
    }
    const words = [...page.matchAll(/^\s+(?:AR|SR|FR|team): \[('[^\]{]+)\]/gm)].flatMap((m) => [...m[1]!.matchAll(/'([\w.]+)'/g)].map((x) => x[1]!));
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((w) => !(`term.${w}` in glossaryEn))).toEqual([]);
  });
});
