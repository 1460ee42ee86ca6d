/**
 * Entry point of the board, loaded lazily by the page (`await import('./board/start.ts')`)
 * so Phaser lands in its own chunk. Only the files in this folder import Phaser.
 * Creates the game in the given element, sizes it to that element (crisp on HiDPI),
 * and returns the BoardHandle the page drives with new models.
 */
import * as Phaser from 'phaser';
import type { BoardHandle, BoardModel } from './model.ts';
import { BoardScene, currentDpr } from './scene.ts';
import { attachKeyboard } from './keys.ts';
import { COLOURS } from './theme.ts';

/** A started board; `debugCounts` (leak checks) and `laneTitles` (titles as drawn) are extra, for the demo and tests. */
export interface DebugBoardHandle extends BoardHandle {
  debugCounts(): ReturnType<BoardScene['debugCounts']>;
  laneTitles(): string[];
}

function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas');
    const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext | null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

export async function startBoard(parent: HTMLElement, initial: BoardModel): Promise<BoardHandle> {
  if (!hasWebGL()) throw new Error('The board needs WebGL, which is not available in this browser.');
  // The canvas is absolutely placed so it never props the parent open: the parent's
  // own CSS decides the board size and the board follows it.
  if (getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
  const rect = parent.getBoundingClientRect();
  const w = Math.floor(rect.width) || 960;
  const h = Math.floor(rect.height) || 480;
  const dpr = currentDpr();

  let ready!: () => void;
  const booted = new Promise<void>((resolve) => (ready = resolve));
  const scene = new BoardScene(initial, { w, h, dpr }, () => ready());
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: COLOURS.backgroundCss,
    // FIT with a canvas dpr× the element: the Scale manager keeps the CSS size equal to
    // the parent while the drawing buffer matches device pixels.
    scale: {
      mode: Phaser.Scale.FIT,
      width: Math.round(w * dpr),
      height: Math.round(h * dpr),
      autoCenter: Phaser.Scale.NO_CENTER,
      expandParent: false,
    },
    canvasStyle: 'display:block;position:absolute;left:0;top:0;touch-action:manipulation;',
    render: { antialias: true, antialiasGL: true, roundPixels: false },
    input: { keyboard: false, gamepad: false, mouse: { preventDefaultWheel: false } },
    autoFocus: false,
    disableContextMenu: true,
    banner: false,
    scene,
  });
  await booted;

  const observer = new ResizeObserver(() => {
    const r = parent.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) scene.resize(r.width, r.height);
  });
  observer.observe(parent);
  const detachKeys = attachKeyboard(game.canvas, parent, scene);

  let destroyed = false;
  const handle: DebugBoardHandle = {
    update(model) {
      if (!destroyed) scene.apply(model);
    },
    onSelect(cb) {
      scene.setSelectCallback(cb);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      detachKeys();
      game.destroy(true);
    },
    stats() {
      return scene.stats();
    },
    debugCounts() {
      return scene.debugCounts();
    },
    laneTitles() {
      return scene.drawnLaneTitles();
    },
  };
  return handle;
}
