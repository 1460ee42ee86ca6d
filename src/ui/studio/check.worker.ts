/**
 * The studio's checker, off the main thread: the same loader, cross-checks and lint as
 * `cli check` and `cli lint` (src/scenario/lint.ts), worded in the UI's language. Each
 * request carries a number; the editor ignores answers to texts it has since changed.
 * A scenario that loads comes back whole, so the preview plays exactly what was checked.
 */
import '../zod-jitless.ts';
import { lintDeadContent, lintScenario } from '../../scenario/lint.ts';
import { loadScenarioDetail } from '../../scenario/load.ts';
import { renderProblem } from '../../scenario/problem.ts';
import type { CheckRequest, CheckReply } from './check-types.ts';

const post = (m: CheckReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { id, text, lang, file, measured } = e.data;
  try {
    // As lintScenarioText (cli lint) does, loading once: errors, or the warnings.
    const { result, locate } = loadScenarioDetail(text, file, lang);
    if (!result.ok) return post({ id, issues: result.issues, loaded: null });
    const problems = lintScenario(result.scenario);
    if (measured) problems.push(...lintDeadContent(result.scenario, measured.dead, measured.games));
    const warnings = problems.map((p) => renderProblem(p, file, lang, locate, 'warning'));
    warnings.sort((a, b) => a.line - b.line || a.column - b.column);
    post({ id, issues: warnings, loaded: { scenario: result.scenario, contentHash: result.contentHash } });
  } catch (err) {
    post({ id, issues: [], loaded: null, failed: err instanceof Error ? err.message : String(err) });
  }
};
