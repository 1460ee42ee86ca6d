/**
 * One control of the action panel as a lit template: a plain button for a single action,
 * or ONE composite control for all the variants of a kind on one object — the options as
 * a small form (whom to visit, who comes along, contract form, credit insurance, the bid's
 * discount with each level's numbers) and one button that says what it costs. A field
 * this file does not know becomes a list of the variants in words, so a new kind of
 * action works without a change here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, Rejection, Role } from '../../engine/index.ts';
import type { Tx } from '../text.ts';
import { optionKey, type ActionControl } from './action-groups.ts';

/** The numbers the panel shows beside an action: bid estimates, terms in words, warnings. */
export interface ActionNotes {
  words?: string | null;
  cash?: string | null;
  bid?: string | null;
  warning?: string | null;
  warnKind?: 'terms' | 'bid';
}
export interface ControlCtx {
  tx: Tx;
  role: Role;
  reasonOf(a: Action): Rejection | null;
  /** The visible reason, or null when the panel's one "no days left" notice already says it. */
  whyText(r: Rejection | null): string | null;
  costText(a: Action): string;
  notes(a: Action): ActionNotes | null;
  /** The chosen variant of a composite control (its default until the player picks). */
  chosen(c: ActionControl): Action | null;
  choice(c: ActionControl): Readonly<Record<string, string>>;
  choose(c: ActionControl, field: string, value: string): void;
  /** Per-option estimate rows for a bid control (discount → short numbers), or null. */
  bidRows(a: Action): { price: string; margin: string; chance: string } | null;
  act(a: Action): void;
}

/** Fields with a form editor of their own; any other varying field falls back to a list of variants. */
const KNOWN = new Set(['stakeholder', 'with', 'insured', 'terms', 'discountBp']);

const distinct = (c: ActionControl, k: string): unknown[] => {
  const seen = new Map<string, unknown>();
  for (const v of c.variants) {
    const x = (v as unknown as Record<string, unknown>)[k];
    if (!seen.has(optionKey(x))) seen.set(optionKey(x), x);
  }
  return [...seen.values()];
};

function actButton(ctx: ControlCtx, a: Action | null, kind: string, label: string, spoken: string, reason: Rejection | null, forbidden: boolean): TemplateResult {
  const days = a ? ctx.costText(a) : '';
  const off = !a || reason !== null;
  return html`<button class="act ${forbidden ? 'forbidden' : ''}" data-kind=${kind} ?disabled=${off} aria-disabled=${off ? 'true' : 'false'}
    title=${reason ? ctx.tx.rejection(reason) : ''} aria-label=${spoken} @click=${() => a && ctx.act(a)}>
    <span class="act-label">${label}</span>${days ? html`<span class="cost" aria-hidden="true">${days}</span>` : nothing}
  </button>`;
}

function noteLines(n: ActionNotes | null): TemplateResult {
  if (!n) return html``;
  return html`${n.words ? html`<span class="terms-words">${n.words}</span>` : nothing}
    ${n.cash ? html`<span class="terms-cash" data-testid="terms-cash">${n.cash}</span>` : nothing}
    ${n.bid ? html`<span class="bid-numbers" data-testid="bid-estimate">${n.bid}</span>` : nothing}
    ${n.warning ? html`<span class="terms-warn" data-testid=${n.warnKind === 'bid' ? 'bid-late' : 'terms-forbidden'}>⚠ ${n.warning}</span>` : nothing}`;
}

const spokenOf = (ctx: ControlCtx, a: Action | null, n: ActionNotes | null, why: string | null): string =>
  [a ? ctx.tx.action(a) : '', n?.bid, n?.words, n?.cash, n?.warning, why].filter(Boolean).join(' — ');

/** A single action: the button as before, numbers and warnings under it, the reason when refused. */
function plain(ctx: ControlCtx, a: Action): TemplateResult {
  const reason = ctx.reasonOf(a);
  const why = ctx.whyText(reason);
  const n = ctx.notes(a);
  return html`<li class="control" data-kind=${a.kind}>
    ${actButton(ctx, a, a.kind, ctx.tx.action(a), spokenOf(ctx, a, n, why), reason, !!n?.warning && n.warnKind === 'terms')}
    ${noteLines(n)}
    ${why ? html`<span class="why">${why}</span>` : nothing}
  </li>`;
}

function stakeholderLabel(ctx: ControlCtx, a: Action, id: string): string {
  const tx = ctx.tx;
  const customer = tx.names.customerOf?.((a as { opportunity?: string }).opportunity ?? '') ?? null;
  if (!customer) return tx.ui('panel.field.choice');
  const role = tx.names.stakeholderRole?.(customer, id);
  const name = tx.names.stakeholder(customer, id);
  return role ? tx.ui('fmt.paren', { text: name, note: tx.stakeholderRole(role) }) : name;
}

function editor(ctx: ControlCtx, c: ActionControl, field: string, id: string): TemplateResult {
  const tx = ctx.tx;
  const choice = ctx.choice(c);
  const values = distinct(c, field);
  const label = tx.ui(`panel.field.${field}`);
  if (field === 'with') {
    const roles = [...new Set(values.flatMap((v) => (Array.isArray(v) ? v.map(String) : [])))];
    const now: string[] = JSON.parse(choice.with ?? '[]');
    const toggle = (r: string, on: boolean) => ctx.choose(c, 'with', optionKey(on ? [...now, r] : now.filter((x) => x !== r)));
    return html`<fieldset class="opt opt-with"><legend>${label}</legend>${roles.map((r) => html`<label title=${tx.role(r as Role)}><input type="checkbox" data-role=${r} aria-label=${tx.role(r as Role)} .checked=${now.includes(r)} @change=${(e: Event) => toggle(r, (e.target as HTMLInputElement).checked)} /> ${r}</label>`)}</fieldset>`;
  }
  if (field === 'insured') {
    return html`<label class="opt opt-check"><input type="checkbox" data-field="insured" .checked=${choice.insured === 'true'} @change=${(e: Event) => ctx.choose(c, 'insured', optionKey((e.target as HTMLInputElement).checked))} /> ${label}</label>`;
  }
  if (field === 'discountBp') return bidTable(ctx, c, values as number[], id);
  const text = (v: unknown): string => {
    const a = c.variants.find((x) => optionKey((x as unknown as Record<string, unknown>)[field]) === optionKey(v))!;
    if (field === 'stakeholder') return stakeholderLabel(ctx, a, String(v));
    if (field === 'terms') {
      const t = (a as Extract<Action, { kind: 'setTerms' }>).terms;
      const name = tx.termsPreset(t) ?? tx.terms(t);
      return ctx.notes({ ...a, insured: false } as Action)?.warning ? tx.ui('panel.forbidden', { text: name }) : name;
    }
    return tx.action(a);
  };
  return html`<label class="opt opt-select"><span>${label}</span>
    <select data-field=${field} @change=${(e: Event) => ctx.choose(c, field, (e.target as HTMLSelectElement).value)}>
      ${values.map((v) => html`<option value=${optionKey(v)} ?selected=${choice[field] === optionKey(v)}>${text(v)}</option>`)}
    </select></label>`;
}

/** The bid's discount levels side by side, each with its price, margin and estimated win chance. */
function bidTable(ctx: ControlCtx, c: ActionControl, levels: number[], id: string): TemplateResult {
  const tx = ctx.tx;
  const now = ctx.choice(c).discountBp;
  return html`<table class="bid-levels" aria-label=${tx.ui('panel.field.discountBp')}>
    <thead><tr><th scope="col">${tx.ui('panel.field.discountBp')}</th><th scope="col">${tx.ui('panel.col.price')}</th><th scope="col">${tx.ui('panel.col.margin')}</th><th scope="col">${tx.ui('panel.col.chance')}</th></tr></thead>
    <tbody>${levels.map((d) => {
      const a = c.variants.find((v) => (v as { discountBp?: number }).discountBp === d)!;
      const row = ctx.bidRows(a);
      const name = d === 0 ? tx.ui('panel.list') : `−${tx.pct(d / 10000)}`;
      return html`<tr class=${optionKey(d) === now ? 'chosen' : ''}>
        <th scope="row"><label><input type="radio" name=${`bid-${id}`} .checked=${optionKey(d) === now} aria-label=${tx.action(a)} @change=${() => ctx.choose(c, 'discountBp', optionKey(d))} /> ${name}</label></th>
        <td>${row?.price ?? ''}</td><td>${row?.margin ?? ''}</td><td>${row?.chance ?? ''}</td></tr>`;
    })}</tbody></table>`;
}

/** A composite control: its options, then one button for the chosen variant, its numbers, and why not. */
function composite(ctx: ControlCtx, c: ActionControl, id: string): TemplateResult {
  const tx = ctx.tx;
  const a = ctx.chosen(c);
  const reason = a ? ctx.reasonOf(a) : null;
  const why = a ? ctx.whyText(reason) : tx.ui('panel.notOffered');
  const n = a ? ctx.notes(a) : null;
  const own = c.options.every((f) => KNOWN.has(f));
  const title = tx.ui(`kind.${c.kind}`);
  const heading = title === `kind.${c.kind}` ? tx.action(c.variants[0]!) : title;
  const verbKey = `panel.verb.${c.kind}`;
  const verb = tx.ui(verbKey) === verbKey ? tx.ui('panel.go') : tx.ui(verbKey);
  const fields = own
    ? c.options.map((f) => editor(ctx, c, f, id))
    : html`<label class="opt opt-select"><span>${tx.ui('panel.field.choice')}</span>
        <select data-field="variant" @change=${(e: Event) => { const v = c.variants[Number((e.target as HTMLSelectElement).value)]!; for (const f of c.options) ctx.choose(c, f, optionKey((v as unknown as Record<string, unknown>)[f])); }}>
          ${c.variants.map((v, i) => html`<option value=${i} ?selected=${v === a}>${tx.action(v)}</option>`)}
        </select></label>`;
  return html`<li class="control composite" data-kind=${c.kind}>
    <div class="control-title">${heading}</div>
    <div class="control-options">${fields}</div>
    ${noteLines(n)}
    ${actButton(ctx, a, c.kind, verb, spokenOf(ctx, a, n, why), reason, !!n?.warning && n.warnKind === 'terms')}
    ${why ? html`<span class="why">${why}</span>` : nothing}
  </li>`;
}

export function renderControl(ctx: ControlCtx, c: ActionControl, id: string): TemplateResult {
  return c.options.length === 0 ? plain(ctx, c.variants[0]!) : composite(ctx, c, id);
}
