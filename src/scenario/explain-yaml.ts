/**
 * YAML syntax problems in plain words. Only the first one is reported: the parser's
 * later complaints are nearly always the same mistake seen again (a tab or a bad
 * indent derails every line after it), and an instructor fixes one line at a time.
 */
import { isAlias, isMap, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from './problem.ts';

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The nearest line above `line` (1-based) that has content, with its first column. */
function previousContentLine(lines: readonly string[], line: number): { line: number; col: number } | null {
  for (let i = line - 2; i >= 0; i--) {
    const l = lines[i]!;
    const t = l.trimStart();
    if (t === '' || t.startsWith('#')) continue;
    return { line: i + 1, col: l.length - t.replace(/^-\s+/, '').length + 1 };
  }
  return null;
}

export function explainYamlError(e: YAMLError, text: string, doc: Document, lc: LineCounter): Problem {
  const lp = lc.linePos(e.pos[0]);
  const pos = { line: lp.line, column: lp.col };
  const lines = text.split('\n');
  const lineText = lines[pos.line - 1] ?? '';
  const firstCol = lineText.length - lineText.trimStart().length + 1;
  const prev = previousContentLine(lines, pos.line);
  const near = prev ? { prev: prev.line, col: prev.col } : { prev: pos.line, col: 1 };
  if (e.code === 'TAB_AS_INDENT' || /^[ ]*\t/.test(lineText)) {
    return { path: [], at: { line: pos.line, column: lineText.indexOf('\t') + 1 }, code: 'check.yaml.tab', params: near };
  }
  if (e.code === 'DUPLICATE_KEY') {
    const dup = duplicateKeyAt(doc, e.pos[0], text);
    return { path: [], at: pos, code: 'check.yaml.duplicateKey', params: { key: dup.key, first: dup.first >= 0 ? lc.linePos(dup.first).line : pos.line } };
  }
  if (e.code === 'MISSING_CHAR') {
    const ch = /quote/.test(e.message) ? (/"/.test(e.message) ? '"' : "'") : /\]/.test(e.message) ? ']' : '}';
    return { path: [], at: pos, code: 'check.yaml.quote', params: { char: ch } };
  }
  if (e.code === 'BAD_INDENT' || e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY' || e.code === 'UNEXPECTED_TOKEN') {
    // Flow collections ([…], {…}) that never close are reported as an indentation problem.
    // The parser notices only on a later line, so look back for the line that opened it.
    for (let l = pos.line; l >= Math.max(1, pos.line - 20); l--) {
      const t = lines[l - 1]!;
      const opened = openBracket(t);
      if (opened) return { path: [], at: { line: l, column: t.lastIndexOf(opened) + 1 }, code: 'check.yaml.quote', params: { char: opened === '[' ? ']' : '}' } };
      if (l < pos.line && t.trim() !== '' && !t.trimStart().startsWith('#')) break;
    }
    if (pos.column <= firstCol && e.code === 'BAD_INDENT') {
      return { path: [], at: { line: pos.line, column: firstCol }, code: 'check.yaml.indent', params: near };
    }
  }
  // A field name without ": " after it ("listPrice 30000", "listPrice:30000").
  const bare = /^(\s*(?:-\s+)?)([A-Za-z$][\w$]*)(?::(\S.*)|\s+([^:#\s].*))$/.exec(lineText);
  if (bare && !lineText.includes(': ')) {
    return { path: [], at: { line: pos.line, column: bare[1]!.length + 1 }, code: 'check.yaml.colon', params: { fixed: `${bare[2]}: ${(bare[3] ?? bare[4] ?? '').trim()}` } };
  }
  // A text with ": " or " #" in it, not in quotes.
  const value = /^\s*(?:-\s+)?[\w$]+:\s+(.*)$/.exec(lineText)?.[1] ?? '';
  if (value && !/^["'{[]/.test(value) && /: | #/.test(value)) {
    return { path: [], at: { line: pos.line, column: lineText.indexOf(value) + 1 }, code: 'check.yaml.quoteText', params: { fixed: `"${value.replace(/"/g, '\\"')}"` } };
  }
  const inFlow = /[{,]\s*(?:zh|en):\s+([^",}][^,}]*?: [^,}]*)[,}]/.exec(lineText);
  if (inFlow) {
    return { path: [], at: { line: pos.line, column: lineText.indexOf(inFlow[1]!) + 1 }, code: 'check.yaml.quoteText', params: { fixed: `"${inFlow[1]!.trim()}"` } };
  }
  return { path: [], at: { line: pos.line, column: Math.max(pos.column, 1) }, code: 'check.yaml.other' };
}

/** The bracket a line opens and does not close, outside quotes. */
function openBracket(line: string): '[' | '{' | null {
  let depthSq = 0;
  let depthCu = 0;
  let quote: string | null = null;
  for (const ch of line.replace(/\s#.*$/, '')) {
    if (quote) { if (ch === quote) quote = null; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depthSq++;
    else if (ch === ']') depthSq--;
    else if (ch === '{') depthCu++;
    else if (ch === '}') depthCu--;
  }
  return depthSq > 0 ? '[' : depthCu > 0 ? '{' : null;
}

function duplicateKeyAt(doc: Document, offset: number, text: string): { key: string; first: number } {
  let found: { key: string; first: number } | null = null;
  visit(doc, {
    Map(_, map) {
      if (found || !isMap(map)) return;
      const pairs = map.items;
      const i = pairs.findIndex((p) => isScalar(p.key) && p.key.range && p.key.range[0] <= offset && offset <= p.key.range[1]);
      if (i < 0) return;
      const key = String((pairs[i]!.key as { value: unknown }).value);
      const j = pairs.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
      found = { key, first: j >= 0 && j < i ? (pairs[j]!.key as { range: [number, number] }).range[0] : -1 };
      return visit.BREAK;
    },
  });
  if (found) return found;
  const l = lineStart(text, offset);
  return { key: text.slice(l).trimStart().split(':')[0]!.trim(), first: -1 };
}

/** An alias whose anchor is not defined above it: the problem, at the alias. */
export function unresolvedAlias(doc: Document, lc: LineCounter): Problem | null {
  const anchors = new Set<string>();
  let problem: Problem | null = null;
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        const pos = lc.linePos(node.range?.[0] ?? 0);
        problem = { path: [], at: { line: pos.line, column: pos.col }, code: 'check.yaml.alias', params: { name: node.source } };
        return visit.BREAK;
      }
    } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') anchors.add(node.anchor);
    return undefined;
  });
  return problem;
}
