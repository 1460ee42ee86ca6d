/** The debrief's downloads are the replayed game, readable by a spreadsheet and by tools. */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { buildHistory } from '../../src/debrief/index.ts';
import { timelineCsv, timelineJson } from '../../src/ui/debrief/export.ts';
import { Tx } from '../../src/ui/text.ts';

const { scenario } = bundled('tutorial');
const g = playGame(scenario, 'csv-1', botsFor('iron-triangle')!);
const h = buildHistory(scenario, { seed: 'csv-1', log: g.log, players: { AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' } });

describe('log exports', () => {
  it('CSV: a BOM, a header and one row per log entry, quoted so commas and quotes survive', () => {
    const csv = timelineCsv(h, new Tx('zh', scenario, () => g.state));
    expect(csv.startsWith('\ufeff"index","week","role","by"')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows).toHaveLength(g.log.length + 1);
    for (const row of rows) expect(row.startsWith('"') && row.endsWith('"')).toBe(true);
    expect(rows.some((r) => r.includes('"player"'))).toBe(true);
    expect(rows.some((r) => r.includes('"world"'))).toBe(true);
    expect(csv).toContain('清江水务'); // names in the reader's language
  });

  it('JSON: the raw actions and events, parseable, matching the log', () => {
    const data = JSON.parse(timelineJson(h));
    expect(data.timeline.map((e: { action: unknown }) => e.action)).toEqual(g.log);
    expect(data.score).toBe(h.score);
  });
});
