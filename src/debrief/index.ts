/** The after-action review's analysis: pure functions of a scenario and a save. */
export * from './types.ts';
export { buildHistory, humanRolesOf, dealOf, funnelOf, pipelineOf, type GameRecord } from './history.ts';
export { benchmarks, comparisonWeek, scorecard, better, PAR_STRATEGY, SILOED_STRATEGY, type Benchmarks } from './scorecard.ts';
export {
  turningPoints, decisionPoints, consequence, DEFAULT_CONTINUATIONS, DEFAULT_CONFIRM, type TurningPointOptions,
  planTurningPoints, screenPoints, selectForConfirmation, confirmPoints, listTurningPoints, type Screened, type TurningPointPlan,
} from './turning-points.ts';
export { interval, excludesZero, t975 } from './stats.ts';
export { branchLog } from './branch.ts';
export { injectsIn, type InjectNote } from './injects.ts';
