/**
 * Language-aware number formatting with no dependence on the runtime's Intl data, so
 * Node, every browser and the tests print exactly the same text.
 */

/** `x` rounded to `decimals` places, printed without trailing zeros ("1.20" → "1.2"). */
export function trimmed(x: number, decimals: number): string {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  const s = (Object.is(r, -0) ? 0 : r).toFixed(decimals);
  return decimals > 0 ? s.replace(/\.?0+$/, '') : s;
}

/** Thousands separators on the integer part: 1234567.5 → "1,234,567.5". */
export function grouped(s: string): string {
  const [int, frac] = s.split('.');
  const g = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac !== undefined ? `${g}.${frac}` : g;
}

/**
 * zh: below 10,000 the plain amount ("¥8,500"); then 万 with one decimal ("¥123.4万");
 * from 1 亿 two decimals ("¥1.23亿").
 */
export function moneyZh(yuan: number): string {
  if (!Number.isFinite(yuan)) return '—';
  const sign = yuan < 0 ? '-' : '';
  const a = Math.abs(yuan);
  const yi = Math.round(a / 1e6) / 100;
  if (a >= 1e8 || Math.round(a / 1e3) / 10 >= 10000) return `${sign}¥${grouped(trimmed(yi, 2))}亿`;
  if (a >= 1e4) return `${sign}¥${grouped(trimmed(a / 1e4, 1))}万`;
  return `${sign}¥${grouped(trimmed(a, 0))}`;
}

/** en: three significant digits with K / M / B ("¥45.6K", "¥1.23M"); below 1,000 the plain amount. */
export function moneyEn(yuan: number): string {
  if (!Number.isFinite(yuan)) return '—';
  const sign = yuan < 0 ? '-' : '';
  const a = Math.abs(yuan);
  const units: [number, string][] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (let i = 0; i < units.length; i++) {
    const [size, suffix] = units[i]!;
    const v = a / size;
    if (v < 1) continue;
    const decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
    const r = Math.round(v * 10 ** decimals) / 10 ** decimals;
    // 999,999 rounds to "1000K": show it as the next unit up instead.
    if (r >= 1000 && i > 0) {
      const [upSize, upSuffix] = units[i - 1]!;
      return `${sign}¥${trimmed(a / upSize, 2)}${upSuffix}`;
    }
    return `${sign}¥${grouped(trimmed(v, decimals))}${suffix}`;
  }
  return `${sign}¥${grouped(trimmed(a, 0))}`;
}
