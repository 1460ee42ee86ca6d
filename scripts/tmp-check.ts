import { readFileSync } from 'node:fs';
import { loadScenarioText, formatIssues } from '../src/scenario/load.ts';
const r = loadScenarioText(readFileSync(process.argv[2]!, 'utf8'), process.argv[2]!);
console.log(r.ok ? 'OK ' + r.contentHash : formatIssues(r.issues));
