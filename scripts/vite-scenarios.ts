/**
 * Vite plugin: the bundled scenarios, loaded and validated at build time.
 *
 * `import LIBRARY from 'virtual:bundled-scenarios'` gives each `scenarios/*.yaml` file's
 * `LoadResult` — the same loader and cross-checks as `cli check` — as plain JSON. The
 * browser therefore ships neither the YAML parser nor the scenario schema (about half
 * of the initial JavaScript before this), and a broken bundled file still reaches the
 * start screen as the loader's own issues, with file, line and field. In `vite dev` an
 * edited scenario file reloads the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioText } from '../src/scenario/load.ts';

const ID = 'virtual:bundled-scenarios';
const RESOLVED = `\0${ID}`;

export function bundledScenarios(dir: string): Plugin {
  return {
    name: 'bundled-scenarios',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
      const entries = files.map((file) => {
        const path = join(dir, file);
        this.addWatchFile(path);
        return { file, result: loadScenarioText(readFileSync(path, 'utf8'), file) };
      });
      return `export default ${JSON.stringify(entries)};`;
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(dir) && file.endsWith('.yaml')) {
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
