/**
 * The engine functions the action panel uses, handed to it by the app as one property.
 * The panel loads lazily; if it imported the engine itself, the bundler would split the
 * engine (and zod) into a chunk that runs before main.ts makes zod CSP-safe.
 */
import { TERMS_PRESETS, actionCost, bidInTime, candidateActions, estimateBid, lazyPlayerView, validate } from '../../engine/index.ts';
import { ADVANCE_NET_DAYS } from '../../engine/rules/cash.ts';
import { RETENTION_WEEKS } from '../../engine/rules/delivery.ts';

export const PANEL_ENGINE = { TERMS_PRESETS, actionCost, bidInTime, candidateActions, estimateBid, lazyPlayerView, validate, ADVANCE_NET_DAYS, RETENTION_WEEKS } as const;
export type PanelEngine = typeof PANEL_ENGINE;
