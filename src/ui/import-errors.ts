/**
 * Why a save file could not be imported, in the player's language and plain words (the
 * parser's and verifier's developer messages stay out of the player's sight).
 */
import type { MessageKey } from '../i18n/index.ts';
import type { Tx } from './text.ts';

export type ImportProblem =
  | { reason: 'notJson' | 'invalid' | 'unknownScenario' | 'scenarioMismatch' | 'engineMismatch' | 'truncated' }
  | { reason: 'refusedAction' | 'diverged'; week?: number };

export function importErrorText(tx: Tx, p: ImportProblem): string {
  const key: MessageKey = p.reason === 'refusedAction' || p.reason === 'diverged' ? 'ui.importError.tampered' : `ui.importError.${p.reason}`;
  const week = 'week' in p && p.week ? p.week : 1;
  return tx.ui('ui.saves.importFailed', { reason: tx.ui(key, { week }) });
}
