/**
 * The start screen's saved-games list: every game its own slot, with resume, rename,
 * export and delete (the last two confirmed inline). A template function: the state of
 * an open rename or delete lives in the app, which passes it in with the handlers.
 */
import { html, nothing } from 'lit';
import type { Role } from '../scenario/schema.ts';
import type { GameMeta } from './saves.ts';
import { findScenario } from './library.ts';
import type { Tx } from './text.ts';

export interface SavedGamesUi {
  renaming: { id: string; name: string } | null;
  deleting: string | null;
  setRenaming(r: { id: string; name: string } | null): void;
  setDeleting(id: string | null): void;
  resume(g: GameMeta): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
  export(g: GameMeta): void;
}

export function renderSavedGames(tx: Tx, games: readonly GameMeta[], ui: SavedGamesUi) {
  if (!games.length) return nothing;
  const fmt = new Intl.DateTimeFormat(tx.lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
  return html`<section class="saved-games" aria-labelledby="saved-games-title">
    <h2 id="saved-games-title">${tx.ui('ui.games.title')}</h2>
    <ul>
      ${games.map((g) => {
        const loaded = findScenario(g.scenario);
        const title = loaded ? tx.text(loaded.scenario.title) : g.scenario;
        const who = g.mode === 'team' ? tx.ui('ui.games.team') : tx.ui('ui.games.solo', { role: tx.list(g.roles.map((r) => tx.role(r as Role))) });
        const facts = [
          who,
          g.finished ? tx.ui('ui.games.finished') : tx.ui('ui.games.week', { week: g.week }),
          ...(g.branchFrom !== null ? [tx.ui('ui.games.branch', { week: g.branchFrom })] : []),
          g.savedAt ? tx.ui('ui.games.savedAt', { date: fmt.format(g.savedAt) }) : tx.ui('ui.games.savedEarlier'),
        ];
        return html`<li class="saved-game ${g.branchFrom !== null ? 'branch' : ''}" data-game=${g.id} data-scenario=${g.scenario} data-week=${g.week}>
          <div class="game-title">
            ${ui.renaming?.id === g.id
              ? html`<form class="rename-form" @submit=${(e: Event) => { e.preventDefault(); ui.rename(g.id, ui.renaming!.name); }}>
                  <input class="rename-input" aria-label=${tx.ui('ui.games.renameLabel')} maxlength="80" .value=${ui.renaming.name} @input=${(e: Event) => ui.setRenaming({ id: g.id, name: (e.target as HTMLInputElement).value })} />
                  <button type="submit" class="rename-save">${tx.ui('ui.games.saveName')}</button>
                  <button type="button" @click=${() => ui.setRenaming(null)}>${tx.ui('ui.games.cancel')}</button>
                </form>`
              : html`<strong>${g.name || title}</strong>${g.name ? html` <span class="meta">${title}</span>` : nothing}`}
          </div>
          <div class="meta game-facts">${facts.join(' · ')} · <span data-i18n-ignore>${tx.ui('ui.games.seed', { seed: g.seed })}</span></div>
          ${loaded ? nothing : html`<p class="meta">${tx.ui('ui.games.unknownScenario')}</p>`}
          ${ui.deleting === g.id
            ? html`<div class="delete-confirm" role="alert">${tx.ui('ui.games.deleteConfirm')}
                <button class="delete-yes" @click=${() => ui.remove(g.id)}>${tx.ui('ui.games.deleteYes')}</button>
                <button @click=${() => ui.setDeleting(null)}>${tx.ui('ui.games.cancel')}</button></div>`
            : html`<div class="game-actions">
                <button class="primary resume" ?disabled=${!loaded} @click=${() => ui.resume(g)}>${tx.ui('ui.games.resume')}</button>
                <button class="rename" @click=${() => ui.setRenaming({ id: g.id, name: g.name || title })}>${tx.ui('ui.games.rename')}</button>
                <button class="export-game" @click=${() => ui.export(g)}>${tx.ui('ui.games.export')}</button>
                <button class="delete" @click=${() => ui.setDeleting(g.id)}>${tx.ui('ui.games.delete')}</button>
              </div>`}
        </li>`;
      })}
    </ul>
  </section>`;
}
