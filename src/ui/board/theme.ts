/**
 * Colours, fonts and sizes of the board in one place, so the look can be tuned
 * without touching drawing code. Plain data: no Phaser import.
 */
import type { TokenStatus } from './model.ts';

/** CJK-capable font stack: Chinese labels must render on Linux, macOS and Windows. */
export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Segoe UI", system-ui, sans-serif';

export const COLOURS = {
  background: 0xf4f6f9,
  backgroundCss: '#f4f6f9',
  lane: 0xe9edf2,
  laneItr: 0xe4ebf5,
  laneTitle: '#334155',
  laneCount: '#64748b',
  laneCountBg: 0xdde3ea,
  arrow: 0xb8c2cf,
  cardFill: 0xffffff,
  cardBorder: 0xd3dae3,
  cardHover: 0x8fa0b5,
  shadow: 0x0f172a,
  label: '#1e293b',
  sub: '#64748b',
  mutedLabel: '#64748b',
  lostLabel: '#94a3b8',
  selected: 0x2563eb,
  focus: 0x0f172a,
  amber: 0xf59e0b,
  red: 0xdc2626,
  green: 0x16a34a,
  blue: 0x2563eb,
  grey: 0x94a3b8,
  chipFill: 0xffffff,
  chipText: '#475569',
  clockTrack: 0xdde3ea,
  clockArc: 0x2563eb,
  clockText: '#1e293b',
  clockSub: '#64748b',
} as const;

/** How each status tints the card: fill, border colour and width, label colour, card alpha. */
export interface StatusStyle {
  fill: number;
  border: number;
  borderWidth: number;
  label: string;
  sub: string;
  alpha: number;
  stripAlpha: number;
}

export const STATUS_STYLE: Record<TokenStatus, StatusStyle> = {
  normal: { fill: 0xffffff, border: COLOURS.cardBorder, borderWidth: 1, label: COLOURS.label, sub: COLOURS.sub, alpha: 1, stripAlpha: 1 },
  atRisk: { fill: 0xfffaeb, border: COLOURS.amber, borderWidth: 2, label: COLOURS.label, sub: '#92400e', alpha: 1, stripAlpha: 1 },
  overdue: { fill: 0xfef2f2, border: COLOURS.red, borderWidth: 2, label: COLOURS.label, sub: '#b91c1c', alpha: 1, stripAlpha: 1 },
  won: { fill: 0xf0fdf4, border: COLOURS.green, borderWidth: 2, label: COLOURS.label, sub: '#15803d', alpha: 1, stripAlpha: 1 },
  lost: { fill: 0xf1f5f9, border: 0xcbd5e1, borderWidth: 1, label: COLOURS.lostLabel, sub: COLOURS.lostLabel, alpha: 0.6, stripAlpha: 0.35 },
  done: { fill: 0xf8fafc, border: 0xe2e8f0, borderWidth: 1, label: COLOURS.mutedLabel, sub: '#94a3b8', alpha: 0.85, stripAlpha: 0.55 },
};

/** Which tokens stay visible when a lane overflows: the ones that need attention first. */
export const STATUS_RANK: Record<TokenStatus, number> = { overdue: 0, atRisk: 1, normal: 2, won: 3, done: 4, lost: 5 };

/** Fallback palette when the page gives no colour for a customer. */
export const FALLBACK_PALETTE = [0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f];

export const SIZES = {
  pad: 10,
  laneGap: 10,
  laneRadius: 12,
  laneHeader: 32,
  tokenMaxW: 150,
  tokenH: 44,
  tokenCompactH: 38,
  tokenGap: 6,
  tokenMinGap: 3,
  tokenRadius: 8,
  strip: 5,
  chipH: 22,
  labelSize: 13,
  /** Token labels shrink to this before anything is cut. */
  labelMinSize: 11,
  subSize: 11,
  titleSize: 13,
  /** Lane titles shrink to this before anything is cut. */
  titleMinSize: 10,
  itrTitleW: 96,
  clockW: 144,
  moveMs: 420,
  fadeMs: 260,
} as const;
