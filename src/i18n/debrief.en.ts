/**
 * The debrief's English strings (`debrief.*`), merged into the catalogue by en.ts.
 * Kept apart so the after-action review can grow without the core catalogue growing.
 * `debrief.zh.ts` must have exactly these keys.
 */
export const debriefEn = {
  'debrief.title': 'Debrief',

  // ── charts (src/ui/debrief/charts.ts) ──────────────────────────────────────
  'debrief.chart.week': 'Week',
  'debrief.chart.weekN': 'Week {week}',
  'debrief.chart.noData': 'No weeks played yet',
  'debrief.chart.listSep': ', ',
  'debrief.chart.legend': 'Legend',

  'debrief.chart.funnel.title': 'Lead to cash: how far deals got',
  'debrief.chart.funnel.you': 'This game',
  'debrief.chart.funnel.par': 'Par (iron-triangle bots, same seed)',
  'debrief.chart.funnel.kept': '% kept from the step above',
  'debrief.chart.funnel.step.leads': 'Leads',
  'debrief.chart.funnel.step.opportunities': 'Opportunities',
  'debrief.chart.funnel.step.bids': 'Bids',
  'debrief.chart.funnel.step.won': 'Won',
  'debrief.chart.funnel.step.delivered': 'Delivered',
  'debrief.chart.funnel.step.invoiced': 'Invoiced',
  'debrief.chart.funnel.step.collected': 'Collected',
  'debrief.chart.funnel.aria': 'Deals at each step from lead to cash: {steps}',
  'debrief.chart.funnel.ariaCompare': '{label}: {steps}',
  'debrief.chart.funnel.ariaStep': '{step} {count}',

  'debrief.chart.cash.title': 'Cash in: invoiced, collected and overdue',
  'debrief.chart.cash.invoiced': 'Invoiced to date',
  'debrief.chart.cash.collected': 'Collected to date',
  'debrief.chart.cash.overdue': 'Overdue that week',
  'debrief.chart.cash.aria': 'Collected {collected} of {invoiced} invoiced by week {week}; {overdue} overdue that week',

  'debrief.chart.satisfaction.title': 'Customer satisfaction (0–100)',
  'debrief.chart.satisfaction.aria': 'Satisfaction at week {week}: {list}',
  'debrief.chart.satisfaction.ariaItem': '{customer} {value}',

  'debrief.chart.pipeline.title': 'Pipeline by stage, week by week',
  'debrief.chart.pipeline.stage.lead': 'Leads',
  'debrief.chart.pipeline.stage.opportunity': 'Opportunities',
  'debrief.chart.pipeline.stage.bid': 'Bids',
  'debrief.chart.pipeline.stage.contract': 'Contracts',
  'debrief.chart.pipeline.stage.order': 'Orders',
  'debrief.chart.pipeline.stage.invoice': 'Open invoices',
  'debrief.chart.pipeline.aria': 'In the pipeline at week {week}: {list}; the most was {peak} items in week {peakWeek}',
  'debrief.chart.pipeline.ariaItem': '{stage} {count}',
  'debrief.chart.pipeline.weekTip': 'Week {week}: {list}',

  'debrief.chart.time.title': 'Time with customers, per role',
  'debrief.chart.time.customer': 'With customers',
  'debrief.chart.time.internal': 'Internal',
  'debrief.chart.time.days': '{customer} of {total} days with customers',
  'debrief.chart.time.noDays': 'No days used',
  'debrief.chart.time.target': 'AR target {pct}',
  'debrief.chart.time.aria': 'Share of days spent with customers: {list}; AR target {target}',
  'debrief.chart.time.ariaItem': '{role} {pct}',
} as const;
