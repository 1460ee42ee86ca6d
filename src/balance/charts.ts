/**
 * Text charts for the balance report's markdown (they read the same in a terminal, a
 * code block and the studio): horizontal bars and interval ("forest") plots.
 */

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `value` on a scale where `max` fills `width` characters (eighths of a character). */
export function bar(value: number, max: number, width = 30): string {
  if (!(max > 0) || !(value > 0)) return '';
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

/** Labelled bars, one a line, the value after each bar. */
export function barChart(rows: readonly { label: string; value: number; text: string }[], width = 30): string {
  const max = Math.max(0, ...rows.map((r) => r.value));
  const lw = Math.max(...rows.map((r) => r.label.length), 1);
  return rows.map((r) => `${r.label.padEnd(lw)}  ${bar(r.value, max, width).padEnd(width)}  ${r.text}`).join('\n');
}

/**
 * An interval plot: one line per row, the interval drawn as ─ from lo to hi, ● at the
 * mean and │ at zero, all rows on one scale.
 */
export function forest(rows: readonly { label: string; lo: number; mean: number; hi: number; text: string }[], width = 36): string {
  if (rows.length === 0) return '';
  const min = Math.min(0, ...rows.map((r) => r.lo));
  const max = Math.max(0, ...rows.map((r) => r.hi));
  const span = max - min || 1;
  const at = (x: number) => Math.max(0, Math.min(width - 1, Math.round(((x - min) / span) * (width - 1))));
  const lw = Math.max(...rows.map((r) => r.label.length), 1);
  return rows
    .map((r) => {
      const line = Array.from({ length: width }, () => ' ');
      for (let i = at(r.lo); i <= at(r.hi); i++) line[i] = '─';
      line[at(0)] = '│';
      line[at(r.mean)] = '●';
      return `${r.label.padEnd(lw)}  ${line.join('')}  ${r.text}`;
    })
    .join('\n');
}
