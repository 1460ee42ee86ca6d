/**
 * `cli verify` on a workshop event's archive (src/cli/verify-archive.ts): every team's
 * save inside is checked as `<archive>#<file>`, a broken entry is refused on its own line,
 * and the facilitator's injects are listed plainly; `cli debrief` lists them too.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyActionInPlace, createGame, stateHash, type Action } from '../../src/engine/index.ts';
import { botsFor, playWeeks } from '../../src/bots/index.ts';
import { makeSave } from '../../src/save/format.ts';
import { formatVerifyTable, verifyFiles } from '../../src/cli/verify.ts';
import { debriefReport, formatDebrief } from '../../src/cli/debrief.ts';
import { bundled } from '../helpers.ts';

const { scenario: sc, contentHash } = bundled('tutorial');

/** A bot game of `weeks` weeks with the facilitator's two injects after its first week. */
function teamGame(seed: string, weeks: number) {
  const { log: played } = playWeeks(sc, seed, botsFor('iron-triangle')!, weeks);
  const first = played.findIndex((a) => a.kind === 'endWeek') + 1;
  const injects: Action[] = [{ kind: 'inject', text: { zh: '预算冻结', en: 'Budget freeze' } }, { kind: 'inject', event: 'rival-cut' }];
  const log = [...played.slice(0, first), ...injects, ...played.slice(first)];
  const state = createGame(sc, seed);
  const weekHashes: string[] = [];
  const kept: Action[] = [];
  for (const a of log) {
    if (!applyActionInPlace(sc, state, a).ok) continue; // a bot action the inject made illegal
    kept.push(a);
    if (a.kind === 'endWeek') weekHashes.push(stateHash(state));
  }
  return makeSave(sc, contentHash, seed, kept, weekHashes, state, { team: seed });
}

describe('verify: an event archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'its-archive-'));
  const archive = join(dir, 'event.json');
  const saves = [teamGame('ev-seed', 3), teamGame('ev-seed', 4)];
  writeFileSync(archive, JSON.stringify({
    event: { id: 'e1', name: 'Day', scenario: 'tutorial', seed: 'ev-seed', status: 'ended' }, scenarioYaml: null,
    files: [{ name: '01-A.json', team: 'A', save: saves[0] }, { name: '02-B.json', team: 'B', save: saves[1] }, { name: '03-C.json', team: 'C', save: { nope: true } }],
  }));

  it('checks every team\'s save inside, refuses a broken one on its own line, and lists the injects', () => {
    const { rows, code } = verifyFiles([archive], { seed: 'ev-seed' });
    expect(rows.map((r) => [r.file.split('#')[1], r.verified])).toEqual([['01-A.json', true], ['02-B.json', true], ['03-C.json', false]]);
    expect(code).toBe(1);
    expect(rows[0]!.injects).toEqual([{ week: 2, event: null, text: 'Budget freeze' }, { week: 2, event: 'rival-cut', text: null }]);
    const table = formatVerifyTable(rows);
    expect(table).toContain('01-A.json: facilitator injected announcement "Budget freeze" in week 2');
    expect(table).toContain('02-B.json: facilitator injected event "rival-cut" in week 2');
    expect(rows[2]!.reason).toMatch(/not a valid save file/);
  });

  it('debrief lists the injects in both languages', () => {
    const report = debriefReport(sc, saves[0]!, { continuations: 1, confirm: 1, top: 1 });
    expect(report.injects.map((n) => n.week)).toEqual([2, 2]);
    expect(formatDebrief('en', sc, report, () => null)).toContain('the facilitator announced "Budget freeze" in week 2');
    expect(formatDebrief('zh', sc, report, () => null)).toContain('讲师在第 2 周插入事件“东岳仪器在清江水务项目上降价 3%。”');
  });
});
