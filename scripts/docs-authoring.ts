/** `npm run docs:authoring`: rewrite the generated parts of docs/authoring.md (field reference, rules, example). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { authoringDoc } from '../src/cli/authoring-doc.ts';
import { scenarioJsonSchema } from '../src/cli/main.ts';

const ROOT = join(import.meta.dirname, '..');
const file = join(ROOT, 'docs/authoring.md');
const next = authoringDoc(readFileSync(file, 'utf8'), scenarioJsonSchema(), readFileSync(join(ROOT, 'docs/examples/minimal.yaml'), 'utf8'));
writeFileSync(file, next);
console.log(`wrote ${file} (${next.split('\n').length} lines)`);
