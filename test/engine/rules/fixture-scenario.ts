/** The small scenario every rule test starts from (`baseInput`), and the input types the fixture patches. */
import type { ScenarioInput } from '../../../src/scenario/schema.ts';

const t = (en: string) => ({ zh: en, en });

export type CompanyIn = ScenarioInput['company'];
export type ProductIn = ScenarioInput['products'][number];
export type CompetitorIn = NonNullable<ScenarioInput['competitors']>[number];
export type CustomerIn = ScenarioInput['customers'][number];
export type LeadIn = ScenarioInput['leads'][number];
export type EventIn = NonNullable<ScenarioInput['events']>[number];
export type CardIn = NonNullable<ScenarioInput['cards']>[number];

export function baseInput(): ScenarioInput {
  return {
    id: 'rules-fixture',
    version: 1,
    title: t('Rules fixture'),
    summary: t('A small world for rule tests'),
    difficulty: 1,
    weeks: 40,
    objectives: [t('Test every rule')],
    briefing: { situation: t('Fixture'), roles: { AR: t('AR'), SR: t('SR'), FR: t('FR') } },
    company: {
      name: t('Fixture Co'),
      startingCash: 1_000_000,
      creditBudget: 2_000_000,
      ratingLimitBp: { A: 5000, B: 3000, C: 1000, D: 0 },
      minCustomerSize: 1_000_000,
      maxPledgeRatioBp: 8000,
      days: { AR: 5, SR: 5, FR: 5 },
      capacityUnitsPerWeek: 20,
      crewDayCost: 1000,
      logisticsCostPerOrder: 2000,
      serviceDayCost: 500,
      partCost: 300,
      partLeadWeeks: 1,
      partsInventory: 2,
      marketingCost: { seminar: 10000, exhibition: 20000, executiveVisit: 4000, referenceVisit: 6000 },
    },
    products: [
      { id: 'meter', name: t('Meter'), listPrice: 10000, unitCost: 6000, leadTimeWeeks: 1, installDays: 1, defectRateBp: 0 },
      { id: 'valve', name: t('Valve'), listPrice: 50000, unitCost: 30000, leadTimeWeeks: 2, installDays: 2, defectRateBp: 0 },
    ],
    competitors: [
      { id: 'rival', name: t('Rival'), strength: 40, priceIndexBp: 9500, aggressive: false },
      { id: 'minnow', name: t('Minnow'), strength: 1, priceIndexBp: 12000 },
    ],
    customers: [
      {
        id: 'acme',
        name: t('Acme Water'),
        industry: t('Water'),
        sizeYuan: 50_000_000,
        rating: 'A',
        pledgeRatioBp: 1000,
        insurable: true,
        payment: { reliabilityBp: 10000, delayDays: 21, defaultRiskBp: 0 },
        terms: { maxAdvanceBp: 10000, netDays: 30 },
        cashPosition: 80,
        satisfaction: 60,
        stakeholders: [
          { id: 'boss', name: t('Boss'), title: t('GM'), role: 'decisionMaker', influence: 8, stance: 0 },
          { id: 'eng', name: t('Engineer'), title: t('Head of engineering'), role: 'technicalEvaluator', influence: 6, stance: 0 },
          { id: 'buyer', name: t('Buyer'), title: t('Procurement'), role: 'procurement', influence: 4, stance: 0 },
        ],
        pains: [
          { id: 'accuracy', text: t('Inaccurate metering'), product: 'meter' },
          { id: 'remote', text: t('Needs remote reading'), product: 'meter', technical: true },
        ],
      },
      {
        id: 'beta',
        name: t('Beta Chemicals'),
        industry: t('Chemicals'),
        sizeYuan: 20_000_000,
        rating: 'B',
        pledgeRatioBp: 2000,
        payment: { reliabilityBp: 10000, delayDays: 14, defaultRiskBp: 0 },
        terms: { maxAdvanceBp: 3000, netDays: 30 },
        cashPosition: 80,
        satisfaction: 60,
        stakeholders: [
          { id: 'chief', name: t('Chief'), title: t('CEO'), role: 'decisionMaker', influence: 9, stance: 1 },
          { id: 'tech', name: t('Tech'), title: t('Engineer'), role: 'technicalEvaluator', influence: 5, stance: 0 },
          { id: 'cfo', name: t('CFO'), title: t('Finance'), role: 'finance', influence: 3, stance: 0 },
        ],
        pains: [{ id: 'leaks', text: t('Leaking valves'), product: 'valve' }],
      },
      {
        id: 'tiny',
        name: t('Tiny Trading'),
        industry: t('Trading'),
        sizeYuan: 300_000,
        rating: 'C',
        pledgeRatioBp: 9000,
        payment: { reliabilityBp: 5000, delayDays: 60, defaultRiskBp: 0 },
        terms: { maxAdvanceBp: 10000, netDays: 30 },
        cashPosition: 50,
        satisfaction: 50,
        stakeholders: [{ id: 'owner', name: t('Owner'), title: t('Owner'), role: 'decisionMaker', influence: 10, stance: 0 }],
      },
    ],
    leads: [
      {
        id: 'acme-meters', customer: 'acme', source: 'exhibition', availableFrom: 1, expiresAfterWeeks: 8,
        product: 'meter', quantity: 10, budget: 100_000, startWeek: 5, bidAfterWeeks: 2, competitors: ['rival'],
      },
      {
        id: 'beta-valves', customer: 'beta', source: 'seminar', availableFrom: 1, expiresAfterWeeks: 8,
        product: 'valve', quantity: 4, budget: 220_000, startWeek: 6, bidAfterWeeks: 2, competitors: ['minnow'],
      },
      {
        id: 'tiny-meters', customer: 'tiny', source: 'executiveVisit', availableFrom: 1, expiresAfterWeeks: 8,
        product: 'meter', quantity: 5, budget: 60_000, startWeek: 3, bidAfterWeeks: 2, competitors: ['minnow'],
      },
      {
        id: 'acme-later', customer: 'acme', source: 'exhibition', availableFrom: 3, expiresAfterWeeks: 8,
        product: 'meter', quantity: 5, budget: 50_000, startWeek: 8, bidAfterWeeks: 2, competitors: [],
      },
      {
        id: 'ghost', customer: 'beta', source: 'exhibition', availableFrom: 1, expiresAfterWeeks: 3, junk: 'noCustomer',
        product: 'meter', quantity: 3, budget: 30_000, startWeek: 4, bidAfterWeeks: 2,
      },
      {
        id: 'browser', customer: 'beta', source: 'seminar', availableFrom: 1, expiresAfterWeeks: 3, junk: 'noIntention',
        product: 'meter', quantity: 3, budget: 30_000, startWeek: 4, bidAfterWeeks: 2,
      },
      {
        id: 'misfit', customer: 'acme', source: 'referenceVisit', availableFrom: 1, expiresAfterWeeks: 3, junk: 'noFit',
        product: 'valve', quantity: 1, budget: 50_000, startWeek: 4, bidAfterWeeks: 2,
      },
    ],
    score: {
      weights: { winRate: 15, revenue: 15, grossMargin: 15, collection: 15, satisfaction: 15, process: 10, complaints: 10, badDebt: 5 },
      targets: { winRateBp: 5000, revenue: 500_000, grossMarginBp: 2500, collectionCycleDays: 45, csat: 70, docCycleHalfDays: 1, complaintRateBp: 800, badDebtBp: 200 },
    },
  };
}
