/** The balance report's catalogues and text charts. */
import { describe, expect, it } from 'vitest';
import { balanceReportEn } from '../../src/i18n/balance-report.en.ts';
import { balanceReportZh } from '../../src/i18n/balance-report.zh.ts';
import { bt } from '../../src/i18n/balance-report.ts';
import { bar, barChart, forest } from '../../src/balance/charts.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('balance report catalogue', () => {
  it('zh has every English key, with the same placeholders, in Chinese', () => {
    expect(Object.keys(balanceReportZh).sort()).toEqual(Object.keys(balanceReportEn).sort());
    for (const [k, en] of Object.entries(balanceReportEn)) {
      const zh = balanceReportZh[k as keyof typeof balanceReportEn];
      expect(placeholders(zh), k).toEqual(placeholders(en));
      if (!/^(yes|no)$/.test(k)) expect(zh, k).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(bt('en', 'err.card', { value: 'x' })).toContain('"x"');
    expect(bt('zh', 'progress', { done: 3, total: 9 })).toBe('平衡报告：3/9 局');
    expect(bt('en', 'progress', { done: 3 })).toBe('Balance report: 3/{total} games');
  });
});

describe('text charts', () => {
  it('bars are proportional, in eighths of a character', () => {
    expect(bar(10, 10, 4)).toBe('████');
    expect(bar(5, 10, 4)).toBe('██');
    expect(bar(1, 16, 2)).toBe('▏');
    expect(bar(0, 10, 4)).toBe('');
    expect(bar(3, 0, 4)).toBe('');
    expect(barChart([{ label: 'a', value: 2, text: '2' }, { label: 'bb', value: 1, text: '1' }], 4).split('\n')).toEqual(['a   ████  2', 'bb  ██    1']);
  });
  it('an interval plot marks zero, the mean and the interval on one scale', () => {
    const lines = forest([{ label: 'x', lo: 10, mean: 20, hi: 30, text: '+20' }, { label: 'y', lo: -10, mean: -5, hi: 0, text: '−5' }], 9).split('\n');
    expect(lines[0]).toBe('x    │ ──●──  +20');
    expect(lines[1]).toMatch(/^y  ─●│/);
  });
});
