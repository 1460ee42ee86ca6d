/**
 * Why a save file could not be imported, in the player's language and plain words (the
 * parser's and verifier's developer messages stay out of the player's sight).
 */
import type { MessageKey } from '../i18n/index.ts';
import type { Tx } from './text.ts';
import { MAX_NOTE_CHARS, MAX_NOTES_TOTAL_CHARS, MAX_SAVE_BYTES } from '../save/text.ts';

export type ImportProblem =
  | { reason: 'notJson' | 'invalid' | 'unknownScenario' | 'scenarioMismatch' | 'wrongVersion' | 'engineMismatch' | 'truncated' | 'tooLarge' | 'notesTooLong' | 'badBranch' | 'unreadable' }
  | { reason: 'refusedAction' | 'diverged'; week?: number };

const LIMITS = {
  mb: String(MAX_SAVE_BYTES / 1_000_000),
  perNote: MAX_NOTE_CHARS.toLocaleString('en-US'),
  total: MAX_NOTES_TOTAL_CHARS.toLocaleString('en-US'),
};

/** What is wrong with a save, in one plain sentence (`stored`: a browser autosave, not a file the player chose). */
export function saveProblemText(tx: Tx, p: ImportProblem, stored = false): string {
  if (stored && (p.reason === 'notJson' || p.reason === 'invalid')) return tx.ui('ui.saves.damaged');
  const key: MessageKey = p.reason === 'refusedAction' || p.reason === 'diverged' ? 'ui.importError.tampered' : `ui.importError.${p.reason}`;
  const week = 'week' in p && p.week ? p.week : 1;
  return tx.ui(key, { week, ...LIMITS });
}

/** Why an imported file could not be opened. */
export function importErrorText(tx: Tx, p: ImportProblem): string {
  return tx.ui('ui.saves.importFailed', { reason: saveProblemText(tx, p) });
}
