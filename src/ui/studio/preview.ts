/**
 * A draft played at once: a solo game of the checked scenario, in any role and seed,
 * starting at week N with the `iron-triangle` bots having played every role in the
 * weeks before (the same game `playGame` plays, cut at that week). Returns a Session for
 * the normal play screen; nothing is saved to the games list.
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { Role } from '../../scenario/enums.ts';
import { botsFor, playGame } from '../../bots/index.ts';
import { Session, TEAMMATE_STRATEGY, replayWithFeed } from '../session.ts';

export interface PreviewChoice { role: Role; seed: string; startWeek: number }

export function previewSession(sc: Scenario, contentHash: string, c: PreviewChoice): Session {
  const week = Math.max(1, Math.min(sc.weeks, Math.floor(c.startWeek) || 1));
  const seed = c.seed.trim() || 'preview';
  let s: Session;
  if (week === 1) {
    s = new Session(sc, contentHash, seed, 'solo', c.role);
  } else {
    const { log } = playGame(sc, seed, botsFor(TEAMMATE_STRATEGY)!, undefined, undefined, week);
    const r = replayWithFeed(sc, seed, log, () => false);
    if (r.error) throw new Error(`the bots' weeks do not replay: ${r.error}`);
    s = new Session(sc, contentHash, seed, 'solo', c.role, { state: r.state, log: [...log], weekHashes: r.weekHashes, turn: 'AR' });
    s.feed = r.feed;
  }
  s.runBots();
  return s;
}
