/**
 * "Replay the guide", from the how-to-play page: bubbles up to the app's GuideSwitch.
 * A module of its own so the lazily loaded page does not import entry.ts (which would
 * make the bundler split the engine out of the first chunk, ahead of zod's CSP-safe set-up).
 */
export class GuideReplayIntent extends Event {
  static readonly type = 'it-guide-replay';
  constructor() {
    super(GuideReplayIntent.type, { bubbles: true, composed: true });
  }
}
