/**
 * Issue 11 item 4: "content that never fires", measured by the balance run. `cli lint
 * --runs N` plays the balance report's games and warns at the trigger of every event and
 * card that never fired (the test scenario's deliberately dead ones), and only those.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { lintDeadContent, lintScenarioText } from '../../src/scenario/lint.ts';
import { loadScenarioFile } from '../../src/cli/scenario-files.ts';

const FILE = join(import.meta.dirname, '../fixtures/dead-content.yaml');
const TEXT = readFileSync(FILE, 'utf8');
const lineAfter = (needle: string, then: string) => {
  const lines = TEXT.split('\n');
  const start = lines.findIndex((l) => l.includes(needle));
  return lines.findIndex((l, i) => i > start && l.includes(then)) + 1;
};

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await main(args);
    return { code, out: [...log.mock.calls, ...err.mock.calls].map((c) => String(c[0])).join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe('lint: content that never fires (measured)', () => {
  it('static lint does not see the dead content: only the games can', () => {
    const r = lintScenarioText(TEXT, 'dead.yaml');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual([]);
  });

  it('cli lint --runs flags the dead event and card at their triggers, in en and zh, and nothing else', async () => {
    const en = await cli('lint', FILE, '--runs', '4', '--workers', '2');
    expect(en.code).toBe(0);
    expect(en.out).toContain(`dead-content.yaml:${lineAfter('id: never-news', 'trigger:')}:`);
    expect(en.out).toContain(`dead-content.yaml:${lineAfter('id: never-card', 'trigger:')}:`);
    expect(en.out).toMatch(/the event "never-news" never fired in any of the \d+ games/);
    expect(en.out).toMatch(/the decision card "never-card" never fired/);
    expect(en.out).not.toMatch(/rival-cut|rush-request/);
    expect(en.out).toContain('1 file(s), 0 with errors, 2 warning(s)');
    expect((await cli('lint', FILE, '--runs', '4', '--workers', '2', '--strict')).code).toBe(1);
    const zh = await cli('lint', FILE, '--runs', '4', '--workers', '2', '--lang', 'zh');
    expect(zh.out).toMatch(/事件“never-news”在平衡测试的 \d+ 局里一次也没有出现/);
    expect(zh.out).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('without --runs no game is played and nothing is said; a bad --runs is named', async () => {
    const r = await cli('lint', FILE);
    expect(r.out).toContain('0 warning(s)');
    const bad = await cli('lint', FILE, '--runs', '1');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/--runs must be a whole number from 2/);
  });

  it('a dead lead is warned at the week it becomes available', () => {
    const loaded = loadScenarioFile(FILE);
    if (!loaded.ok) throw new Error('fixture does not load');
    const sc = loaded.scenario;
    const lead = sc.leads[0]!.id;
    const problems = lintDeadContent(sc, { events: [], cards: [], leads: [lead] }, 40);
    expect(problems).toEqual([{ path: ['leads', 0, 'availableFrom'], code: 'lint.deadContent', params: { kind: 'kind.lead', id: lead, games: 40 } }]);
    const r = lintScenarioText(TEXT, 'dead.yaml', 'en', { dead: { events: [], cards: [], leads: [lead] }, games: 40 });
    expect(r.ok && r.warnings.map((w) => [w.path, w.message])).toEqual([['leads[0].availableFrom', `the lead "${lead}" never fired in any of the 40 games the balance run played`]]);
  });
});
