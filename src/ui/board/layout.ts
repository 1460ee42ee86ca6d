/**
 * Where everything goes, as pure arithmetic: lane bands, token slots, "+N" overflow
 * chips and the week clock, for a given board size and token list. Kept free of
 * Phaser so it is cheap to reason about and to test; the scene only animates
 * towards what this returns.
 */
import { LANES, type Lane, type TokenStatus } from './model.ts';
import { SIZES, STATUS_RANK } from './theme.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A token's place: centre point and size; `visible` is false when the lane overflowed. */
export interface Slot {
  x: number;
  y: number;
  w: number;
  h: number;
  visible: boolean;
}

export interface Chip extends Rect {
  /** How many tokens of the lane are not drawn. */
  hidden: number;
  page: number;
  pages: number;
}

export interface LaneBox {
  lane: Lane;
  rect: Rect;
  /** For the ITR lane, the title sits in a column on the left. */
  title: Rect;
  count: number;
  chip: Chip | null;
}

export interface BoardLayout {
  width: number;
  height: number;
  lanes: LaneBox[];
  clock: Rect;
  slots: Map<string, Slot>;
}

export interface LayoutToken {
  id: string;
  lane: Lane;
  status: TokenStatus;
  selected: boolean;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * Which tokens of an overflowing lane get a slot: rank by urgency (stable), take the
 * requested page, keep the selected token on the first page, then show them in model
 * order so the lane does not reshuffle more than it must.
 */
function pickVisible(tokens: LayoutToken[], capacity: number, page: number): { shown: LayoutToken[]; page: number; pages: number } {
  if (tokens.length <= capacity) return { shown: tokens, page: 0, pages: 1 };
  if (capacity <= 0) return { shown: [], page: 0, pages: 1 };
  const order = new Map(tokens.map((t, i) => [t.id, i]));
  const ranked = [...tokens].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || order.get(a.id)! - order.get(b.id)!);
  const pages = Math.ceil(ranked.length / capacity);
  const p = ((page % pages) + pages) % pages;
  const shown = ranked.slice(p * capacity, p * capacity + capacity);
  const sel = ranked.find((t) => t.selected);
  if (p === 0 && sel && !shown.includes(sel)) shown[shown.length - 1] = sel;
  shown.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { shown, page: p, pages };
}

/** Stack tokens vertically in `avail` px: shrink the gap, then the card, then overflow into "+N". */
function stackPlan(n: number, avail: number): { h: number; gap: number; capacity: number } {
  const { tokenH, tokenCompactH, tokenGap, tokenMinGap, chipH } = SIZES;
  const fits = (h: number, g: number) => n * h + Math.max(0, n - 1) * g <= avail;
  if (fits(tokenH, tokenGap)) return { h: tokenH, gap: tokenGap, capacity: n };
  if (fits(tokenH, tokenMinGap)) return { h: tokenH, gap: (avail - n * tokenH) / (n - 1), capacity: n };
  if (fits(tokenCompactH, tokenMinGap)) return { h: tokenCompactH, gap: clamp((avail - n * tokenCompactH) / (n - 1), tokenMinGap, tokenGap), capacity: n };
  const capacity = Math.max(0, Math.floor((avail - chipH) / (tokenCompactH + tokenMinGap)));
  return { h: tokenCompactH, gap: tokenMinGap, capacity };
}

/**
 * Widths of columns sharing `total`: equal where every column's `need` allows, and a
 * column that needs more (a long lane title: "Opportunities" beside its count) gets what
 * it needs, the rest sharing what is left equally (water-filling). When even the needs
 * do not fit, each gets its share in proportion to its need.
 */
export function columnWidths(total: number, need: readonly number[]): number[] {
  const sum = need.reduce((a, b) => a + b, 0);
  if (need.length === 0) return [];
  if (sum >= total) return need.map((n) => (sum > 0 ? (total * n) / sum : total / need.length));
  let rest = total;
  let k = need.length;
  for (const n of [...need].sort((a, b) => b - a)) {
    if (n <= rest / k) break;
    rest -= n;
    k--;
  }
  const share = rest / k;
  return need.map((n) => Math.max(n, share));
}

/**
 * @param itrTitleW width the ITR lane title needs (measured by the caller, which knows the font)
 * @param laneNeed width each LTC lane's header needs at the smallest title size (title, count
 *   and padding; measured by the caller): a lane gets at least that when the board is wide enough
 */
export function computeLayout(width: number, height: number, tokens: readonly LayoutToken[], pages: ReadonlyMap<Lane, number>, itrTitleW: number = SIZES.itrTitleW, laneNeed: Partial<Record<Lane, number>> = {}): BoardLayout {
  const { pad, laneGap, laneHeader, tokenMaxW, tokenH, tokenGap, chipH } = SIZES;
  const W = Math.max(width, 320);
  const H = Math.max(height, 240);
  const byLane = new Map<Lane, LayoutToken[]>();
  for (const l of [...LANES, 'ticket'] as Lane[]) byLane.set(l, []);
  for (const t of tokens) byLane.get(t.lane)?.push(t);

  const colWs = columnWidths(W - 2 * pad - (LANES.length - 1) * laneGap, LANES.map((l) => laneNeed[l] ?? 0));
  // Tokens keep one width on their way along the lanes: the narrowest column's.
  const tokW = Math.round(clamp(Math.min(...colWs) - 12, 40, tokenMaxW));
  const slots = new Map<string, Slot>();
  const lanes: LaneBox[] = [];

  // ITR band along the bottom, the week clock to its right.
  const clockW = SIZES.clockW;
  const itrX = pad;
  const itrW = W - 2 * pad - clockW - laneGap;
  const titleW = Math.round(clamp(itrTitleW, 64, itrW * 0.3));
  const innerX = itrX + titleW;
  const innerW = itrW - titleW - 10;
  const tickets = byLane.get('ticket')!;
  const perRow = Math.max(1, Math.floor((innerW + tokenGap) / (tokW + tokenGap)));
  const maxRows = H >= 500 ? 2 : 1;
  const rows = clamp(Math.ceil(tickets.length / perRow), 1, maxRows);
  const itrH = rows * tokenH + (rows - 1) * tokenGap + 20;
  const itrY = H - pad - itrH;
  {
    const capacity = perRow * rows;
    const plan = pickVisible(tickets, tickets.length > capacity ? capacity - 1 : capacity, pages.get('ticket') ?? 0);
    const cell = (i: number) => ({
      x: Math.round(innerX + (i % perRow) * (tokW + tokenGap) + tokW / 2),
      y: Math.round(itrY + 10 + Math.floor(i / perRow) * (tokenH + tokenGap) + tokenH / 2),
    });
    plan.shown.forEach((t, i) => slots.set(t.id, { ...cell(i), w: tokW, h: tokenH, visible: true }));
    let chip: Chip | null = null;
    if (plan.shown.length < tickets.length) {
      const c = cell(plan.shown.length);
      chip = { x: c.x - tokW / 2, y: c.y - chipH / 2, w: tokW, h: chipH, hidden: tickets.length - plan.shown.length, page: plan.page, pages: plan.pages };
      for (const t of tickets) if (!slots.has(t.id)) slots.set(t.id, { x: c.x, y: c.y, w: tokW, h: tokenH, visible: false });
    }
    lanes.push({
      lane: 'ticket',
      rect: { x: itrX, y: itrY, w: itrW, h: itrH },
      title: { x: itrX, y: itrY, w: titleW, h: itrH },
      count: tickets.length,
      chip,
    });
  }

  // LTC lanes: one row of columns, tokens stacked under each title.
  const ltcTop = pad;
  const ltcH = itrY - laneGap - ltcTop;
  let nextX = pad;
  LANES.forEach((lane, i) => {
    const colW = colWs[i]!;
    const x = nextX;
    nextX += colW + laneGap;
    const rect = { x, y: ltcTop, w: colW, h: ltcH };
    const list = byLane.get(lane)!;
    const top = ltcTop + laneHeader + 2;
    const avail = ltcH - laneHeader - 10;
    const plan = stackPlan(list.length, avail);
    const pick = pickVisible(list, plan.capacity, pages.get(lane) ?? 0);
    const cx = Math.round(x + colW / 2);
    pick.shown.forEach((t, j) => {
      slots.set(t.id, { x: cx, y: Math.round(top + j * (plan.h + plan.gap) + plan.h / 2), w: tokW, h: plan.h, visible: true });
    });
    let chip: Chip | null = null;
    if (pick.shown.length < list.length) {
      const cy = top + pick.shown.length * (plan.h + plan.gap);
      chip = { x: cx - tokW / 2, y: Math.round(cy), w: tokW, h: chipH, hidden: list.length - pick.shown.length, page: pick.page, pages: pick.pages };
      for (const t of list) if (!slots.has(t.id)) slots.set(t.id, { x: cx, y: Math.round(cy + chipH / 2), w: tokW, h: plan.h, visible: false });
    }
    lanes.push({ lane, rect, title: { x, y: ltcTop, w: colW, h: laneHeader }, count: list.length, chip });
  });

  return { width: W, height: H, lanes, clock: { x: W - pad - clockW, y: itrY, w: clockW, h: itrH }, slots };
}
