/**
 * Why the customer decided and where its people stand (`ev.winFactor.*`, `ev.bidWon.*`,
 * `ev.supportDrifted*`, `stance.*`, `ui.power.*`, `ui.detail.decision`), merged into the
 * catalogue by en.ts. `decisions.zh.ts` must have exactly these keys.
 */
export const decisionsEn = {
  // ── a won tender says why (src/i18n/events.ts) ─────────────────────────────
  'ev.bidWon.why': '{text}. What won it: {why}',
  'ev.bidWon.against': '{text}. What counted against us even so: {against}',
  'ev.winFactor.price': 'we quoted less than {rival}',
  'ev.winFactor.relationship': 'support across their decision chain',
  'ev.winFactor.needs': 'we had uncovered their needs',
  'ev.winFactor.fit': 'our solution fitted them well',
  'ev.winFactor.delivery': "FR's delivery plan made our date believable",
  'ev.winFactor.terms': 'our payment terms were better than their norm',
  'ev.winAgainst.overBudget': 'our price was over their budget',

  // ── support: where it stands and when it drops ─────────────────────────────
  'ev.supportNow': '{text} (now {support} on −100…+100: {stance})',
  'ev.supportDrifted': "Rivals courted {stakeholders} at {customer}, whom we had not visited for 3 weeks or more: support {delta} each",
  'ev.supportDrifted.one': "Rivals courted {stakeholders} at {customer}, whom we had not visited for 3 weeks or more: support {delta}",
  'stance.hostile': 'Hostile',
  'stance.opponent': 'Opponent',
  'stance.neutral': 'Neutral',
  'stance.supporter': 'Supporter',
  'stance.champion': 'Champion',

  // ── the power map (src/ui/panels/power-map.ts) ─────────────────────────────
  'ui.power.legend': 'Circle size and the number in it: influence on the decision (1–10). Colour and the signed number: support for us, from −100 (against) to +100 (for); a stance starts at ±30 (opponent / supporter) and ±60 (hostile / champion).',
  'ui.power.influence': 'Influence {influence}/10',
  'ui.power.support': 'Support {support}',
  'ui.power.next': '{stance} at {from}: {n} to go',
  'ui.power.top': 'The highest stance',
  'ui.power.label': '{name} · {role} · influence {influence}/10 · support {support} on −100…+100 · {stance}',

  // ── the selected opportunity (src/ui/panels/detail.ts) ─────────────────────
  'ui.detail.decision': "Customer's decision",
} as const;
