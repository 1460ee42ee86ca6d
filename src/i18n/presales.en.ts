/**
 * The pre-sales and installed-base work of SR and FR (technical exchange, solution
 * workshop, site survey, preventive maintenance): action labels (`act.*`, `kind.*`) and
 * the satisfaction cause (`why.*`), merged into the catalogue by en.ts.
 * `presales.zh.ts` must have exactly these keys.
 */
export const presalesEn = {
  'kind.technicalExchange': 'Technical exchange',
  'kind.solutionWorkshop': 'Solution workshop',
  'kind.siteSurvey': 'Site survey',
  'kind.preventiveMaintenance': 'Preventive maintenance',
  'act.technicalExchange': "Technical exchange with {customer}'s engineers",
  'act.solutionWorkshop': 'Solution workshop on lead {lead}',
  'act.siteSurvey': "Survey the customer's site for the delivery plan",
  'act.preventiveMaintenance': "Preventive maintenance of {customer}'s installed kit",
  'kind.prepareInstallation': 'Prepare installation',
  'act.prepareInstallation': 'Prepare the installation of order {order} (site, crew, permits)',
  'why.maintenance': 'preventive maintenance',
  'unit.need.one': '{n} need came up',
  'unit.need.other': '{n} needs came up',
} as const;
