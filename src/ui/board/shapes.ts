/**
 * Low-poly rounded rectangles and circles for Graphics. Phaser's own fillRoundedRect
 * and fillCircle turn every arc into 100 points that are re-triangulated each frame;
 * a few points per corner look the same at board sizes and keep frame times flat
 * with 40+ tokens on screen (notably in software-GL browsers).
 */
import type * as Phaser from 'phaser';

export type Radii = number | { tl: number; tr: number; br: number; bl: number };

const STEPS = 5;
/** Unit-circle offsets for a quarter turn, computed once. */
const QUARTER: [number, number][] = Array.from({ length: STEPS + 1 }, (_, i) => {
  const a = (Math.PI / 2) * (i / STEPS);
  return [Math.cos(a), Math.sin(a)];
});

function tracePath(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, radii: Radii): void {
  const lim = Math.min(w, h) / 2;
  const rr = typeof radii === 'number' ? { tl: radii, tr: radii, br: radii, bl: radii } : radii;
  const tl = Math.min(rr.tl, lim);
  const tr = Math.min(rr.tr, lim);
  const br = Math.min(rr.br, lim);
  const bl = Math.min(rr.bl, lim);
  g.beginPath();
  // Corners clockwise from top-left; each corner sweeps a quarter turn.
  const corner = (cx: number, cy: number, r: number, startQuarter: number, first: boolean) => {
    for (let i = 0; i <= STEPS; i++) {
      const [c, s] = QUARTER[i]!;
      // Rotate the quarter offsets by startQuarter × 90°.
      let dx: number;
      let dy: number;
      if (startQuarter === 2) [dx, dy] = [-c, -s];
      else if (startQuarter === 3) [dx, dy] = [s, -c];
      else if (startQuarter === 0) [dx, dy] = [c, s];
      else [dx, dy] = [-s, c];
      if (first && i === 0) g.moveTo(cx + dx * r, cy + dy * r);
      else g.lineTo(cx + dx * r, cy + dy * r);
      if (r === 0) break;
    }
  };
  corner(x + tl, y + tl, tl, 2, true);
  corner(x + w - tr, y + tr, tr, 3, false);
  corner(x + w - br, y + h - br, br, 0, false);
  corner(x + bl, y + h - bl, bl, 1, false);
  g.closePath();
}

export function fillRoundRect(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, r: Radii): void {
  tracePath(g, x, y, w, h, r);
  g.fillPath();
}

export function strokeRoundRect(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, r: Radii): void {
  tracePath(g, x, y, w, h, r);
  g.strokePath();
}

export function fillDisc(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number): void {
  fillRoundRect(g, cx - r, cy - r, r * 2, r * 2, r);
}
