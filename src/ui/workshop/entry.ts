/**
 * The workshop client's door, loaded by the app only when asked (a `#join` or
 * `#facilitator=…` address, or the start screen's "Join a workshop"): the join screen /
 * facilitator dashboard (`<it-workshop>`) and the team's connection strip
 * (`<it-workshop-bar>`), in one chunk of their own.
 */
import './join.ts';
import './bar.ts';
