/**
 * Visual check for the board (board-demo.html, not part of the app): a fake model of
 * ~30 tokens with Chinese labels, advanced every second with moves, status changes
 * and effects. Query: ?h=480 board height, ?ms=1000 update period, ?many=1 overflow
 * a lane, ?weeks=52. Exposes window.__board for screenshots and leak checks.
 */
import { LANES, type BoardEffect, type BoardModel, type BoardToken, type Lane, type TokenStatus } from './model.ts';
import type { DebugBoardHandle } from './start.ts';

const q = new URLSearchParams(location.search);
const el = document.getElementById('board')!;
if (q.has('h')) el.style.height = `${Number(q.get('h'))}px`;
const period = Number(q.get('ms') ?? 1000);
const weeks = Number(q.get('weeks') ?? 52);

// Small deterministic PRNG so screenshots are reproducible.
let seed = 20240617;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pickOne = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const customers: [string, string][] = [
  ['cmcc', '中国移动'], ['csg', '南方电网'], ['cmb', '招商银行'], ['sgcc', '国家电网'], ['sinopec', '中石化'], ['byd', '比亚迪'],
  ['catl', '宁德时代'], ['szmetro', '深圳地铁'], ['sf', '顺丰速运'], ['midea', '美的集团'], ['haier', '海尔智家'], ['cosco', '中远海运集装箱运输有限公司'],
];
const palette = [0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f, 0x393b79, 0xad494a];
const customerColours = Object.fromEntries(customers.map(([id], i) => [id, palette[i]!]));
const laneTitles: Record<Lane, string> = {
  lead: '线索', opportunity: '机会点', bid: '投标', contract: '合同', order: '订单与交付', invoice: '发票', cash: '回款', ticket: '服务工单 ITR',
};
const ticketKinds = ['安装工单', '维修工单', '配件申请', '配件退换', '客户投诉'];

let week = 12;
let nextId = 1;
let selected: string | null = null;
const tokens: BoardToken[] = [];
const money = () => `¥${(0.3 + rnd() * 4).toFixed(1)}M`;

function make(lane: Lane, status: TokenStatus = 'normal'): BoardToken {
  const [cid, name] = pickOne(customers);
  const sub = lane === 'ticket' ? `${pickOne(ticketKinds)} · S${1 + Math.floor(rnd() * 3)}` : lane === 'lead' || lane === 'opportunity' ? `W${week + 1 + Math.floor(rnd() * 6)}` : money();
  return { id: `${lane === 'ticket' ? 't' : 'd'}${nextId++}`, lane, label: name, sub, status, customer: cid, selected: false };
}

const seedPlan: [Lane, TokenStatus[]][] = [
  ['lead', ['normal', 'normal', 'atRisk', 'normal', 'normal']],
  ['opportunity', ['normal', 'atRisk', 'normal', 'lost']],
  ['bid', ['normal', 'atRisk', 'won', 'lost']],
  ['contract', ['won', 'normal', 'normal']],
  ['order', ['normal', 'overdue', 'atRisk', 'normal']],
  ['invoice', ['normal', 'overdue', 'atRisk']],
  ['cash', ['done', 'done']],
  ['ticket', ['normal', 'overdue', 'atRisk', 'done', 'normal']],
];
for (const [lane, statuses] of seedPlan) for (const s of statuses) tokens.push(make(lane, s));
if (q.get('many') === '1') for (let i = 0; i < 16; i++) tokens.push(make('lead', i % 5 === 0 ? 'overdue' : 'normal'));
if (q.get('many') === '1') for (let i = 0; i < 9; i++) tokens.push(make('ticket', i % 3 === 0 ? 'atRisk' : 'normal'));

function model(effects: BoardEffect[]): BoardModel {
  return {
    week,
    weeks,
    laneTitles,
    tokens: tokens.map((t) => ({ ...t, selected: t.id === selected })),
    effects,
    customerColours,
  };
}

/** One fake week: a few deals advance, some are won or lost, invoices get paid, tickets come and go. */
function step(): BoardEffect[] {
  week = week >= weeks ? 1 : week + 1;
  const effects: BoardEffect[] = [];
  const next: Partial<Record<Lane, Lane>> = { lead: 'opportunity', opportunity: 'bid', bid: 'contract', contract: 'order', order: 'invoice', invoice: 'cash' };
  // Clear lingering finished tokens.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if ((t.status === 'lost' || t.status === 'done') && rnd() < 0.5) tokens.splice(i, 1);
  }
  const movers = tokens.filter((t) => t.lane !== 'ticket' && t.lane !== 'cash' && t.status !== 'lost');
  for (let k = 0; k < 3 && movers.length > 0; k++) {
    const t = movers.splice(Math.floor(rnd() * movers.length), 1)[0]!;
    const to = next[t.lane as (typeof LANES)[number]];
    if (!to) continue;
    if (t.lane === 'bid') {
      if (rnd() < 0.3) {
        t.status = 'lost';
        effects.push({ kind: 'loss', token: t.id });
        continue;
      }
      effects.push({ kind: 'win', token: t.id });
      t.status = 'won';
    } else if (t.lane === 'contract' && rnd() < 0.2) {
      t.status = 'lost';
      effects.push({ kind: 'veto', token: t.id });
      continue;
    } else if (t.lane === 'order') {
      effects.push({ kind: 'delivered', token: t.id });
      t.status = 'normal';
    } else if (t.lane === 'invoice') {
      effects.push({ kind: 'payment', token: t.id });
      t.status = 'done';
    } else t.status = rnd() < 0.25 ? 'atRisk' : 'normal';
    t.lane = to;
    t.sub = to === 'opportunity' ? `W${week + 2}` : money();
  }
  // A status flips somewhere.
  const any = pickOne(tokens.filter((t) => t.status === 'normal' || t.status === 'atRisk'));
  if (any) any.status = any.status === 'normal' ? 'atRisk' : 'overdue';
  // Tickets.
  const open = tokens.filter((t) => t.lane === 'ticket' && t.status !== 'done');
  if (open.length > 0 && rnd() < 0.5) {
    const t = pickOne(open);
    if (t.status === 'atRisk') {
      t.status = 'overdue';
      effects.push({ kind: 'breach', token: t.id });
    } else t.status = rnd() < 0.5 ? 'done' : 'atRisk';
  }
  // Keep the board near its starting size: new leads and tickets replace what left.
  const target = q.get('many') === '1' ? 55 : 32;
  const tickets = tokens.filter((t) => t.lane === 'ticket').length;
  if (rnd() < 0.5 && tickets < (q.get('many') === '1' ? 14 : 7)) tokens.push(make('ticket'));
  while (tokens.length < target && rnd() < 0.8) tokens.push(make('lead'));
  return effects;
}

const { startBoard } = await import('./start.ts');
const board = (await startBoard(el, model([]))) as DebugBoardHandle;
const info = document.getElementById('info')!;
const sel = document.getElementById('sel')!;
board.onSelect((id) => {
  selected = selected === id ? null : id;
  sel.textContent = selected ? `${selected} ${tokens.find((t) => t.id === selected)?.label ?? ''}` : '—';
  board.update(model([]));
});
let updates = 0;
const timer = setInterval(() => {
  board.update(model(step()));
  updates++;
  const s = board.stats();
  const recent = s.frameTimes.slice(-60);
  const avg = recent.reduce((a, b) => a + b, 0) / Math.max(1, recent.length);
  info.textContent = `week ${week}/${weeks}\ntokens ${tokens.length}\nupdates ${updates}\nframes ${s.frames}\navg frame ${avg.toFixed(1)} ms\n${JSON.stringify(board.debugCounts(), null, 1)}`;
}, period);
(window as unknown as { __board: unknown }).__board = {
  board,
  stop: () => clearInterval(timer),
  select: (id: string) => {
    selected = id;
    board.update(model([]));
  },
  tokens: () => tokens,
  updates: () => updates,
};
