/**
 * One-shot animations for engine events on a token (win, loss, payment, breach,
 * delivery, veto). Every object made here is adopted by the token and released when
 * its tween ends, so hundreds of updates leave nothing behind.
 */
import * as Phaser from 'phaser';
import type { BoardEffect } from './model.ts';
import type { TokenView } from './token.ts';
import { fillRoundRect, strokeRoundRect } from './shapes.ts';
import { COLOURS, FONT, SIZES } from './theme.ts';

/** More than this many running effects on one token and new ones are skipped. */
const MAX_ACTIVE = 8;

export function playEffect(scene: Phaser.Scene, view: TokenView, kind: BoardEffect['kind'], resolution: number): void {
  if (view.removing || !view.shown || view.activeEffects >= MAX_ACTIVE) return;
  switch (kind) {
    case 'win':
      ring(scene, view, COLOURS.green, 0);
      ring(scene, view, COLOURS.green, 180);
      pulse(scene, view);
      glyph(scene, view, '✓', '#16a34a', resolution);
      break;
    case 'delivered':
      ring(scene, view, COLOURS.blue, 0);
      ring(scene, view, COLOURS.blue, 200);
      pulse(scene, view);
      break;
    case 'loss':
      flash(scene, view, COLOURS.grey, 0.45, 0);
      shake(scene, view);
      break;
    case 'payment':
      glyph(scene, view, '¥', '#b45309', resolution);
      ring(scene, view, COLOURS.amber, 0);
      break;
    case 'breach':
      flash(scene, view, COLOURS.red, 0.4, 2);
      break;
    case 'veto':
      cross(scene, view);
      shake(scene, view);
      break;
  }
}

function ring(scene: Phaser.Scene, view: TokenView, colour: number, delay: number): void {
  const { w, h } = view.look;
  const r = SIZES.tokenRadius;
  const g = view.adopt(new Phaser.GameObjects.Graphics(scene));
  g.lineStyle(3, colour, 1);
  strokeRoundRect(g, -w / 2 - 2, -h / 2 - 2, w + 4, h + 4, r + 2);
  g.setAlpha(0);
  scene.tweens.add({
    targets: g,
    delay,
    alpha: { from: 0.9, to: 0 },
    scaleX: { from: 1, to: 1 + 22 / w },
    scaleY: { from: 1, to: 1 + 22 / h },
    duration: 650,
    ease: 'Quad.easeOut',
    onComplete: () => view.release(g),
  });
}

function pulse(scene: Phaser.Scene, view: TokenView): void {
  scene.tweens.killTweensOf(view.card);
  view.card.setScale(1);
  scene.tweens.add({ targets: view.card, scale: 1.07, duration: 160, yoyo: true, ease: 'Sine.easeInOut', onComplete: () => view.card.setScale(1) });
}

function glyph(scene: Phaser.Scene, view: TokenView, char: string, colour: string, resolution: number): void {
  const { w, h } = view.look;
  const t = view.adopt(
    new Phaser.GameObjects.Text(scene, Math.round(w / 2 - 16), Math.round(-h / 2 + 2), char, {
      fontFamily: FONT,
      fontSize: '22px',
      fontStyle: 'bold',
      color: colour,
      stroke: '#ffffff',
      strokeThickness: 4,
      resolution,
    }).setOrigin(0.5),
  );
  scene.tweens.add({
    targets: t,
    y: t.y - 30,
    scale: { from: 0.5, to: 1.15 },
    alpha: { from: 1, to: 0, ease: 'Quad.easeIn' },
    duration: 1100,
    ease: 'Cubic.easeOut',
    onComplete: () => view.release(t),
  });
}

function flash(scene: Phaser.Scene, view: TokenView, colour: number, alpha: number, repeat: number): void {
  const { w, h } = view.look;
  const g = view.adopt(new Phaser.GameObjects.Graphics(scene));
  g.fillStyle(colour, alpha);
  fillRoundRect(g, -w / 2, -h / 2, w, h, SIZES.tokenRadius);
  g.lineStyle(2, colour, 1);
  strokeRoundRect(g, -w / 2 + 1, -h / 2 + 1, w - 2, h - 2, SIZES.tokenRadius);
  g.setAlpha(0);
  scene.tweens.add({ targets: g, alpha: 1, duration: 170, yoyo: true, repeat, ease: 'Sine.easeInOut', onComplete: () => view.release(g) });
}

function shake(scene: Phaser.Scene, view: TokenView): void {
  const card = view.card;
  const tween = scene.tweens.addCounter({
    from: 0,
    to: 1,
    duration: 480,
    onUpdate: (tw) => {
      const v = tw.getValue() ?? 1;
      card.x = Math.sin(v * Math.PI * 8) * 6 * (1 - v);
    },
    onComplete: () => (card.x = 0),
    onStop: () => (card.x = 0),
  });
  view.track(tween);
}

function cross(scene: Phaser.Scene, view: TokenView): void {
  const { w, h } = view.look;
  const g = view.adopt(new Phaser.GameObjects.Graphics(scene));
  const s = Math.min(h, 40) / 2 - 4;
  g.fillStyle(COLOURS.red, 0.12);
  fillRoundRect(g, -w / 2, -h / 2, w, h, SIZES.tokenRadius);
  g.lineStyle(5, COLOURS.red, 1);
  g.lineBetween(-s, -s, s, s);
  g.lineBetween(-s, s, s, -s);
  g.setAlpha(0);
  scene.tweens.add({
    targets: g,
    alpha: { from: 0, to: 1 },
    scale: { from: 1.5, to: 1 },
    duration: 200,
    hold: 900,
    yoyo: true,
    ease: 'Back.easeOut',
    onComplete: () => view.release(g),
  });
}
