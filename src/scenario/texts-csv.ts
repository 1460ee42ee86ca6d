/**
 * The translator's file: CSV (RFC 4180: every field quoted, quotes doubled, CRLF rows,
 * a UTF-8 byte-order mark so Excel reads the Chinese) with the columns `path,zh,en`.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return) as a formula. Such a text is written with a leading apostrophe, which
 * Excel and LibreOffice show as "text", and which is dropped again on import (as is one
 * apostrophe before any of those characters, however the file was saved). A text that
 * itself starts with an apostrophe gets a second one, so the round trip is exact.
 */
import type { TextEntry, TextLang } from './texts.ts';

export const CSV_HEADER = ['path', 'zh', 'en'] as const;
const RISKY = /^[=+\-@\t\r]/;

/** A cell as written: safe from formula evaluation. */
export function safeCell(v: string): string {
  return RISKY.test(v) || v.startsWith("'") ? `'${v}` : v;
}

/** A cell as read back: the protective apostrophe removed. */
export function unsafeCell(v: string): string {
  return v.startsWith("'") && (RISKY.test(v.slice(1)) || v.startsWith("''")) ? v.slice(1) : v;
}

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

export function textsToCsv(entries: readonly TextEntry[]): string {
  const rows = [CSV_HEADER.map(quote).join(','), ...entries.map((e) => [e.path, e.zh ?? '', e.en ?? ''].map((v) => quote(safeCell(v))).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export class CsvError extends Error {
  constructor(readonly code: 'texts.csv.quote' | 'texts.csv.header', readonly row: number) {
    super(code);
  }
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks); a BOM and a final line break are ignored. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atStart = true;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
      i++;
      continue;
    }
    if (c === ',' || c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      atStart = true;
      if (c !== ',') {
        rows.push(row);
        row = [];
        if (c === '\r' && s[i + 1] === '\n') i++;
      }
      i++;
      continue;
    }
    field += c;
    atStart = false;
    i++;
  }
  if (quoted) throw new CsvError('texts.csv.quote', rows.length + 1);
  if (!atStart || field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** The rows of a translator's CSV: the header names the columns (any order; `path` and at least one language). */
export function csvToTexts(text: string): { path: string; zh?: string; en?: string }[] {
  const [head, ...rows] = parseCsv(text);
  const col = (name: string) => head?.findIndex((h) => h.trim().toLowerCase() === name) ?? -1;
  const path = col('path');
  const langs = (['zh', 'en'] as TextLang[]).map((l) => [l, col(l)] as const).filter(([, i]) => i >= 0);
  if (path < 0 || langs.length === 0) throw new CsvError('texts.csv.header', 1);
  return rows.map((r) => {
    const out: { path: string; zh?: string; en?: string } = { path: (r[path] ?? '').trim() };
    for (const [l, i] of langs) if (r[i] !== undefined) out[l] = unsafeCell(r[i]);
    return out;
  });
}
