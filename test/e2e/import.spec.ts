/**
 * Importing a save file that cannot be opened says why, in plain words, in the player's
 * language — for the hostile files of issue 13 too (an id the engine cannot apply, a
 * file over the size limit, an unknown scenario version) — and a good file still opens.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshStart } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
let genuine: { log: { kind: string }[]; scenario: { version: number }; [k: string]: unknown };

test.beforeAll(() => {
  const file = join(mkdtempSync(join(tmpdir(), 'e2e-import-')), 'genuine.json');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'play', 'scenarios/tutorial.yaml', '--seed', 'e2e-import', '--strategy', 'iron-triangle', '--save', file], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  genuine = JSON.parse(readFileSync(file, 'utf8'));
});

/** The genuine log with `action` as the first action of week 3. */
function withWeek3(action: unknown) {
  const log = [...genuine.log];
  let ended = 0;
  const i = log.findIndex((a) => a.kind === 'endWeek' && ++ended === 2);
  log.splice(i + 1, 0, action as { kind: string });
  return { ...genuine, log };
}

async function importText(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.locator('label.import input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

test('a failed import says why in plain words; a good file opens', async ({ page }) => {
  await freshStart(page, 'en');
  const note = page.locator('.note.error');
  await importText(page, 'proto.json', JSON.stringify(withWeek3({ kind: 'install', role: 'FR', order: 'hasOwnProperty' })));
  await expect(note).toContainText('This save could not be opened. It was changed after it was saved (from week 3 on)');
  await importText(page, 'big.json', Buffer.alloc(5_000_001, 32));
  await expect(note).toContainText('larger than 5 MB');
  await importText(page, 'version.json', JSON.stringify({ ...genuine, scenario: { ...genuine.scenario, version: genuine.scenario.version + 1 } }));
  await expect(note).toContainText('another version of this scenario');
  await importText(page, 'branch.json', JSON.stringify({ ...genuine, branch: { fromWeek: 4, log: withWeek3({ kind: 'qualifyLead', role: 'AR', lead: 'constructor' }).log } }));
  await expect(note).toContainText('"what if" game');
  await page.locator('button.lang').click();
  await importText(page, 'notes.json', JSON.stringify({ ...genuine, notes: { q1: 'x'.repeat(20_001) } }));
  await expect(note).toContainText('复盘笔记太长');
  await importText(page, 'bom.json', '\ufeff' + JSON.stringify(genuine));
  await expect(page.locator('.note.error')).toHaveCount(0);
  await expect(page.locator('.start-game')).toHaveCount(0); // the game opened
});
