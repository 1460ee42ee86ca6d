/**
 * Scenarios for events: a bundled one by id (the files in scenarios/, read once), or an
 * instructor's YAML/JSON text posted with the event and checked by the same loader the
 * CLI and the browser use. A loaded scenario is kept per content hash.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues, loadScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ApiError } from './errors.ts';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

export interface LoadedScenario { scenario: Scenario; contentHash: string; file: string }

let bundled: Map<string, LoadedScenario> | null = null;
const byText = new Map<string, LoadedScenario>();

/** The bundled scenarios by id (loaded on first use). */
export function bundledScenarios(): Map<string, LoadedScenario> {
  if (bundled) return bundled;
  bundled = new Map();
  for (const f of readdirSync(SCENARIO_DIR).sort()) {
    if (!/\.(ya?ml|json)$/.test(f) || f.endsWith('.schema.json')) continue;
    const file = join(SCENARIO_DIR, f);
    const r = loadScenarioText(readFileSync(file, 'utf8'), f);
    if (r.ok) bundled.set(r.scenario.id, { scenario: r.scenario, contentHash: r.contentHash, file: f });
  }
  return bundled;
}

export function bundledScenario(id: string): LoadedScenario {
  const s = bundledScenarios().get(id);
  if (!s) throw new ApiError(400, 'unknownScenario', `scenario.id: no bundled scenario "${id.slice(0, 40)}" (bundled: ${[...bundledScenarios().keys()].join(', ')})`);
  return s;
}

/** An instructor's scenario text, loaded and checked; its problems are the loader's own messages. */
export function scenarioFromText(text: string): LoadedScenario {
  const cached = byText.get(text);
  if (cached) return cached;
  const r = loadScenarioText(text, 'scenario.yaml');
  if (!r.ok) throw new ApiError(400, 'badScenario', `scenario.yaml: the scenario does not load:\n${formatIssues(r.issues)}`.slice(0, 4000));
  const loaded = { scenario: r.scenario, contentHash: r.contentHash, file: 'scenario.yaml' };
  if (byText.size > 100) byText.clear();
  byText.set(text, loaded);
  return loaded;
}

/** The scenario an event was created with. */
export function eventScenario(ev: { scenario_id: string; scenario_yaml: string | null; content_hash: string }): LoadedScenario {
  const s = ev.scenario_yaml !== null ? scenarioFromText(ev.scenario_yaml) : bundledScenario(ev.scenario_id);
  if (s.contentHash !== ev.content_hash) {
    throw new ApiError(500, 'scenarioChanged', `the bundled scenario "${ev.scenario_id}" has changed since this event was created (content ${ev.content_hash.slice(0, 8)}, now ${s.contentHash.slice(0, 8)}); its games cannot be re-simulated with it`);
  }
  return s;
}
