/**
 * Where the cursor is in a block-style YAML scenario, read from indentation alone: the
 * field path down to it, whether a key or a value is being typed, and the keys already
 * written beside it. Completion and hover need this while the text is half-typed and does
 * not parse, so it is read from lines, not from a parser. Flow style (`{ zh: …, en: … }`)
 * is not looked into; sequence indexes are all 0 (the schema is the same for every item).
 */
export type YamlPath = (string | number)[];

export interface CursorPlace {
  /** The path of the map (or sequence) being written in. */
  path: YamlPath;
  /** 'key': typing a field name; 'value': typing the value of `key`; 'item': a bare list item. */
  context: 'key' | 'value' | 'item';
  key?: string;
  /** The part already typed, and where it starts (an offset in the text). */
  prefix: string;
  from: number;
  /** The keys already written in the same map, with their scalar values. */
  siblings: Record<string, string>;
}

interface Line { indent: number; dashes: number[]; keyCol: number; key: string | null; rest: string; blank: boolean }

const KEY = /^([A-Za-z_$][\w$-]*)\s*:(?:\s+|$)(.*)$/;

function parseLine(text: string): Line {
  let i = 0;
  while (text[i] === ' ') i++;
  const indent = i;
  const dashes: number[] = [];
  while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === text.length)) {
    dashes.push(i);
    i += 2;
    while (text[i] === ' ') i++;
  }
  const body = text.slice(i);
  const blank = body.trim() === '' && dashes.length === 0;
  const comment = body.startsWith('#');
  const m = comment ? null : KEY.exec(body);
  return { indent, dashes, keyCol: i, key: m ? m[1]! : null, rest: m ? m[2]!.replace(/\s+#.*$/, '').trim() : body, blank: blank || (comment && dashes.length === 0) };
}

/** A key whose children follow on the next lines (nothing, or a block scalar marker, after the colon). */
const opensBlock = (l: Line) => l.key !== null && (l.rest === '' || /^[|>][-+]?\d*$/.test(l.rest));

/** The path of the map or sequence that holds content starting at column `target` of line `index`. */
function ancestors(lines: Line[], index: number, target: number): YamlPath {
  const path: YamlPath = [];
  for (let j = index - 1; j >= 0 && target > 0; j--) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (l.key !== null && l.keyCol < target) {
      if (opensBlock(l)) {
        path.unshift(l.key);
        target = l.keyCol;
      } else if (l.dashes.length === 0) {
        break; // content under a scalar: not valid YAML, nothing to say
      }
    } else if (l.key === null && l.indent < target && l.dashes.length === 0) {
      break;
    }
    for (let d = l.dashes.length - 1; d >= 0; d--) {
      if (l.dashes[d]! < target) {
        path.unshift(0);
        target = l.dashes[d]!;
      }
    }
  }
  return path;
}

/** The keys written in the map whose keys start at `col`, around line `index`. */
function siblingsAt(lines: Line[], index: number, col: number): Record<string, string> {
  const out: Record<string, string> = {};
  const take = (l: Line) => {
    if (l.key !== null && l.keyCol === col) out[l.key] = l.rest.replace(/^["']|["']$/g, '');
  };
  for (let j = index; j >= 0; j--) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (l.dashes.some((d) => d < col)) {
      take(l); // the first line of this list item
      break;
    }
    if (l.keyCol < col) break;
    take(l);
  }
  for (let j = index + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (l.keyCol < col || l.dashes.some((d) => d < col)) break;
    take(l);
  }
  return out;
}

/** Where `pos` is: the path, and what is being typed there. */
export function placeAt(text: string, pos: number): CursorPlace {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  const all = text.split('\n');
  const index = text.slice(0, lineStart).split('\n').length - 1;
  const lines = all.map(parseLine);
  const before = text.slice(lineStart, pos);
  const cur = parseLine(before);
  const current = parseLine(text.slice(lineStart, lineEnd));
  lines[index] = current;
  const m = cur.key !== null ? KEY.exec(before.slice(cur.keyCol)) : null;
  if (m && before.slice(cur.keyCol).includes(':')) {
    // After "key:": the value of key. The map holding key starts at keyCol.
    const prefix = m[2]!.replace(/^["']/, '');
    const path = [...ancestors(lines, index, cur.keyCol), ...cur.dashes.filter((d) => d < cur.keyCol).map(() => 0)];
    return { path, context: 'value', key: m[1]!, prefix, from: pos - prefix.length, siblings: siblingsAt(lines, index, cur.keyCol) };
  }
  const word = /[\w$-]*$/.exec(before)![0];
  const col = before.length - word.length;
  const path = [...ancestors(lines, index, col), ...cur.dashes.filter((d) => d < col).map(() => 0)];
  const context = cur.dashes.length > 0 && before.slice(cur.keyCol).trim() === word ? 'item' : 'key';
  return { path, context, prefix: word, from: pos - word.length, siblings: siblingsAt(lines, index, col) };
}

/** The path of the key under `pos` (hover): null when `pos` is not on a key. */
export function keyPathAt(text: string, pos: number): { path: YamlPath; from: number; to: number; siblings: Record<string, string> } | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  const l = parseLine(text.slice(lineStart, lineEnd));
  if (l.key === null) return null;
  const from = lineStart + l.keyCol;
  const to = from + l.key.length;
  if (pos < from || pos > to) return null;
  const place = placeAt(text, from);
  return { path: [...place.path, l.key], from, to, siblings: place.siblings };
}
