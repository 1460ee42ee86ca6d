/**
 * One token on the board: a rounded card with a customer-colour strip, two lines of
 * text and a status look. Two nested containers keep animations from fighting:
 * `root` carries position (lane moves), fade and input; `card` carries shakes and
 * pulses. Redraws only when what it shows changes, and owns every transient effect
 * object it spawns so nothing outlives it.
 */
import * as Phaser from 'phaser';
import type { Lane, TokenStatus } from './model.ts';
import { fitText, textWidth } from './fit.ts';
import { fillRoundRect, strokeRoundRect, fillDisc } from './shapes.ts';
import { COLOURS, FONT, SIZES, STATUS_STYLE } from './theme.ts';

export interface TokenLook {
  label: string;
  sub: string;
  status: TokenStatus;
  selected: boolean;
  colour: number;
  w: number;
  h: number;
}

const labelFont = (size: number) => `600 ${size}px ${FONT}`;
const SUB_FONT = `${SIZES.subSize}px ${FONT}`;

/** The largest label size (13 → 11 px) at which the whole label fits: a four-character Chinese name fits a narrow lane at 12 px. */
function labelSizeFor(label: string, maxW: number): number {
  let size: number = SIZES.labelSize;
  while (size > SIZES.labelMinSize && textWidth(labelFont(size), label) > maxW) size--;
  return size;
}

export class TokenView {
  readonly root: Phaser.GameObjects.Container;
  readonly card: Phaser.GameObjects.Container;
  lane: Lane;
  look: TokenLook;
  /** False while the token is parked behind its lane's "+N" chip. */
  shown = false;
  removing = false;
  hover = false;
  focused = false;
  moveTween: Phaser.Tweens.Tween | null = null;
  /** Where the running move tween is heading. */
  dest = { x: 0, y: 0 };
  fadeTween: Phaser.Tweens.Tween | null = null;

  private readonly body: Phaser.GameObjects.Graphics;
  private readonly labelText: Phaser.GameObjects.Text;
  private readonly subText: Phaser.GameObjects.Text;
  private readonly transients = new Set<Phaser.GameObjects.GameObject>();
  private readonly counters = new Set<Phaser.Tweens.Tween>();
  private drawnKey = '';

  constructor(
    private readonly scene: Phaser.Scene,
    readonly id: string,
    lane: Lane,
    look: TokenLook,
    resolution: number,
    onPick: (id: string) => void,
    onHover: (id: string, over: boolean) => void,
  ) {
    this.lane = lane;
    this.look = look;
    this.body = new Phaser.GameObjects.Graphics(scene);
    const style = (size: number, bold: boolean): Phaser.Types.GameObjects.Text.TextStyle => ({
      fontFamily: FONT,
      fontSize: `${size}px`,
      fontStyle: bold ? '600' : '',
      color: COLOURS.label,
      resolution,
    });
    this.labelText = new Phaser.GameObjects.Text(scene, 0, 0, '', style(SIZES.labelSize, true)).setOrigin(0, 0.5);
    this.subText = new Phaser.GameObjects.Text(scene, 0, 0, '', style(SIZES.subSize, false)).setOrigin(0, 0.5);
    this.card = new Phaser.GameObjects.Container(scene, 0, 0, [this.body, this.labelText, this.subText]);
    this.root = scene.add.container(0, 0, [this.card]).setDepth(10);
    this.root.setSize(look.w, look.h);
    this.root.setInteractive({
      hitArea: new Phaser.Geom.Rectangle(0, 0, look.w, look.h),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      useHandCursor: true,
    });
    let downHere = false;
    this.root.on('pointerdown', () => (downHere = true));
    this.root.on('pointerup', () => {
      if (downHere && !this.removing) onPick(this.id);
      downHere = false;
    });
    this.root.on('pointerover', () => onHover(this.id, true));
    this.root.on('pointerout', () => {
      downHere = false;
      onHover(this.id, false);
    });
    // First drawn by the scene's setLook(), once the layout has sized the card.
  }

  setLook(look: TokenLook): void {
    const resized = look.w !== this.look.w || look.h !== this.look.h;
    this.look = look;
    if (resized) {
      this.root.setSize(look.w, look.h);
      const hit = this.root.input?.hitArea as Phaser.Geom.Rectangle | undefined;
      hit?.setSize(look.w, look.h);
    }
    this.redraw();
  }

  setResolution(resolution: number): void {
    this.labelText.setResolution(resolution);
    this.subText.setResolution(resolution);
  }

  setHover(over: boolean): void {
    if (this.hover === over) return;
    this.hover = over;
    this.card.y = over ? -1 : 0;
    this.redraw();
  }

  setFocused(focused: boolean): void {
    if (this.focused === focused) return;
    this.focused = focused;
    this.redraw();
  }

  /** Draw the card for the current look; a no-op when nothing visible changed. */
  redraw(): void {
    const { label, sub, status, selected, colour, w, h } = this.look;
    const key = [label, sub, status, selected, colour, w, h, this.hover, this.focused].join('|');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const s = STATUS_STYLE[status];
    const r = SIZES.tokenRadius;
    const x0 = -w / 2;
    const y0 = -h / 2;
    const g = this.body.clear();
    if (this.focused) {
      g.lineStyle(2, COLOURS.focus, 0.85);
      strokeRoundRect(g, x0 - 6, y0 - 6, w + 12, h + 12, r + 5);
    }
    if (selected) {
      g.lineStyle(3, COLOURS.selected, 1);
      strokeRoundRect(g, x0 - 3.5, y0 - 3.5, w + 7, h + 7, r + 3);
    }
    g.fillStyle(COLOURS.shadow, this.hover ? 0.14 : 0.07);
    fillRoundRect(g, x0, y0 + (this.hover ? 3 : 1.5), w, h, r);
    // Customer strip: a left-rounded piece under the card fill, showing `strip` px
    // (over a full card fill when the strip is translucent).
    if (s.stripAlpha < 1) {
      g.fillStyle(s.fill, 1);
      fillRoundRect(g, x0, y0, w, h, r);
    }
    g.fillStyle(colour, s.stripAlpha);
    fillRoundRect(g, x0, y0, r * 2, h, { tl: r, bl: r, tr: 0, br: 0 });
    g.fillStyle(s.fill, 1);
    fillRoundRect(g, x0 + SIZES.strip, y0, w - SIZES.strip, h, { tl: 0, bl: 0, tr: r, br: r });
    const border = this.hover && status === 'normal' ? COLOURS.cardHover : s.border;
    g.lineStyle(s.borderWidth, border, 1);
    strokeRoundRect(g, x0 + s.borderWidth / 2, y0 + s.borderWidth / 2, w - s.borderWidth, h - s.borderWidth, r);

    // Status mark in the top-right corner: "!" badge, or a check for won / done.
    const bx = x0 + w - 11;
    const by = y0 + 11;
    let markW = 0;
    if (status === 'overdue') {
      g.fillStyle(COLOURS.red, 1);
      fillDisc(g, bx, by, 7);
      g.fillStyle(0xffffff, 1);
      g.fillRect(bx - 1.1, by - 4.5, 2.2, 5.6);
      fillDisc(g, bx, by + 3.2, 1.25);
      markW = 16;
    } else if (status === 'won' || status === 'done') {
      g.lineStyle(2, status === 'won' ? COLOURS.green : COLOURS.grey, 1);
      g.beginPath();
      g.moveTo(bx - 4.5, by);
      g.lineTo(bx - 1.5, by + 3);
      g.lineTo(bx + 4.5, by - 3.5);
      g.strokePath();
      markW = 14;
    }

    const tx = x0 + SIZES.strip + 8;
    const maxW = w - SIZES.strip - 8 - 6;
    // Text objects re-render their texture on every style change: only touch what changed.
    const size = labelSizeFor(label, maxW - markW);
    if (this.labelText.style.fontSize !== `${size}px`) this.labelText.setFontSize(`${size}px`);
    this.labelText.setText(fitText(label, labelFont(size), maxW - markW));
    if (this.labelText.style.color !== s.label) this.labelText.setColor(s.label);
    this.labelText.setPosition(Math.round(tx), Math.round(-h / 2 + h * 0.34));
    this.subText.setText(fitText(sub, SUB_FONT, maxW));
    if (this.subText.style.color !== s.sub) this.subText.setColor(s.sub);
    this.subText.setPosition(Math.round(tx), Math.round(h / 2 - h * 0.3));
    this.card.setAlpha(s.alpha);
  }

  setInteractiveState(on: boolean): void {
    if (on) this.root.setInteractive();
    else this.root.disableInteractive(true);
  }

  /** Add an effect object on top of the card; it is destroyed with the token at the latest. */
  adopt<T extends Phaser.GameObjects.GameObject>(obj: T): T {
    this.transients.add(obj);
    this.root.add(obj);
    this.updateDepth();
    return obj;
  }

  /** Destroy an effect object once its animation is over. */
  release(obj: Phaser.GameObjects.GameObject): void {
    if (!this.transients.delete(obj)) return;
    this.scene.tweens.killTweensOf(obj);
    obj.destroy();
    this.updateDepth();
  }

  /** Track a target-less (counter) tween so destroy() can stop it. */
  track(t: Phaser.Tweens.Tween): void {
    this.counters.add(t);
    const done = () => {
      this.counters.delete(t);
      this.updateDepth();
    };
    t.once(Phaser.Tweens.Events.TWEEN_COMPLETE, done);
    t.once(Phaser.Tweens.Events.TWEEN_STOP, done);
    this.updateDepth();
  }

  get activeEffects(): number {
    return this.transients.size + this.counters.size;
  }

  /** Moving tokens pass over everything; tokens with effects sit over their neighbours. */
  updateDepth(): void {
    if (this.root.scene === undefined || this.removing) return;
    this.root.setDepth(this.moveTween ? 20 : this.activeEffects > 0 ? 15 : 10);
  }

  destroy(): void {
    this.removing = true;
    const tweens = this.scene.tweens;
    for (const t of this.counters) t.stop();
    this.counters.clear();
    for (const o of this.transients) tweens.killTweensOf(o);
    this.transients.clear();
    this.moveTween?.stop();
    this.fadeTween?.stop();
    tweens.killTweensOf(this.card);
    tweens.killTweensOf(this.root);
    this.root.destroy();
  }
}
