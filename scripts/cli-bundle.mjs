/**
 * The command-line tool as one prebuilt JavaScript bundle (`dist-cli/`), so `npm run cli`
 * starts without tsx compiling ~150 TypeScript files and runs without tsx's kept function
 * names (a helper call around every closure the bots create: measurably slower).
 *
 * Never stale: `dist-cli/inputs.json` records the size and modification time of every
 * file the bundle was built from (esbuild's metafile), taken before the build, and of
 * this script; `loadCli()` rebuilds when any of them differs or is gone (~0.5 s), else
 * imports the bundle as it is. Without esbuild it runs the TypeScript through tsx.
 *
 * Every module keeps its own `import.meta.url` (the source file's), so paths relative
 * to a source file (the scenarios folder, the worker scripts) resolve as under tsx.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const ENTRIES = { cli: 'src/cli/main.ts', 'debrief-worker': 'src/cli/debrief-worker.ts' };

/** size:mtime of a file, or null when it is gone. */
function stamp(path) {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Every file under `dir` (the stamps taken before a build). */
function stampsUnder(dir, out = new Map()) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) stampsUnder(p, out);
    else out.set(p, stamp(p));
  }
  return out;
}

/** Is the bundle in `outDir` built from the files as they are now? */
export function bundleIsFresh(outDir = join(ROOT, 'dist-cli')) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  if (manifest.builder !== stamp(SELF)) return false;
  for (const name of Object.keys(ENTRIES)) if (stamp(join(outDir, `${name}.mjs`)) === null) return false;
  for (const [p, s] of Object.entries(manifest.inputs)) if (stamp(resolve(ROOT, p)) !== s) return false;
  return true;
}

/** Build the bundle into `outDir` (each file written whole, then renamed into place; the manifest last). */
export async function buildCli(outDir = join(ROOT, 'dist-cli')) {
  const esbuild = await import('esbuild');
  const before = stampsUnder(join(ROOT, 'src'));
  const builder = stamp(SELF);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    const r = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
      metafile: true, logLevel: 'silent', legalComments: 'none',
      plugins: [{
        name: 'own-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, (args) => ({
            contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
          }));
        },
      }],
    });
    const inputs = {};
    for (const p of Object.keys(r.metafile.inputs)) {
      const abs = resolve(ROOT, p);
      // The stamp from before the build: a file edited during it makes the bundle stale.
      inputs[relative(ROOT, abs)] = before.get(abs) ?? stamp(abs);
    }
    mkdirSync(outDir, { recursive: true });
    for (const name of Object.keys(ENTRIES)) renameSync(join(tmp, `${name}.mjs`), join(outDir, `${name}.mjs`));
    writeFileSync(join(tmp, 'inputs.json'), JSON.stringify({ builder, inputs }, null, 1));
    renameSync(join(tmp, 'inputs.json'), join(outDir, 'inputs.json'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The CLI's module, from the bundle (built first when stale), with the options `main`
 * takes from the bundle (the debrief's worker script); through tsx without esbuild.
 */
export async function loadCli(outDir = join(ROOT, 'dist-cli')) {
  if (!bundleIsFresh(outDir)) {
    try {
      await buildCli(outDir);
    } catch (e) {
      if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
      const { register } = await import('tsx/esm/api');
      register();
      const m = await import(pathToFileURL(join(ROOT, ENTRIES.cli)).href);
      return { main: m.main, options: {} };
    }
  }
  const m = await import(pathToFileURL(join(outDir, 'cli.mjs')).href);
  return { main: m.main, options: { debriefWorker: pathToFileURL(join(outDir, 'debrief-worker.mjs')) } };
}
