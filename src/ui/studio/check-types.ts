/** The messages between the studio and its checker worker (check.worker.ts). */
import type { Scenario } from '../../scenario/schema.ts';
import type { ScenarioIssue } from '../../scenario/problem.ts';

import type { DeadContent } from '../../scenario/lint.ts';

/** `measured`: what the last Balance report of this very text saw never fire (warned as lint). */
export interface Measured { dead: DeadContent; games: number }
export interface CheckRequest { id: number; text: string; lang: 'zh' | 'en'; file: string; measured?: Measured }
export interface CheckReply {
  id: number;
  /** Errors when it does not load; else the lint warnings. In file order. */
  issues: ScenarioIssue[];
  /** The scenario, when the text loads. */
  loaded: { scenario: Scenario; contentHash: string } | null;
  /** The checker itself failed (a bug): its message. */
  failed?: string;
}
