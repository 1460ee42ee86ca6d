/**
 * The play screen: KPI bar, board column (board, pipeline list, feed, the week's summary)
 * and the side panel (whose turn, coach, actions, detail, End week), and a pending
 * decision card. A template of the session; the app keeps the state and the handlers.
 */
import { html, nothing } from 'lit';
import { ROLES } from '../scenario/enums.ts';
import { daysLeft, playerView } from '../engine/index.ts';
import type { Session } from './session.ts';
import type { Tx } from './text.ts';
import type { WeekSummary } from './week-summary-model.ts';
import { resolveFocus } from './focus.ts';
import { boardModel, boardTextFor } from './board-model.ts';
import { scoreLine, scoreRows } from './score.ts';
import { pipelineList } from './screens.ts';
import { PANEL_ENGINE } from './panels/panel-engine.ts';

export interface PlayScreenOptions {
  selected: string | null;
  /** Bumped on every change: the coach re-asks. */
  rev: number;
  /** The end-of-week summary to show over the board, if any. */
  summary: WeekSummary | null;
  select(token: string | null): void;
  askCoach(): unknown;
  endTurn(): void;
}

export function playScreen(tx: Tx, s: Session, finished: boolean, o: PlayScreenOptions) {
  const v = playerView(s.sc, s.state, s.turn);
  const focus = resolveFocus(v, o.selected);
  const lastRole = ROLES.indexOf(s.turn) === ROLES.length - 1 || s.mode === 'solo';
  const tokens = boardModel(v, boardTextFor(tx, []), o.selected, []).tokens;
  const kpis = s.kpis();
  const pendingCard = finished ? undefined : s.sc.cards.find((c) => c.role === s.turn && s.state.cards[c.id]?.status === 'pending');
  return html`
    ${s.origin ? html`<div class="branch-banner" role="note">${tx.ui('ui.branch.banner', { week: s.origin.fromWeek })}</div>` : nothing}
    <it-kpi-bar .kpis=${kpis} .tx=${tx} .cash=${s.state.cash} .score=${s.score()} .scoreTitle=${scoreLine(tx, scoreRows(s.sc, kpis))} .targets=${s.sc.score.targets} .previous=${s.weekStart()}></it-kpi-bar>
    <div class="play ${finished ? 'finished' : ''}">
      <div class="board-col">
        <div id="board" class="board" aria-hidden="true"></div>
        ${pipelineList(tx, s.sc, tokens, o.selected, o.select)}
        <it-feed .items=${s.feed} .tx=${tx}></it-feed>
        ${o.summary && !finished ? html`<it-week-summary .summary=${o.summary} .tx=${tx}></it-week-summary>` : nothing}
      </div>
      <aside class="side" aria-label=${tx.ui('ui.play.sidePanel')}><div class="side-scroll" tabindex="0">
        ${finished
          ? nothing
          : html`<div class="turn">${s.mode === 'solo' ? tx.ui('ui.play.botsPlaying', { roles: tx.list(ROLES.filter((r) => !s.isHuman(r)).map((r) => tx.role(r))) }) : tx.ui('ui.play.yourTurn', { role: tx.role(s.turn) })}</div>
            ${s.coachAvailable() && s.isHuman(s.turn) ? html`<it-coach .tx=${tx} .actingRole=${s.turn} .rev=${o.rev} .ask=${o.askCoach}></it-coach>` : nothing}
            <it-actions .engine=${PANEL_ENGINE} .sc=${s.sc} .state=${s.state} .target=${focus} .tx=${tx} .actingRole=${s.turn} .daysLeft=${daysLeft(s.sc, s.state, s.turn)}></it-actions>`}
        <it-detail .target=${focus} .view=${v} .tx=${tx} .feed=${s.feed}></it-detail></div>
        ${finished ? nothing : html`<div class="end-bar"><button class="end-turn primary" @click=${o.endTurn}>${lastRole ? tx.ui('ui.play.endWeek') : tx.ui('ui.play.endTurn')}</button></div>`}
      </aside>
    </div>
    ${pendingCard ? html`<it-card-dialog .card=${pendingCard} .holder=${s.turn} .tx=${tx}></it-card-dialog>` : nothing}
  `;
}
