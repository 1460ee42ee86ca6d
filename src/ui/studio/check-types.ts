/** The messages between the studio and its checker worker (check.worker.ts). */
import type { Scenario } from '../../scenario/schema.ts';
import type { ScenarioIssue } from '../../scenario/problem.ts';

export interface CheckRequest { id: number; text: string; lang: 'zh' | 'en'; file: string }
export interface CheckReply {
  id: number;
  /** Errors when it does not load; else the lint warnings. In file order. */
  issues: ScenarioIssue[];
  /** The scenario, when the text loads. */
  loaded: { scenario: Scenario; contentHash: string } | null;
  /** The checker itself failed (a bug): its message. */
  failed?: string;
}
