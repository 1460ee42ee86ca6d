// `npm run cli -- <command>`: the CLI from its prebuilt bundle, rebuilt first when any
// source file changed (scripts/cli-bundle.mjs). `npx tsx src/cli/main.ts` runs the same
// commands straight from the TypeScript.
import { loadCli } from './cli-bundle.mjs';

const { main, options } = await loadCli();
process.exitCode = await main(process.argv.slice(2), options);
