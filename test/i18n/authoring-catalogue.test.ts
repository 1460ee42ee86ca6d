/** The authoring catalogue (check and lint messages): zh and en match, and every key is used. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { authoringEn } from '../../src/i18n/authoring.en.ts';
import { authoringZh } from '../../src/i18n/authoring.zh.ts';
import { authoringText } from '../../src/i18n/authoring.ts';
import { en } from '../../src/i18n/en.ts';

const ROOT = join(import.meta.dirname, '../..');
const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

describe('authoring catalogue', () => {
  it('zh and en have the same keys, non-empty, with the same placeholders', () => {
    expect(Object.keys(authoringZh).sort()).toEqual(Object.keys(authoringEn).sort());
    for (const [k, v] of Object.entries(authoringEn)) {
      expect(v.trim(), k).not.toBe('');
      expect(authoringZh[k as keyof typeof authoringZh].trim(), k).not.toBe('');
      expect(placeholders(authoringZh[k as keyof typeof authoringZh]), k).toEqual(placeholders(v));
    }
  });
  it('en has no CJK; zh is Chinese', () => {
    expect(Object.entries(authoringEn).filter(([, v]) => CJK.test(v)).map(([k]) => k)).toEqual([]);
    const latinOnly = Object.entries(authoringZh).filter(([, v]) => !CJK.test(v.replace(PLACEHOLDER, ''))).map(([k]) => k);
    expect(latinOnly).toEqual(['kind.stakeholder', 'value.text'].filter((k) => latinOnly.includes(k)));
  });
  it('is not part of the app catalogue (the play screen does not download it)', () => {
    const appKeys = new Set(Object.keys(en));
    expect(Object.keys(authoringEn).filter((k) => appKeys.has(k))).toEqual([]);
    const appSources = ['src/i18n/en.ts', 'src/i18n/zh.ts', 'src/i18n/index.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    expect(appSources).not.toMatch(/authoring/);
  });
  it('every key is used by the loader, the linter or the CLI (a hint through its message key)', () => {
    const dirs = ['src/scenario', 'src/cli', 'src/i18n'];
    const source = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.ts') && !f.startsWith('authoring.')).map((f) => readFileSync(join(ROOT, d, f), 'utf8'))).join('\n');
    const unused = Object.keys(authoringEn).filter((k) => !source.includes(`'${k}'`) && !source.includes(`'${k.replace(/\.hint$/, '')}'`));
    expect(unused).toEqual([]);
  });
  it('fills placeholders and leaves a missing one visible', () => {
    expect(authoringText('en', 'check.afterLastWeek', { week: 40, weeks: 12 })).toBe('week 40 is after the last week (12)');
    expect(authoringText('zh', 'check.afterLastWeek', { week: 40 })).toBe('第 40 周在最后一周（第 {weeks} 周）之后');
  });
});
