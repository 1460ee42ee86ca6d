/**
 * Shortens a label to a pixel width with "…", measured with an off-screen 2D canvas
 * (the same font the Phaser Text uses). Labels change rarely, so results are cached;
 * the cache is bounded so a 52-week run cannot grow it without limit.
 */
let ctx: CanvasRenderingContext2D | null = null;
const cache = new Map<string, string>();

function measure(font: string, text: string): number {
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * 12;
  ctx.font = font;
  return ctx.measureText(text).width;
}

/** Width of `text` in px when drawn with the CSS `font`. */
export function textWidth(font: string, text: string): number {
  return measure(font, text);
}

export function fitText(text: string, font: string, maxWidth: number): string {
  const key = `${font}|${Math.round(maxWidth)}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let out = text;
  if (maxWidth <= 0) out = '';
  else if (measure(font, text) > maxWidth) {
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measure(font, chars.slice(0, mid).join('') + '…') <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    out = lo > 0 ? chars.slice(0, lo).join('').trimEnd() + '…' : '…';
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, out);
  return out;
}
