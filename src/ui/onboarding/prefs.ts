/**
 * Whether the first-week guide should start by itself: only for a first-time player
 * (nothing remembered in localStorage) who starts the tutorial solo, in its first week.
 * Finishing or skipping the guide is remembered; tests and instructors can switch it
 * off the same way (any value under the key).
 */
export const GUIDE_KEY = 'iron-triangle.guide';
export type GuideMark = 'done' | 'skipped' | 'off';

export function guideMark(): string | null {
  try {
    return globalThis.localStorage?.getItem(GUIDE_KEY) ?? null;
  } catch {
    return null; // storage blocked: behave as a first visit
  }
}

export function markGuide(mark: GuideMark): void {
  try {
    globalThis.localStorage?.setItem(GUIDE_KEY, mark);
  } catch {
    /* storage blocked: the guide may show again next visit */
  }
}

/** The scenario whose first week the guide walks through. */
export const GUIDED_SCENARIO = 'tutorial';

export function shouldAutoStart(s: { mode: string; sc: { id: string }; state: { week: number } }): boolean {
  return s.mode === 'solo' && s.sc.id === GUIDED_SCENARIO && s.state.week === 1 && guideMark() === null;
}
