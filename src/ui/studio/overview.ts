/**
 * `<it-studio-overview>`: the draft at a glance (issue 11 item 7), loaded when first
 * opened. Two drawings (SVG from lit templates) of overview-model.ts: a timeline of the
 * weeks (per customer the week each lead becomes available; events and decision cards at
 * their week, or as a dashed span "when <condition>, from week N"; the targets at the
 * finish) and a map of customers → stakeholders (size: power, colour: starting support)
 * with the competitors each lead names. Each drawing is one image with a name and a
 * description for screen readers, and the same content in words below it.
 */
import { LitElement, html, svg, nothing, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Scenario } from '../../scenario/schema.ts';
import type { Lang } from '../text.ts';
import { formatDays, formatMoney, pctBp, roleName, stakeholderRoleName } from '../../i18n/index.ts';
import type { StakeholderRoleName } from '../../scenario/enums.ts';
import { overview, tiers, weekOf, type ContentMark, type FactCondition, type Overview, type WhenCondition } from './overview-model.ts';
import { sayFor, type Say } from './say.ts';

const LABEL_W = 170;
const ROW = 22;
const CHAR = 7;
/** Starting support −60…+60 as a colour (dark enough for white text nearby; not the only cue: the words say it too). */
const SUPPORT_COLOUR: Record<number, string> = { [-2]: '#b3261e', [-1]: '#e8a09a', 0: '#9aa5b1', 1: '#8cc79a', 2: '#1e7b34' };

@customElement('it-studio-overview')
export class ItStudioOverview extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'en';
  @property({ attribute: false }) scenario: Scenario | null = null;

  protected override createRenderRoot() {
    return this;
  }

  private get say(): Say {
    return sayFor(this.uiLang);
  }

  override render() {
    const say = this.say;
    const o = this.scenario ? overview(this.scenario) : null;
    return html`<section class="studio-overview" aria-labelledby="studio-ov-title">
      <h3 id="studio-ov-title">${say('studio.ov.title')}</h3>
      <p class="hint">${say('studio.ov.intro')}</p>
      ${o ? [this.timeline(o), this.map(o)] : html`<p class="note warn">${say('studio.ov.needsValid')}</p>`}
    </section>`;
  }

  // ── words shared by the drawing and the list ────────────────────────────
  private name(t: { zh: string; en: string }): string {
    return t[this.uiLang];
  }

  private customerName(id: string): string {
    const c = this.scenario?.customers.find((x) => x.id === id);
    return c ? this.name(c.name) : id;
  }

  private condition(c: WhenCondition): string {
    const say = this.say;
    const who = c.customer ? this.customerName(c.customer) : '';
    const metric = c.metric === 'openComplaints' && who ? say('studio.ov.metric.openComplaintsOf', { customer: who }) : say(`studio.ov.metric.${c.metric}`, { customer: who });
    const value = (v: number) => (c.metric === 'cash' ? formatMoney(this.uiLang, v) : String(v));
    if (c.below !== undefined && c.above !== undefined) return say('studio.ov.between', { metric, above: value(c.above), below: value(c.below) });
    return c.below !== undefined ? say('studio.ov.below', { metric, value: value(c.below) }) : say('studio.ov.above', { metric, value: value(c.above ?? 0) });
  }

  private fact(f: FactCondition): string {
    const say = this.say;
    const base = say(`studio.ov.fact.${f.fact}`, { days: f.days ?? 1 });
    const about = f.lead ? say('studio.ov.factLead', { lead: f.lead }) : f.customer ? say('studio.ov.factCustomer', { customer: this.customerName(f.customer) }) : '';
    return about ? `${base} ${about}` : base;
  }

  private contentLabel(m: ContentMark): string {
    const say = this.say;
    const id = m.kind === 'card' ? `${m.id} · ${say('studio.ov.card', { text: this.name(m.text), role: roleName(this.uiLang, m.role as 'AR', 'short'), options: m.options ?? 0 })}` : m.id;
    if ('week' in m.when) return say('studio.ov.at', { id, week: m.when.week });
    if ('fact' in m.when) return say('studio.ov.on', { id, week: m.when.from, fact: this.fact(m.when.fact) });
    return say('studio.ov.when', { id, week: m.when.from, condition: this.condition(m.when.condition) });
  }

  private target(key: string, value: number): string {
    const lang = this.uiLang;
    const shown = key === 'revenue' ? formatMoney(lang, value) : key.endsWith('Bp') ? pctBp(lang, value) : key === 'collectionCycleDays' ? formatDays(lang, value) : key === 'docCycleHalfDays' ? formatDays(lang, value / 2) : String(value);
    return this.say(`studio.ov.target.${key}`, { value: shown });
  }

  private leadLabel(l: Overview['lanes'][number]['leads'][number]): string {
    const p = { id: l.id, week: l.week, source: this.say(`studio.ov.source.${l.source}`), product: this.productName(l.product) };
    return this.say(l.junk ? 'studio.ov.leadJunk' : 'studio.ov.lead', p);
  }

  private productName(id: string): string {
    const p = this.scenario?.products.find((x) => x.id === id);
    return p ? this.name(p.name) : id;
  }

  // ── the timeline ────────────────────────────────────────────────────────
  private timeline(o: Overview) {
    const say = this.say;
    const col = Math.max(14, Math.min(36, Math.floor(860 / o.weeks)));
    const x = (week: number) => LABEL_W + (week - 1) * col + col / 2;
    const span = (label: string) => Math.ceil((label.length * CHAR + 14) / col);
    const rows: { title: string; height: number; marks: SVGTemplateResult[] }[] = [];
    for (const lane of o.lanes) {
      const laid = tiers(lane.leads, (l) => l.week, (l) => span(l.id));
      const marks = laid.map(({ item: l, tier }) => svg`<g class=${l.junk ? 'ov-lead junk' : 'ov-lead'} transform="translate(${x(l.week)} ${tier * ROW + 12})">
        <title>${this.leadLabel(l)}</title>
        <circle r="5"></circle><text x="8" y="4">${l.id}</text></g>`);
      rows.push({ title: this.name(lane.name), height: Math.max(1, ...laid.map((t) => t.tier + 1)) * ROW + 4, marks });
    }
    for (const kind of ['event', 'card'] as const) {
      const items = o.content.filter((m) => m.kind === kind);
      const laid = tiers(items, (m) => weekOf(m.when), (m) => ('week' in m.when ? span(m.id) : Math.max(span(m.id), o.weeks - m.when.from + 1)));
      const marks = laid.map(({ item: m, tier }) => {
        const w = weekOf(m.when);
        const y = tier * ROW + 12;
        const shape = kind === 'event' ? svg`<path d="M0 -6 L6 0 L0 6 L-6 0 Z"></path>` : svg`<rect x="-5" y="-5" width="10" height="10"></rect>`;
        return svg`<g class="ov-${kind}${'week' in m.when ? '' : ' when'}">
          <title>${this.contentLabel(m)}</title>
          ${'week' in m.when ? nothing : svg`<line x1=${x(w)} x2=${x(o.weeks) + col / 2} y1=${y} y2=${y}></line>`}
          <g transform="translate(${x(w)} ${y})">${shape}<text x="9" y="4">${m.id}</text></g></g>`;
      });
      rows.push({ title: say(kind === 'event' ? 'studio.ov.events' : 'studio.ov.cards'), height: Math.max(1, ...laid.map((t) => t.tier + 1)) * ROW + 4, marks });
    }
    const targets = o.targets.map((t) => this.target(t.key, t.value));
    rows.push({
      title: say('studio.ov.targets'),
      height: targets.length * 16 + 8,
      marks: [svg`<g class="ov-targets"><title>${say('studio.ov.targetsAt', { week: o.weeks })}</title>${targets.map((t, i) => svg`<text x=${x(o.weeks) + col / 2 - 6} y=${i * 16 + 14} text-anchor="end">${t}</text>`)}</g>`],
    });
    const top = 28;
    let y = top;
    const placed = rows.map((r) => ((y += r.height), { ...r, y: y - r.height }));
    const width = LABEL_W + o.weeks * col + 10;
    const step = o.weeks > 40 ? 4 : o.weeks > 16 ? 2 : 1;
    const ticks = Array.from({ length: o.weeks }, (_, i) => i + 1).filter((w) => w === 1 || w % step === 0);
    const counts = { weeks: o.weeks, customers: o.lanes.length, leads: o.lanes.reduce((s, l) => s + l.leads.length, 0), events: o.content.filter((m) => m.kind === 'event').length, cards: o.content.filter((m) => m.kind === 'card').length, targets: o.targets.length };
    return html`<figure class="studio-ov-figure">
      <figcaption id="studio-ov-tl">${say('studio.ov.timeline', counts)}</figcaption>
      <div class="studio-ov-scroll">
        <svg class="studio-ov-timeline" role="img" aria-labelledby="studio-ov-tl studio-ov-tl-desc" viewBox="0 0 ${width} ${y + 6}" width=${width} height=${y + 6}>
          <desc id="studio-ov-tl-desc">${say('studio.ov.timelineDesc', counts)}</desc>
          <text class="ov-axis" x="4" y="16">${say('studio.ov.week')}</text>
          ${ticks.map((w) => svg`<text class="ov-axis" x=${x(w)} y="16" text-anchor="middle">${w}</text>`)}
          ${Array.from({ length: o.weeks + 1 }, (_, i) => svg`<line class="ov-grid" x1=${LABEL_W + i * col} x2=${LABEL_W + i * col} y1="22" y2=${y}></line>`)}
          ${placed.map((r, i) => svg`<g transform="translate(0 ${r.y})">
            ${i % 2 ? nothing : svg`<rect class="ov-band" x="0" y="0" width=${width} height=${r.height}></rect>`}
            <text class="ov-row" x="4" y="16">${r.title.length > 22 ? `${r.title.slice(0, 21)}…` : r.title}</text>
            ${r.marks}</g>`)}
          <line class="ov-finish" x1=${LABEL_W + o.weeks * col} x2=${LABEL_W + o.weeks * col} y1="22" y2=${y}></line>
        </svg>
      </div>
      <details class="studio-ov-words"><summary>${say('studio.ov.inWords')}</summary>
        <ul>
          ${o.lanes.map((l) => html`<li>${this.name(l.name)}: ${l.leads.length ? l.leads.map((x) => this.leadLabel(x)).join('; ') : say('studio.ov.noLeads')}</li>`)}
          ${o.content.map((m) => html`<li>${say(m.kind === 'event' ? 'studio.ov.events' : 'studio.ov.cards')}: ${this.contentLabel(m)}</li>`)}
          <li>${say('studio.ov.targetsAt', { week: o.weeks })}: ${targets.join('; ')}</li>
        </ul>
      </details>
    </figure>`;
  }

  // ── the map ─────────────────────────────────────────────────────────────
  private map(o: Overview) {
    const say = this.say;
    const lang = this.uiLang;
    const compX = 10;
    const custX = 250;
    const peopleX = 450;
    const rowH = 74;
    const people = o.customers.reduce((s, c) => s + c.stakeholders.length, 0);
    const widest = Math.max(1, ...o.customers.map((c) => c.stakeholders.length));
    const width = peopleX + widest * 96 + 10;
    const custY = (i: number) => 10 + i * rowH;
    const height = Math.max(custY(o.customers.length), 10 + o.competitors.length * 54) + 10;
    const compY = (i: number) => 10 + i * 54;
    const stakeholderLabel = (s: Overview['customers'][number]['stakeholders'][number]) =>
      say('studio.ov.stakeholder', { name: this.name(s.name), role: stakeholderRoleName(lang, s.role as StakeholderRoleName), influence: s.influence, support: s.support > 0 ? `+${s.support}` : s.support });
    const contestText = (k: Overview['competitors'][number]) => k.contests.length
      ? say('studio.ov.competitor', { name: this.name(k.name), strength: k.strength, list: k.contests.map((c) => say('studio.ov.contest', { lead: c.lead, customer: this.customerName(c.customer), product: this.productName(c.product) })).join('; ') })
      : say('studio.ov.contestsNothing', { name: this.name(k.name), strength: k.strength });
    const links = o.competitors.flatMap((k, ki) => {
      const byCustomer = new Map<string, string[]>();
      for (const c of k.contests) byCustomer.set(c.customer, [...(byCustomer.get(c.customer) ?? []), c.lead]);
      return [...byCustomer].map(([customer, leads]) => {
        const ci = o.customers.findIndex((c) => c.id === customer);
        const y1 = compY(ki) + 20;
        const y2 = custY(ci) + 24;
        return svg`<g class="ov-link"><line x1=${compX + 170} y1=${y1} x2=${custX} y2=${y2}></line>
          <text x=${(compX + 170 + custX) / 2} y=${(y1 + y2) / 2 - 4} text-anchor="middle">${leads.join(', ')}</text></g>`;
      });
    });
    return html`<figure class="studio-ov-figure">
      <figcaption id="studio-ov-map">${say('studio.ov.map')}</figcaption>
      <p class="hint">${say('studio.ov.legend')}</p>
      <div class="studio-ov-scroll">
        <svg class="studio-ov-map" role="img" aria-labelledby="studio-ov-map studio-ov-map-desc" viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
          <desc id="studio-ov-map-desc">${say('studio.ov.mapDesc', { customers: o.customers.length, people, competitors: o.competitors.length })}</desc>
          ${links}
          ${o.competitors.map((k, i) => svg`<g class="ov-competitor" transform="translate(${compX} ${compY(i)})"><title>${contestText(k)}</title>
            <rect width="170" height="40" rx="4"></rect><text x="8" y="17">${this.name(k.name).slice(0, 20)}</text><text class="ov-small" x="8" y="33">${k.id} · ${k.strength}</text></g>`)}
          ${o.customers.map((c, i) => svg`<g transform="translate(0 ${custY(i)})">
            <g class="ov-customer" transform="translate(${custX} 0)"><title>${say('studio.ov.customer', { name: this.name(c.name), id: c.id, leads: c.leads.join(', ') })}</title>
              <rect width="180" height="48" rx="6"></rect><text x="8" y="19">${this.name(c.name).slice(0, 22)}</text><text class="ov-small" x="8" y="37">${c.id}</text></g>
            <line class="ov-chain" x1=${custX + 180} x2=${peopleX + (c.stakeholders.length - 1) * 96} y1="24" y2="24"></line>
            ${c.stakeholders.map((s, j) => svg`<g class="ov-person" transform="translate(${peopleX + j * 96 + 14} 24)"><title>${stakeholderLabel(s)}</title>
              <circle r=${5 + s.influence * 1.3} fill=${SUPPORT_COLOUR[s.stance] ?? '#9aa5b1'}></circle>
              <text class="ov-small" y="34" text-anchor="middle">${this.name(s.name).slice(0, 12)}</text>
              <text class="ov-small ov-role" y="46" text-anchor="middle">${stakeholderRoleName(lang, s.role as StakeholderRoleName).slice(0, 14)}</text></g>`)}</g>`)}
        </svg>
      </div>
      <details class="studio-ov-words"><summary>${say('studio.ov.inWords')}</summary>
        <ul>
          ${o.customers.map((c) => html`<li>${say('studio.ov.customer', { name: this.name(c.name), id: c.id, leads: c.leads.join(', ') })}
            <ul>${c.stakeholders.map((s) => html`<li>${stakeholderLabel(s)}</li>`)}</ul></li>`)}
          ${o.competitors.map((k) => html`<li>${contestText(k)}</li>`)}
        </ul>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-studio-overview': ItStudioOverview;
  }
}
