/**
 * The board's only Phaser scene. It keeps no game state: every `apply(model)` diffs
 * the new model against the token views by id, creates / moves / fades them, and
 * plays the model's effects once. Layout comes from layout.ts; drawing of single
 * pieces lives in token.ts, lanes.ts, clock.ts and effects.ts.
 *
 * Coordinates are CSS pixels: the canvas is devicePixelRatio times larger and the
 * camera zooms by the same factor, so lines and text stay crisp on HiDPI screens.
 */
import * as Phaser from 'phaser';
import { LANES, type BoardModel, type BoardToken, type Lane } from './model.ts';
import { computeLayout, type BoardLayout, type Slot } from './layout.ts';
import { TokenView, type TokenLook } from './token.ts';
import { LaneLayer, laneHeaderNeed } from './lanes.ts';
import { WeekClock } from './clock.ts';
import { playEffect } from './effects.ts';
import { textWidth } from './fit.ts';
import { FALLBACK_PALETTE, FONT, SIZES } from './theme.ts';

const FRAME_HISTORY = 300;
const LANE_ORDER: Lane[] = [...LANES, 'ticket'];

export function currentDpr(): number {
  const d = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return Math.max(1, Math.min(3, d));
}

function hashColour(customer: string): number {
  let h = 0;
  for (let i = 0; i < customer.length; i++) h = (h * 31 + customer.charCodeAt(i)) | 0;
  return FALLBACK_PALETTE[Math.abs(h) % FALLBACK_PALETTE.length]!;
}

export class BoardScene extends Phaser.Scene {
  private model: BoardModel;
  private readonly views = new Map<string, TokenView>();
  /** Removed tokens still fading out; destroyed when the fade ends. */
  private readonly dying = new Set<TokenView>();
  private readonly pages = new Map<Lane, number>();
  private lanes!: LaneLayer;
  private clock!: WeekClock;
  private layout: BoardLayout | null = null;
  private cssW: number;
  private cssH: number;
  private dpr: number;
  private frames = 0;
  private readonly frameTimes: number[] = [];
  /** Main-thread work per frame (step start → render submitted), ms. */
  private readonly workTimes: number[] = [];
  private frameCursor = 0;
  private workCursor = 0;
  private stepStarted = 0;
  private playedWeek = Number.NaN;
  private readonly played = new Set<string>();
  private selectCb: ((id: string) => void) | null = null;
  private focusId: string | null = null;
  private focusShown = false;
  /** Told about keyboard focus moves, for a screen-reader announcement. */
  onFocusText: ((text: string) => void) | null = null;

  constructor(
    initial: BoardModel,
    size: { w: number; h: number; dpr: number },
    private readonly onReady: () => void,
  ) {
    super({ key: 'board' });
    this.model = initial;
    this.cssW = size.w;
    this.cssH = size.h;
    this.dpr = size.dpr;
  }

  create(): void {
    // The interval between frames is vsync's (16.7 ms ± jitter) whatever the board
    // costs; the work per frame is what tells whether the board keeps up.
    this.game.events.on(Phaser.Core.Events.PRE_STEP, () => (this.stepStarted = performance.now()));
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      const work = performance.now() - this.stepStarted;
      if (this.workTimes.length < FRAME_HISTORY) this.workTimes.push(work);
      else this.workTimes[this.workCursor] = work;
      this.workCursor = (this.workCursor + 1) % FRAME_HISTORY;
    });
    this.lanes = new LaneLayer(this, this.dpr, (lane) => this.nextPage(lane));
    this.clock = new WeekClock(this, this.dpr);
    this.fitCamera();
    this.apply(this.model, false);
    this.onReady();
  }

  override update(): void {
    this.frames++;
    const delta = this.game.loop.delta;
    if (this.frameTimes.length < FRAME_HISTORY) this.frameTimes.push(delta);
    else this.frameTimes[this.frameCursor] = delta;
    this.frameCursor = (this.frameCursor + 1) % FRAME_HISTORY;
    if (currentDpr() !== this.dpr) this.resize(this.cssW, this.cssH);
  }

  stats(): { frames: number; frameTimes: number[]; workTimes: number[] } {
    const ordered = (t: number[], cursor: number) => (t.length < FRAME_HISTORY ? [...t] : [...t.slice(cursor), ...t.slice(0, cursor)]);
    return { frames: this.frames, frameTimes: ordered(this.frameTimes, this.frameCursor), workTimes: ordered(this.workTimes, this.workCursor) };
  }

  setSelectCallback(cb: (id: string) => void): void {
    this.selectCb = cb;
  }

  /** Counts of live objects, for leak checks in the demo and tests. */
  drawnLaneTitles(): string[] {
    return this.lanes.drawnTitles();
  }

  debugCounts(): { views: number; dying: number; displayList: number; tweens: number; effects: number; textures: number; timers: number } {
    let effects = 0;
    for (const v of this.views.values()) effects += v.activeEffects;
    return {
      views: this.views.size,
      dying: this.dying.size,
      displayList: this.children.length,
      tweens: this.tweens.getTweens().length,
      effects,
      textures: Object.keys(this.textures.list).length,
      timers: (this.time as unknown as { _active: unknown[] })._active.length,
    };
  }

  /** The parent element changed size (CSS px), or the device pixel ratio changed. */
  resize(width: number, height: number): void {
    const w = Math.max(1, Math.floor(width));
    const h = Math.max(1, Math.floor(height));
    const dpr = currentDpr();
    if (w === this.cssW && h === this.cssH && dpr === this.dpr && this.layout) return;
    const dprChanged = dpr !== this.dpr;
    this.cssW = w;
    this.cssH = h;
    this.dpr = dpr;
    this.scale.setGameSize(Math.round(w * dpr), Math.round(h * dpr));
    this.fitCamera();
    if (dprChanged) {
      this.lanes.setResolution(dpr);
      this.clock.setResolution(dpr);
      for (const v of this.views.values()) v.setResolution(dpr);
    }
    this.arrange(false);
  }

  private fitCamera(): void {
    const cam = this.cameras.main;
    cam.setSize(Math.round(this.cssW * this.dpr), Math.round(this.cssH * this.dpr));
    cam.setZoom(this.dpr);
    cam.centerOn(this.cssW / 2, this.cssH / 2);
  }

  /** Show a new model: diff tokens by id, animate the difference, play new effects. */
  apply(model: BoardModel, animate = true): void {
    this.model = model;
    const fresh = new Set<string>();
    const seen = new Set<string>();
    for (const t of model.tokens) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      if (!this.views.has(t.id)) {
        const v = new TokenView(this, t.id, t.lane, this.lookOf(t, SIZES.tokenMaxW, SIZES.tokenH), this.dpr, (id) => this.pick(id), (id, over) => this.views.get(id)?.setHover(over));
        v.root.setAlpha(0).setVisible(false);
        v.setInteractiveState(false);
        this.views.set(t.id, v);
        fresh.add(t.id);
      }
    }
    for (const [id, v] of this.views) {
      if (seen.has(id)) continue;
      this.views.delete(id);
      if (this.focusId === id) this.focusId = null;
      this.removeView(v, animate);
    }
    this.arrange(animate, fresh);
    this.playEffects(model, fresh);
  }

  private lookOf(t: BoardToken, w: number, h: number): TokenLook {
    const colour = this.model.customerColours[t.customer] ?? hashColour(t.customer);
    return { label: t.label, sub: t.sub, status: t.status, selected: t.selected, colour, w, h };
  }

  /** Lay everything out for the current model and move views to their slots. */
  private arrange(animate: boolean, fresh: ReadonlySet<string> = new Set()): void {
    const model = this.model;
    const itrTitle = model.laneTitles.ticket ?? '';
    const itrTitleW = textWidth(`600 ${SIZES.titleSize}px ${FONT}`, itrTitle) + 26;
    const counts = new Map<Lane, number>();
    for (const t of model.tokens) counts.set(t.lane, (counts.get(t.lane) ?? 0) + 1);
    const laneNeed = Object.fromEntries(LANES.map((l) => [l, laneHeaderNeed(model.laneTitles[l] ?? l, counts.get(l) ?? 0)]));
    const layout = computeLayout(this.cssW, this.cssH, model.tokens, this.pages, itrTitleW, laneNeed);
    this.layout = layout;
    for (const box of layout.lanes) this.pages.set(box.lane, box.chip?.page ?? 0);
    for (const t of model.tokens) {
      const v = this.views.get(t.id);
      const slot = layout.slots.get(t.id);
      if (!v || !slot) continue;
      const laneChanged = v.lane !== t.lane;
      v.lane = t.lane;
      v.setLook(this.lookOf(t, slot.w, slot.h));
      v.setFocused(this.focusShown && this.focusId === t.id);
      if (fresh.has(t.id)) this.enter(v, slot, animate);
      else this.place(v, slot, animate ? (laneChanged ? SIZES.moveMs : 300) : 0);
    }
    this.lanes.draw(layout, model.laneTitles);
    this.clock.set(model.week, model.weeks, layout.clock);
  }

  private enter(v: TokenView, slot: Slot, animate: boolean): void {
    v.root.setPosition(slot.x, slot.y);
    if (!slot.visible) return;
    v.shown = true;
    v.root.setVisible(true);
    v.setInteractiveState(true);
    if (animate) {
      v.root.setScale(0.92);
      this.tweens.add({ targets: v.root, scale: 1, duration: SIZES.fadeMs, ease: 'Back.easeOut' });
      this.fade(v, 1, SIZES.fadeMs);
    } else v.root.setAlpha(1);
  }

  private place(v: TokenView, slot: Slot, ms: number): void {
    if (slot.visible && !v.shown) {
      v.shown = true;
      v.root.setVisible(true);
      v.setInteractiveState(true);
      this.fade(v, 1, ms > 0 ? SIZES.fadeMs : 0);
    } else if (!slot.visible && v.shown) {
      v.shown = false;
      v.setInteractiveState(false);
      v.setHover(false);
      this.fade(v, 0, ms > 0 ? SIZES.fadeMs : 0, () => v.root.setVisible(false));
    }
    this.moveTo(v, slot.x, slot.y, ms);
  }

  private moveTo(v: TokenView, x: number, y: number, ms: number): void {
    const root = v.root;
    if (v.moveTween && v.dest.x === x && v.dest.y === y) return;
    v.dest = { x, y };
    v.moveTween?.stop();
    v.moveTween = null;
    if (ms <= 0 || (root.x === x && root.y === y)) {
      root.setPosition(x, y);
      v.updateDepth();
      return;
    }
    const tween = this.tweens.add({
      targets: root,
      x,
      y,
      duration: ms,
      ease: 'Cubic.easeInOut',
      onComplete: () => {
        if (v.moveTween === tween) v.moveTween = null;
        v.updateDepth();
      },
    });
    v.moveTween = tween;
    v.updateDepth();
  }

  private fade(v: TokenView, to: number, ms: number, then?: () => void): void {
    v.fadeTween?.stop();
    v.fadeTween = null;
    if (ms <= 0) {
      v.root.setAlpha(to);
      then?.();
      return;
    }
    const tween = this.tweens.add({
      targets: v.root,
      alpha: to,
      duration: ms,
      ease: 'Quad.easeOut',
      onComplete: () => {
        if (v.fadeTween === tween) v.fadeTween = null;
        then?.();
      },
    });
    v.fadeTween = tween;
  }

  private removeView(v: TokenView, animate: boolean): void {
    v.setInteractiveState(false);
    v.removing = true;
    if (!animate || !v.shown) {
      v.destroy();
      return;
    }
    this.dying.add(v);
    v.root.setDepth(9);
    this.tweens.add({ targets: v.root, scale: 0.9, duration: SIZES.fadeMs, ease: 'Quad.easeIn' });
    this.fade(v, 0, SIZES.fadeMs, () => {
      this.dying.delete(v);
      v.destroy();
    });
  }

  /** Effects play once per (week, kind, token): re-sending the same model replays nothing. */
  private playEffects(model: BoardModel, fresh: ReadonlySet<string>): void {
    if (model.week !== this.playedWeek) {
      this.played.clear();
      this.playedWeek = model.week;
    }
    for (const e of model.effects) {
      const key = `${e.kind}|${e.token}`;
      if (this.played.has(key)) continue;
      this.played.add(key);
      const v = this.views.get(e.token);
      if (!v) continue;
      if (fresh.has(e.token)) this.time.delayedCall(SIZES.fadeMs, () => playEffect(this, v, e.kind, this.dpr));
      else playEffect(this, v, e.kind, this.dpr);
    }
  }

  private nextPage(lane: Lane): void {
    this.pages.set(lane, (this.pages.get(lane) ?? 0) + 1);
    this.arrange(true);
  }

  private pick(id: string): void {
    this.focusId = id;
    this.selectCb?.(id);
  }

  // Keyboard support (wired to the canvas by keys.ts).

  /** Visible tokens grouped by lane, each lane in drawing order. */
  focusGrid(): string[][] {
    const layout = this.layout;
    if (!layout) return [];
    return LANE_ORDER.map((lane) =>
      this.model.tokens
        .filter((t) => t.lane === lane && layout.slots.get(t.id)?.visible)
        .map((t) => ({ id: t.id, s: layout.slots.get(t.id)! }))
        .sort((a, b) => a.s.y - b.s.y || a.s.x - b.s.x)
        .map((x) => x.id),
    ).filter((ids) => ids.length > 0);
  }

  getFocus(): string | null {
    return this.focusId && this.views.get(this.focusId)?.shown ? this.focusId : null;
  }

  setFocus(id: string | null, show: boolean): void {
    this.focusId = id;
    this.focusShown = show;
    for (const [vid, v] of this.views) v.setFocused(show && vid === id);
    const t = id ? this.model.tokens.find((x) => x.id === id) : undefined;
    if (t && show) this.onFocusText?.(`${this.model.laneTitles[t.lane] ?? t.lane}: ${t.label}, ${t.sub}`);
  }

  selectedId(): string | null {
    return this.model.tokens.find((t) => t.selected)?.id ?? null;
  }

  activate(): void {
    const id = this.getFocus();
    if (id) this.pick(id);
  }
}
