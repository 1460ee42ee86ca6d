/** The results CSV: a spreadsheet never runs a team's name as a formula, and quotes survive. */
import { expect, it } from 'vitest';
import { standingsCsv, fileNameFor, type Standing } from '../../src/server/results.ts';

const kpis = { winRate: 0.5, bidsWon: 1, bidsDecided: 2, revenue: 1000, grossMarginPct: null, invoiced: 0, collected: 0, collectedPct: null, collectionCycleDays: null, dsoDays: null, badDebt: 0, csat: null, complaintRate: null, docCycleDays: 1 };
const row = (team: string, rank: number): Standing => ({ rank, teamId: 't' + rank, team, score: 10 - rank, weeks: 12, finished: true, actions: 30, kpis, problem: null });

it('quotes names, defuses formulas and starts with a BOM', () => {
  const csv = standingsCsv([row('=HYPERLINK("x")', 1), row('铁三角 "A"', 2), row('-1+1', 3)]);
  expect(csv.startsWith('\ufeffrank,team,score,')).toBe(true);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[1]).toBe(`1,"'=HYPERLINK(""x"")",9,12,true,30,0.5,1,2,1000,,0,0,,,,0,,,1`);
  expect(lines[2]!.startsWith('2,"铁三角 ""A""",8,')).toBe(true);
  expect(lines[3]!.startsWith(`3,"'-1+1",7,`)).toBe(true);
});

it('names archive files from team names in any script, never a path', () => {
  expect(fileNameFor(0, '铁三角 A')).toBe('01-铁三角-A.json');
  expect(fileNameFor(11, '../../etc/passwd')).toBe('12-etc-passwd.json');
  expect(fileNameFor(2, '***')).toBe('03-team.json');
});
