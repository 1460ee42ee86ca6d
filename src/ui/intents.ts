/**
 * What a person can ask of the game from any panel: typed events that bubble out of
 * shadow DOM to the app, which is the only place that talks to the session.
 */
import type { Action } from '../engine/index.ts';

export class ActIntent extends Event {
  static readonly type = 'it-act';
  constructor(readonly action: Action) {
    super(ActIntent.type, { bubbles: true, composed: true });
  }
}
export class SelectIntent extends Event {
  static readonly type = 'it-select';
  constructor(readonly token: string | null) {
    super(SelectIntent.type, { bubbles: true, composed: true });
  }
}
export class EndTurnIntent extends Event {
  static readonly type = 'it-end-turn';
  constructor() {
    super(EndTurnIntent.type, { bubbles: true, composed: true });
  }
}
