/**
 * The debrief's line about the coach (智慧小玄): "Coach asked 4 times: weeks 2, 3, 5, 9."
 * and how many of its suggestions were followed; for the debrief screen and the CLI.
 */
import { t, type Lang } from './index.ts';

export interface CoachUsage { allowed: boolean; uses: readonly { week: number; taken: number | null }[] }

/** The lines to show; none for a save made before the coach existed. */
export function coachUsageLines(lang: Lang, coach: CoachUsage | undefined): string[] {
  if (!coach) return [];
  if (!coach.allowed) return [t(lang, 'debrief.coachOff')];
  if (coach.uses.length === 0) return [t(lang, 'debrief.coachNever')];
  const weeks = [...new Set(coach.uses.map((u) => u.week))].sort((a, b) => a - b);
  return [
    t(lang, coach.uses.length === 1 ? 'debrief.coachUsedOne' : 'debrief.coachUsed', { n: coach.uses.length, weeks: weeks.join(t(lang, 'fmt.listSep')) }),
    t(lang, 'debrief.coachTaken', { n: coach.uses.filter((u) => u.taken !== null).length }),
  ];
}
