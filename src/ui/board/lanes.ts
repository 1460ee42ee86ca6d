/**
 * The static-looking part of the board: light rounded lane bands with their titles,
 * token counts, flow chevrons between LTC lanes, and the "+N" chips of lanes that
 * have more tokens than fit. Redrawn only when sizes, titles or counts change.
 */
import * as Phaser from 'phaser';
import { LANES, type Lane } from './model.ts';
import type { BoardLayout, Chip } from './layout.ts';
import { fitText, textWidth } from './fit.ts';
import { fillRoundRect, strokeRoundRect } from './shapes.ts';
import { COLOURS, FONT, SIZES } from './theme.ts';

/** The largest title size (13 → 10 px) at which `title` fits in `maxW`. */
function titleSizeFor(title: string, maxW: number): number {
  let size: number = SIZES.titleSize;
  while (size > SIZES.titleMinSize && textWidth(`600 ${size}px ${FONT}`, title) > maxW) size--;
  return size;
}

/** Set a lane title at `size`, truncating only as a last resort. */
function setTitle(text: Phaser.GameObjects.Text, title: string, maxW: number, size: number): void {
  if (text.style.fontSize !== `${size}px`) text.setFontSize(`${size}px`);
  text.setText(fitText(title, `600 ${size}px ${FONT}`, maxW));
}
const ALL_LANES: Lane[] = [...LANES, 'ticket'];

const countPillW = (count: number): number => Math.max(18, 8 + String(count).length * 6.5);

/** An LTC lane header's room for its title: the lane less the left padding, the count pill and the gap before it. */
const titleRoom = (laneW: number, count: number): number => laneW - 10 - countPillW(count) - 14;

/** The width an LTC lane's header needs to show its whole title at the smallest size beside its count (as `draw` lays it out). */
export function laneHeaderNeed(title: string, count: number): number {
  return Math.ceil(textWidth(`600 ${SIZES.titleMinSize}px ${FONT}`, title)) - titleRoom(0, count);
}

interface ChipView {
  root: Phaser.GameObjects.Container;
  g: Phaser.GameObjects.Graphics;
  text: Phaser.GameObjects.Text;
  key: string;
}

export class LaneLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly titles = new Map<Lane, Phaser.GameObjects.Text>();
  private readonly counts = new Map<Lane, Phaser.GameObjects.Text>();
  private readonly chips = new Map<Lane, ChipView>();
  private drawnKey = '';

  constructor(
    private readonly scene: Phaser.Scene,
    resolution: number,
    onChip: (lane: Lane) => void,
  ) {
    this.g = scene.add.graphics().setDepth(0);
    for (const lane of ALL_LANES) {
      this.titles.set(
        lane,
        scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: `${SIZES.titleSize}px`, fontStyle: '600', color: COLOURS.laneTitle, resolution }).setDepth(1),
      );
      this.counts.set(lane, scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '11px', fontStyle: '600', color: COLOURS.laneCount, resolution }).setOrigin(0.5).setDepth(2));
      const cg = new Phaser.GameObjects.Graphics(scene);
      const ct = new Phaser.GameObjects.Text(scene, 0, 0, '', { fontFamily: FONT, fontSize: '12px', fontStyle: '600', color: COLOURS.chipText, resolution }).setOrigin(0.5);
      const root = scene.add.container(0, 0, [cg, ct]).setDepth(5).setVisible(false);
      root.setSize(10, 10);
      root.setInteractive({ hitArea: new Phaser.Geom.Rectangle(0, 0, 10, 10), hitAreaCallback: Phaser.Geom.Rectangle.Contains, useHandCursor: true });
      root.on('pointerup', () => onChip(lane));
      root.on('pointerover', () => cg.setAlpha(0.75));
      root.on('pointerout', () => cg.setAlpha(1));
      this.chips.set(lane, { root, g: cg, text: ct, key: '' });
    }
  }

  /** The lane titles as drawn (for tests: a title cut with "…" is a label the player cannot read). */
  drawnTitles(): string[] {
    return [...this.titles.values()].map((t) => t.text);
  }

  setResolution(resolution: number): void {
    for (const t of [...this.titles.values(), ...this.counts.values(), ...[...this.chips.values()].map((c) => c.text)]) t.setResolution(resolution);
  }

  draw(layout: BoardLayout, laneTitles: Record<Lane, string>): void {
    for (const box of layout.lanes) this.drawChip(box.lane, box.chip);
    const key = JSON.stringify([layout.width, layout.height, layout.lanes.map((b) => [b.rect, b.count]), laneTitles]);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const g = this.g.clear();
    const { laneRadius, laneHeader } = SIZES;
    // The LTC lane titles share one size (the largest at which every one fits), so the
    // highway reads as one row rather than a mix of sizes.
    const ltcTitleW = (box: (typeof layout.lanes)[number]) => titleRoom(box.title.w, box.count);
    const ltcSize = Math.min(...layout.lanes.filter((b) => b.lane !== 'ticket').map((b) => titleSizeFor(laneTitles[b.lane] ?? b.lane, ltcTitleW(b))));
    for (const box of layout.lanes) {
      const { rect, title, lane, count } = box;
      const itr = lane === 'ticket';
      g.fillStyle(itr ? COLOURS.laneItr : COLOURS.lane, 1);
      fillRoundRect(g, rect.x, rect.y, rect.w, rect.h, laneRadius);
      const countStr = String(count);
      const pillW = countPillW(count);
      const titleText = this.titles.get(lane)!;
      const countText = this.counts.get(lane)!;
      countText.setText(countStr);
      if (itr) {
        // Title column on the left of the service band, count pill under it.
        setTitle(titleText, laneTitles[lane] ?? lane, title.w - 20, titleSizeFor(laneTitles[lane] ?? lane, title.w - 20));
        titleText.setOrigin(0, 0.5);
        titleText.setPosition(Math.round(title.x + 12), Math.round(title.y + title.h / 2 - 9));
        const px = title.x + 12;
        const py = title.y + title.h / 2 + 11;
        g.fillStyle(COLOURS.laneCountBg, 1);
        fillRoundRect(g, px, py - 9, pillW, 18, 9);
        countText.setPosition(Math.round(px + pillW / 2), Math.round(py));
        g.lineStyle(1, 0xcfd8e4, 1);
        g.lineBetween(title.x + title.w - 2, rect.y + 10, title.x + title.w - 2, rect.y + rect.h - 10);
      } else {
        const cy = title.y + laneHeader / 2 + 1;
        setTitle(titleText, laneTitles[lane] ?? lane, ltcTitleW(box), ltcSize);
        titleText.setOrigin(0, 0.5);
        titleText.setPosition(Math.round(title.x + 10), Math.round(cy));
        const px = title.x + title.w - 7 - pillW;
        g.fillStyle(COLOURS.laneCountBg, 1);
        fillRoundRect(g, px, cy - 9, pillW, 18, 9);
        countText.setPosition(Math.round(px + pillW / 2), Math.round(cy));
        // Flow chevron into the next lane: the LTC highway runs left to right.
        const idx = LANES.indexOf(lane as (typeof LANES)[number]);
        if (idx < LANES.length - 1) {
          const ax = rect.x + rect.w + SIZES.laneGap / 2;
          g.fillStyle(COLOURS.arrow, 1);
          g.fillTriangle(ax - 3, cy - 5, ax - 3, cy + 5, ax + 3, cy);
        }
      }
    }
  }

  private drawChip(lane: Lane, chip: Chip | null): void {
    const view = this.chips.get(lane)!;
    if (!chip) {
      if (view.root.visible) view.root.setVisible(false).disableInteractive(true);
      view.key = '';
      return;
    }
    const key = JSON.stringify(chip);
    if (key === view.key) return;
    view.key = key;
    const { w, h } = chip;
    view.root.setPosition(Math.round(chip.x + w / 2), Math.round(chip.y + h / 2)).setVisible(true);
    view.root.setSize(w, h);
    (view.root.input?.hitArea as Phaser.Geom.Rectangle | undefined)?.setSize(w, h);
    view.root.setInteractive();
    view.g.clear();
    view.g.fillStyle(COLOURS.chipFill, 0.9);
    fillRoundRect(view.g, -w / 2, -h / 2, w, h, h / 2);
    view.g.lineStyle(1, 0xcbd5e1, 1);
    strokeRoundRect(view.g, -w / 2 + 0.5, -h / 2 + 0.5, w - 1, h - 1, h / 2);
    view.text.setText(chip.pages > 1 && chip.page > 0 ? `+${chip.hidden} · ${chip.page + 1}/${chip.pages}` : `+${chip.hidden}`);
  }
}
