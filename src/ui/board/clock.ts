/**
 * The week clock in the bottom-right corner: a progress ring and "W 12 / 52".
 * The ring eases to the new week instead of jumping.
 */
import * as Phaser from 'phaser';
import type { Rect } from './layout.ts';
import { fillRoundRect, strokeRoundRect } from './shapes.ts';
import { COLOURS, FONT } from './theme.ts';

export class WeekClock {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly weekText: Phaser.GameObjects.Text;
  private readonly totalText: Phaser.GameObjects.Text;
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private shown = 0;
  private week = -1;
  private weeks = 0;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    resolution: number,
  ) {
    this.g = scene.add.graphics().setDepth(1);
    this.weekText = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '18px', fontStyle: 'bold', color: COLOURS.clockText, resolution }).setOrigin(0, 0.5).setDepth(2);
    this.totalText = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '12px', color: COLOURS.clockSub, resolution }).setOrigin(0, 0.5).setDepth(2);
  }

  setResolution(resolution: number): void {
    this.weekText.setResolution(resolution);
    this.totalText.setResolution(resolution);
  }

  set(week: number, weeks: number, rect: Rect): void {
    const moved = rect.x !== this.rect.x || rect.y !== this.rect.y || rect.w !== this.rect.w || rect.h !== this.rect.h;
    this.rect = rect;
    const target = weeks > 0 ? Math.max(0, Math.min(1, week / weeks)) : 0;
    if (week !== this.week || weeks !== this.weeks) {
      const first = this.week < 0;
      this.week = week;
      this.weeks = weeks;
      this.weekText.setText(`W ${week}`);
      this.totalText.setText(`/ ${weeks}`);
      this.tween?.stop();
      this.tween = null;
      if (first) this.shown = target;
      else {
        this.tween = this.scene.tweens.addCounter({
          from: this.shown,
          to: target,
          duration: 450,
          ease: 'Cubic.easeOut',
          onUpdate: (tw) => {
            this.shown = tw.getValue() ?? target;
            this.draw();
          },
          onComplete: () => (this.tween = null),
        });
      }
      this.draw();
    } else if (moved) this.draw();
  }

  private draw(): void {
    const { x, y, w, h } = this.rect;
    const g = this.g.clear();
    g.fillStyle(0xffffff, 1);
    fillRoundRect(g, x, y, w, h, 12);
    g.lineStyle(1, 0xdde3ea, 1);
    strokeRoundRect(g, x + 0.5, y + 0.5, w - 1, h - 1, 12);
    const r = Math.max(10, Math.min(16, h / 2 - 12));
    const cx = x + 14 + r;
    const cy = y + h / 2;
    g.lineStyle(5, COLOURS.clockTrack, 1);
    g.strokeCircle(cx, cy, r);
    if (this.shown > 0.001) {
      g.lineStyle(5, COLOURS.clockArc, 1);
      g.beginPath();
      g.arc(cx, cy, r, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * this.shown, false);
      g.strokePath();
    }
    const tx = Math.round(cx + r + 11);
    this.weekText.setPosition(tx, Math.round(cy));
    this.totalText.setPosition(Math.round(tx + this.weekText.width + 4), Math.round(cy + 2));
  }
}
