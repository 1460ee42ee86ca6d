/**
 * Keyboard access to the canvas: Tab focuses the board, arrow keys move a focus ring
 * between tokens (up/down within a lane, left/right across lanes), Enter or Space
 * selects. A hidden live region reads out the focused token. DOM listeners only, so
 * Phaser's global keyboard capture stays off and the lit panels keep their keys.
 */
import type { BoardScene } from './scene.ts';

export function attachKeyboard(canvas: HTMLCanvasElement, parent: HTMLElement, scene: BoardScene): () => void {
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  if (!canvas.hasAttribute('aria-label')) canvas.setAttribute('aria-label', parent.getAttribute('aria-label') ?? 'LTC / ITR board');
  canvas.style.outline = 'none';

  const live = document.createElement('div');
  live.setAttribute('aria-live', 'polite');
  live.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;';
  parent.appendChild(live);
  scene.onFocusText = (text) => (live.textContent = text);

  const locate = (grid: string[][], id: string | null): [number, number] => {
    for (let l = 0; l < grid.length; l++) {
      const i = grid[l]!.indexOf(id ?? '');
      if (i >= 0) return [l, i];
    }
    return [-1, -1];
  };

  const onKey = (e: KeyboardEvent) => {
    const grid = scene.focusGrid();
    if (grid.length === 0) return;
    let [l, i] = locate(grid, scene.getFocus());
    const start = l < 0;
    if (start) [l, i] = locate(grid, scene.selectedId());
    if (l < 0) [l, i] = [0, 0];
    switch (e.key) {
      case 'ArrowDown':
        if (!start) i = Math.min(i + 1, grid[l]!.length - 1);
        break;
      case 'ArrowUp':
        if (!start) i = Math.max(i - 1, 0);
        break;
      case 'ArrowRight':
        if (!start) {
          l = Math.min(l + 1, grid.length - 1);
          i = Math.min(i, grid[l]!.length - 1);
        }
        break;
      case 'ArrowLeft':
        if (!start) {
          l = Math.max(l - 1, 0);
          i = Math.min(i, grid[l]!.length - 1);
        }
        break;
      case 'Home':
        [l, i] = [0, 0];
        break;
      case 'End':
        l = grid.length - 1;
        i = grid[l]!.length - 1;
        break;
      case 'Enter':
      case ' ':
        if (!start) scene.activate();
        else scene.setFocus(grid[l]![i]!, true);
        e.preventDefault();
        return;
      case 'Escape':
        scene.setFocus(scene.getFocus(), false);
        return;
      default:
        return;
    }
    e.preventDefault();
    scene.setFocus(grid[l]![i]!, true);
  };
  const onFocus = () => {
    const shown = scene.focusGrid().flat();
    const sel = scene.selectedId();
    const id = scene.getFocus() ?? (sel && shown.includes(sel) ? sel : shown[0]);
    if (id) scene.setFocus(id, true);
  };
  const onBlur = () => scene.setFocus(scene.getFocus(), false);
  const onPointer = () => scene.setFocus(scene.getFocus(), false);

  canvas.addEventListener('keydown', onKey);
  canvas.addEventListener('focus', onFocus);
  canvas.addEventListener('blur', onBlur);
  canvas.addEventListener('pointerdown', onPointer);
  return () => {
    canvas.removeEventListener('keydown', onKey);
    canvas.removeEventListener('focus', onFocus);
    canvas.removeEventListener('blur', onBlur);
    canvas.removeEventListener('pointerdown', onPointer);
    scene.onFocusText = null;
    live.remove();
  };
}
