/**
 * Typography of both languages in every catalogue: English uses ASCII quotes and
 * apostrophes and no CJK full-width punctuation (in a page whose fonts fall back to CJK,
 * ’ and “ ” render full-width); Chinese uses full-width commas, colons, semicolons,
 * question and exclamation marks, brackets and quotes, never the ASCII ones next to
 * Chinese text.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

/** CJK symbols and punctuation, full-width forms, and curly quotes/apostrophes. */
const EN_BAD = /[\u3000-\u303F\uFF00-\uFFEF\u2018\u2019\u201C\u201D]/u;
/** ASCII , ; ! ? and straight quotes anywhere; ASCII : ( ) touching a Chinese character. */
const ZH_BAD = /[,;!?"']|\p{Script=Han}[:()]|[:()]\p{Script=Han}/u;
const strip = (s: string) => s.replace(/\{\w+\}/g, 'X');

describe('typography', () => {
  it('English: no full-width punctuation, no curly quotes', () => {
    const bad = Object.entries(en).filter(([, v]) => EN_BAD.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(bad).toEqual([]);
  });
  it('Chinese: full-width punctuation next to Chinese text', () => {
    const bad = Object.entries(zh).filter(([, v]) => ZH_BAD.test(strip(v))).map(([k, v]) => `${k}: ${v}`);
    expect(bad).toEqual([]);
  });
  it('the checks catch what they are meant to catch', () => {
    expect(EN_BAD.test('the insurer’s list')).toBe(true);
    expect(EN_BAD.test('Done：now')).toBe(true);
    expect(EN_BAD.test("the insurer's list")).toBe(false);
    expect(ZH_BAD.test('已完成,下一步')).toBe(true);
    expect(ZH_BAD.test('交付(第 3 周)')).toBe(true);
    expect(ZH_BAD.test('交付（第 3 周）')).toBe(false);
  });
});
