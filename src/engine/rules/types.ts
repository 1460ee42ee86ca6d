import type { Action, Rejection, Role, TimeCategory } from '../state.ts';
import type { Ctx } from '../context.ts';

/** A read-only view for checks: a check must never change anything. */
export type CheckCtx = Pick<Ctx, 's' | 'sc' | 'ix'>;

/**
 * One player intent, excalidraw-style: a name, who may do it and what it costs, a
 * predicate saying why it is not available now, and the change it makes.
 */
export interface ActionDef<K extends Action['kind']> {
  kind: K;
  /** Which time bucket the days count towards (the debrief's "80% with customers"). */
  category: TimeCategory;
  /** Days each role spends; every role listed must have that many days left. */
  cost(c: CheckCtx, a: Extract<Action, { kind: K }>): Partial<Record<Role, number>>;
  check(c: CheckCtx, a: Extract<Action, { kind: K }>): Rejection | null;
  perform(ctx: Ctx, a: Extract<Action, { kind: K }>): void;
}

export const reject = (code: string, params?: Rejection['params']): Rejection => (params ? { code, params } : { code });
