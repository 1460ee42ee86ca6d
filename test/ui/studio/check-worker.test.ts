/**
 * The studio's checker worker says exactly what `cli check` and `cli lint` say (the same
 * loader, cross-checks and lint, in zh and en) and hands back the loaded scenario for the
 * preview. The worker module runs here with a stand-in for the worker global.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintScenarioText } from '../../../src/scenario/lint.ts';
import { loadScenarioText } from '../../../src/scenario/load.ts';
import type { CheckReply, CheckRequest } from '../../../src/ui/studio/check-types.ts';

const tutorial = readFileSync(fileURLToPath(new URL('../../../scenarios/tutorial.yaml', import.meta.url)), 'utf8');
const once = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const replies: CheckReply[] = [];
let ask: (r: CheckRequest) => CheckReply;

beforeAll(async () => {
  const fake = { postMessage: (m: CheckReply) => replies.push(m), onmessage: null as null | ((e: { data: CheckRequest }) => void) };
  (globalThis as unknown as { self: unknown }).self = fake;
  await import('../../../src/ui/studio/check.worker.ts');
  ask = (r) => {
    fake.onmessage!({ data: r });
    return replies.at(-1)!;
  };
});

const CASES: [string, string][] = [
  ['clean', tutorial],
  ['typo', once(tutorial, 'influence: 6', 'influnce: 6')],
  ['tab', once(tutorial, '    listPrice: 30000', '\tlistPrice: 30000')],
  ['duplicate id', once(tutorial, '  - id: xm-resale', '  - id: qj-plant')],
  ['undefined alias', once(tutorial, 'listPrice: 30000', 'listPrice: *price')],
  ['unknown reference', once(tutorial, 'competitors: [rival]', 'competitors: [rivals]')],
  ['lint: unit cost at the list price', once(tutorial, 'unitCost: 19000', 'unitCost: 30000')],
];

describe('the studio checker = cli check + cli lint', () => {
  it.each(CASES)('%s', (_name, text) => {
    for (const lang of ['en', 'zh'] as const) {
      const reply = ask({ id: 7, text, lang, file: 'draft.yaml' });
      expect(reply.id).toBe(7);
      const cli = lintScenarioText(text, 'draft.yaml', lang);
      expect(reply.issues).toEqual(cli.ok ? cli.warnings : cli.issues);
      const loaded = loadScenarioText(text, 'draft.yaml', lang);
      expect(reply.loaded?.contentHash ?? null).toBe(loaded.ok ? loaded.contentHash : null);
    }
  });
  it('a lint warning arrives as a warning at its line, and the draft still loads', () => {
    const text = once(tutorial, 'unitCost: 19000', 'unitCost: 30000');
    const reply = ask({ id: 8, text, lang: 'en', file: 'draft.yaml' });
    expect(reply.loaded).not.toBeNull();
    const w = reply.issues.find((i) => i.code === 'lint.unitCostAboveList')!;
    expect(w.severity).toBe('warning');
    expect(w.line).toBe(text.split('\n').findIndex((l) => l.includes('unitCost: 30000')) + 1);
  });
  it('content a Balance report saw never fire arrives as lint warnings, located as cli lint --runs puts them', () => {
    const measured = { dead: { events: ['rival-cut'], cards: ['rush-request'], leads: [] }, games: 12 };
    for (const lang of ['en', 'zh'] as const) {
      const reply = ask({ id: 9, text: tutorial, lang, file: 'draft.yaml', measured });
      const cli = lintScenarioText(tutorial, 'draft.yaml', lang, measured);
      expect(reply.issues).toEqual(cli.ok ? cli.warnings : []);
      expect(reply.issues.filter((i) => i.code === 'lint.deadContent').map((i) => i.path)).toEqual(['events[0].trigger', 'cards[0].trigger']);
    }
    expect(ask({ id: 10, text: tutorial, lang: 'en', file: 'draft.yaml' }).issues.some((i) => i.code === 'lint.deadContent')).toBe(false);
  });
});
