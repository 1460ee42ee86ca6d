/**
 * The app's simple screens as templates: the start screen, the leave confirm, the
 * briefing, the hand-over, save recovery, the end of the game, and the play screen's
 * pipeline list (the board's content as buttons, for keyboard and screen readers). Each takes what it
 * shows and callbacks for what its buttons do; the app (app.ts) owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { openTenders } from './end-model.ts';

type Part = TemplateResult | typeof nothing;
import { ROLES, type Role } from '../scenario/enums.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Session, Mode } from './session.ts';
import type { CheckedSave } from './saves.ts';
import { LIBRARY, findScenario } from './library.ts';
import type { Tx } from './text.ts';
import { saveProblemText } from './import-errors.ts';
import { scoreLine, scoreRows } from './score.ts';
import { renderCoachOption } from './panels/coach.ts';
import { LANES } from './board/model.ts';
import { CUSTOMER_PREFIX } from './focus.ts';
import type { boardModel } from './board-model.ts';

type Token = ReturnType<typeof boardModel>['tokens'][number];

export interface StartChoices {
  scenarioId: string; gameMode: Mode; soloRole: Role; seed: string; coachOn: boolean;
  pickScenario(id: string): void; setMode(m: Mode): void; setRole(r: Role): void; setSeed(seed: string): void;
  newSeed(): void; setCoach(on: boolean): void; start(): void; importFile(f: File): void; openStudio(to?: 'workshop'): void;
}

export function startScreen(tx: Tx, games: Part, c: StartChoices) {
  return html`<section class="start">
      ${games}
      <h2 class="start-options">${tx.ui('ui.start.chooseScenario')}</h2>
      <div class="scenarios" role="radiogroup" aria-label=${tx.ui('ui.start.chooseScenario')}>
        ${LIBRARY.map((e) =>
          e.result.ok
            ? html`<label class="scenario ${c.scenarioId === e.result.scenario.id ? 'chosen' : ''}">
                <input type="radio" name="scenario" data-scenario=${e.result.scenario.id} aria-label=${tx.text(e.result.scenario.title)} .checked=${c.scenarioId === e.result.scenario.id} @change=${() => c.pickScenario((e.result as { scenario: Scenario }).scenario.id)} />
                <h3>${tx.text(e.result.scenario.title)}</h3>
                <div class="meta">${tx.ui('ui.start.weeks', { weeks: e.result.scenario.weeks })} · ${tx.ui('ui.start.difficulty')} ${'★'.repeat(e.result.scenario.difficulty)}</div>
                <p>${tx.text(e.result.scenario.summary)}</p>
                <details><summary>${tx.ui('ui.start.objectives')}</summary><ul>${e.result.scenario.objectives.map((o) => html`<li>${tx.text(o)}</li>`)}</ul></details>
              </label>`
            : html`<div class="scenario broken"><h3>${e.file}</h3><p>${tx.ui('ui.start.broken')}</p><pre>${e.result.issues.map((i) => `${i.line}:${i.column} ${i.path} — ${i.message}`).join('\n')}</pre></div>`,
        )}
      </div>
      <div class="options">
        <fieldset>
          <legend>${tx.ui('ui.start.mode')}</legend>
          <label><input type="radio" name="mode" value="solo" .checked=${c.gameMode === 'solo'} @change=${() => c.setMode('solo')} /> ${tx.ui('ui.start.solo')}</label>
          <label><input type="radio" name="mode" value="team" .checked=${c.gameMode === 'team'} @change=${() => c.setMode('team')} /> ${tx.ui('ui.start.team')}</label>
        </fieldset>
        ${c.gameMode === 'solo'
          ? html`<fieldset><legend>${tx.ui('ui.start.yourRole')}</legend>
              ${ROLES.map((r) => html`<label><input type="radio" name="role" value=${r} .checked=${c.soloRole === r} @change=${() => c.setRole(r)} /> ${tx.role(r)}</label>`)}
            </fieldset>`
          : nothing}
        <fieldset>
          <legend><it-term term="seed" label=${tx.ui('ui.start.seed')} .tx=${tx}></it-term></legend>
          <input id="seed" aria-label=${tx.ui('ui.start.seed')} .value=${c.seed} @input=${(e: Event) => c.setSeed((e.target as HTMLInputElement).value)} maxlength="60" />
          <button @click=${() => c.newSeed()}>${tx.ui('ui.start.newSeed')}</button>
        </fieldset>
        ${renderCoachOption(tx, c.coachOn, findScenario(c.scenarioId)?.scenario.coach === false, (on) => c.setCoach(on))}
      </div>
      <div class="go" data-overlay>
        <button class="primary start-game" @click=${() => c.start()}>${tx.ui('ui.start.start')}</button>
        <label class="import">${tx.ui('ui.saves.import')} <input type="file" accept="application/json,.json" @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) c.importFile(f); }} /></label>
        <button class="open-studio" @click=${() => c.openStudio()}>${tx.ui('ui.studio.open')}</button>
        <button class="join-workshop" @click=${() => c.openStudio('workshop')}>${tx.ui('ui.workshop.join')}</button>
      </div>
    </section>`;
}

/** Home / New game: a confirm that says the game is autosaved and stays listed. */
export function leaveDialog(tx: Tx, s: Session, to: 'home' | 'new', on: { close(): void; go(): void; stay(): void }) {
  return html`<dialog class="leave-dialog" aria-labelledby="leave-title" @close=${() => on.close()}>
      <h2 id="leave-title">${tx.ui(to === 'home' ? 'ui.nav.confirmHomeTitle' : 'ui.nav.confirmNewTitle')}</h2>
      <p>${tx.ui('ui.nav.autosavedNote', { week: Math.min(s.state.week, s.sc.weeks) })}</p>
      <div class="dialog-buttons">
        <button class="primary leave-yes" @click=${() => on.go()}>${tx.ui(to === 'home' ? 'ui.nav.goHome' : 'ui.nav.goNew')}</button>
        <button class="leave-no" autofocus @click=${() => on.stay()}>${tx.ui('ui.nav.stay')}</button>
      </div>
    </dialog>`;
}

export function briefingScreen(tx: Tx, s: Session, team: boolean, begin: () => void) {
  const mine = (r: Role) => s.isHuman(r);
  return html`<section class="briefing">
      <h2>${tx.text(s.sc.title)}</h2>
      <h3>${tx.ui('ui.briefing.situation')}</h3>
      <p>${tx.text(s.sc.briefing.situation)}</p>
      <h3>${tx.ui('ui.briefing.responsibilities')}</h3>
      <ul class="roles">${ROLES.map((r) => html`<li class=${mine(r) ? 'mine' : ''}><strong>${tx.role(r)}</strong>${mine(r) ? html` <em>(${team ? tx.ui('ui.briefing.aPlayer') : tx.ui('ui.briefing.you')})</em>` : html` <em>(🤖)</em>`} — ${tx.text(s.sc.briefing.roles[r])}</li>`)}</ul>
      <h3>${tx.ui('ui.start.objectives')}</h3>
      <ul>${s.sc.objectives.map((o) => html`<li>${tx.text(o)}</li>`)}</ul>
      <button class="primary begin" @click=${() => begin()}>${tx.ui('ui.briefing.begin')}</button>
    </section>`;
}

export function handoverScreen(tx: Tx, s: Session, take: () => void) {
  return html`<section class="handover">
      <h2>${tx.ui('ui.play.handOver', { role: tx.role(s.turn) })}</h2>
      <p>${tx.ui('ui.play.week', { week: s.state.week, weeks: s.sc.weeks })}</p>
      <button class="primary take-turn" @click=${() => take()}>${tx.ui('ui.play.startTurn', { role: tx.role(s.turn) })}</button>
    </section>`;
}

export interface Recovery { game: string; sc: Scenario; contentHash: string; versions: CheckedSave[] }

export function recoverScreen(tx: Tx, r: Recovery, on: { restore(v: CheckedSave): void; startOver(): void }) {
  const good = r.versions.filter((v) => v.ok);
  return html`<section class="recover" role="alertdialog" aria-labelledby="recover-title">
      <h2 id="recover-title">${tx.ui('ui.saves.corruptTitle')}</h2>
      <p>${tx.ui('ui.saves.corruptExplain')}</p>
      <ul>${r.versions.map((v) => html`<li class=${v.ok ? 'ok' : 'bad'}>${tx.ui('ui.play.week', { week: v.week, weeks: r.sc.weeks })}: ${v.ok ? tx.ui('ui.saves.good') : v.problem ? saveProblemText(tx, v.problem, true) : v.reason}</li>`)}</ul>
      ${good[0]
        ? html`<button class="primary restore" @click=${() => on.restore(good[0]!)}>${tx.ui('ui.saves.restoreWeek', { week: good[0].week })}</button>`
        : html`<p>${tx.ui('ui.saves.noGood')}</p>`}
      <button @click=${() => on.startOver()}>${tx.ui('ui.saves.startOver')}</button>
    </section>`;
}

/** Tenders the customers decide after the last week (end-model.ts). */
function openTendersNote(tx: Tx, s: Session) {
  const open = openTenders(s.state);
  return open ? html`<p class="open-tenders" data-testid="open-tenders">${tx.ui('ui.end.openTenders', open)}</p>` : nothing;
}

export function endScreen(tx: Tx, s: Session, on: { debrief(): void; exportSave(): void; again(): void }) {
  const k = s.kpis();
  return html`<section class="end" aria-labelledby="end-title">
      <h2 id="end-title">${tx.ui('ui.end.title')}</h2>
      <p class="score">${tx.ui('ui.end.score')}: <strong data-testid="final-score" title=${scoreLine(tx, scoreRows(s.sc, k))}>${s.score()}</strong></p>
      <dl class="final-kpis">
        ${(['winRate', 'revenue', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'csat', 'complaintRate', 'docCycleDays'] as const).map((key) => {
          const v = k[key];
          // A rate with nothing measured shows a dash, and says so when pointed at.
          return html`<div><dt>${tx.kpi(key)}</dt><dd data-kpi=${key} data-value=${v === null ? 'null' : v} title=${v === null ? tx.ui('kpi.notMeasured') : nothing}>${tx.kpiValue(key, v)}</dd></div>`;
        })}
      </dl>
      ${openTendersNote(tx, s)}
      <button class="primary open-debrief" @click=${() => on.debrief()}>${tx.ui('debrief.open')}</button>
      <button class="export-save" @click=${() => on.exportSave()}>${tx.ui('ui.saves.export')}</button>
      <button class="play-again" @click=${() => on.again()}>${tx.ui('ui.end.playAgain')}</button>
    </section>`;
}

/** Every item on the board as a button, lane by lane, then the customers. */
export function pipelineList(tx: Tx, sc: Scenario, tokens: readonly Token[], selected: string | null, select: (id: string) => void) {
  return html`<nav class="pipeline" aria-label=${tx.ui('ui.play.pipeline')}>
    ${[...LANES, 'ticket'].map((lane) => {
      const mine = tokens.filter((t) => t.lane === lane);
      return mine.length
        ? html`<div class="lane-list"><span class="lane-name">${tx.lane(lane)}</span>${mine.map((t) => html`<button class="chip ${t.status} ${t.selected ? 'sel' : ''}" data-token=${t.id} aria-pressed=${t.selected ? 'true' : 'false'} @click=${() => select(t.id)}>${t.label} · ${t.sub}</button>`)}</div>`
        : nothing;
    })}
    <div class="lane-list"><span class="lane-name">${tx.ui('ui.play.customers')}</span>${sc.customers.map((c) => html`<button class="chip ${selected === CUSTOMER_PREFIX + c.id ? 'sel' : ''}" data-token=${CUSTOMER_PREFIX + c.id} @click=${() => select(CUSTOMER_PREFIX + c.id)}>${tx.text(c.name)}</button>`)}</div>
  </nav>`;
}
