/**
 * The CLI as a user runs it: a real child process, exit codes and output. These are
 * the acceptance checks, kept as tests so they stay true.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const flagshipText = readFileSync(join(ROOT, 'scenarios/flagship.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'itcli-'));
function brokenCopy(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('cli check', () => {
  it('accepts the bundled scenarios', () => {
    const r = cli('check', 'scenarios/tutorial.yaml', 'scenarios/flagship.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ok  scenarios/flagship.yaml');
  });

  const cases: [string, string, RegExp][] = [
    ['misspelled-key.yaml', flagshipText.replace(/influence:/, 'influnce:'), /influnce[\s\S]*did you mean "influence"/],
    ['wrong-type.yaml', flagshipText.replace(/weeks: 52/, 'weeks: fifty-two'), /weeks[\s\S]*must be a whole number, not the text "fifty-two"/],
    ['dangling-id.yaml', flagshipText.replace(/customer: ([a-z0-9-]+)/, 'customer: no-such-customer'), /no-such-customer" is not a known customer id/],
    ['broken.yaml', flagshipText.replace(/\nweeks: 52/, '\nweeks: [52'), /never closed[\s\S]*closing \]/],
    ['junk.yaml', 'x'.repeat(2 * 1024 * 1024), /at most 1024 KiB/],
  ];
  it.each(cases)('%s exits 1 with file:line:col, the field, and no stack trace', (name, text, pattern) => {
    const r = cli('check', brokenCopy(name, text));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${name}:\\d+:\\d+`));
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack frames
    expect(r.err.split('\n').length).toBeLessThan(30); // one screen
  });
});

describe('cli play and verify', () => {
  let save = '';
  let first = '';
  beforeAll(() => {
    save = join(dir, 'run.json');
    first = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'play', 'scenarios/flagship.yaml', '--seed', '42', '--strategy', 'random', '--json', '--save', save], { cwd: ROOT, encoding: 'utf8' });
  });

  it('the same seed twice gives identical output; another seed another state', () => {
    const again = cli('play', 'scenarios/flagship.yaml', '--seed', '42', '--strategy', 'random', '--json');
    expect(again.out).toBe(first);
    const other = JSON.parse(cli('play', 'scenarios/flagship.yaml', '--seed', '43', '--strategy', 'random', '--json').out);
    expect(other.stateHash).not.toBe(JSON.parse(first).stateHash);
  });

  it('prints the documented JSON contract with non-trivial KPIs', () => {
    const j = JSON.parse(first);
    expect(Object.keys(j)).toEqual(['scenario', 'seed', 'strategy', 'weeks', 'kpis', 'score', 'stateHash']);
    expect(Object.keys(j.kpis).sort()).toEqual(
      ['winRate', 'bidsWon', 'bidsDecided', 'revenue', 'grossMarginPct', 'invoiced', 'collected', 'collectedPct', 'collectionCycleDays', 'dsoDays', 'badDebt', 'csat', 'complaintRate', 'docCycleDays'].sort(),
    );
    expect(j.kpis.bidsDecided).toBeGreaterThan(0);
    expect(j.kpis.invoiced).toBeGreaterThan(0);
    expect(j.kpis.collected).toBeGreaterThan(0);
    for (const money of ['revenue', 'invoiced', 'collected', 'badDebt']) expect(Number.isInteger(j.kpis[money])).toBe(true);
    const saved = JSON.parse(readFileSync(save, 'utf8'));
    expect(saved.log.some((a: { kind: string }) => a.kind === 'workTicket' || a.kind === 'install')).toBe(true);
  });

  it('verify accepts the save and prints the KPIs', () => {
    const r = cli('verify', save);
    expect(r.code).toBe(0);
    expect(r.out).toContain('verified');
  });

  it('verify names the week when one action was changed', () => {
    const s = JSON.parse(readFileSync(save, 'utf8'));
    // Change the first endWeek after week 5 into … an earlier endWeek: swap an action out.
    let week = 1;
    let idx = -1;
    for (let i = 0; i < s.log.length; i++) {
      if (s.log[i].kind === 'endWeek') week++;
      if (week === 6 && s.log[i].kind !== 'endWeek') { idx = i; break; }
    }
    expect(idx).toBeGreaterThan(0);
    s.log.splice(idx, 1); // drop one action of week 6
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(s));
    const r = cli('verify', tampered);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/REFUSED.*week 6/);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('verify refuses a file that is not a save', () => {
    const r = cli('verify', brokenCopy('nonsense.json', '{"hello": 1}'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/REFUSED.*not a valid save file/);
  });

  it('every command has --help', () => {
    for (const c of ['check', 'play', 'verify', 'schema']) {
      const r = cli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`usage: npm run cli -- ${c}`);
    }
  });
});
