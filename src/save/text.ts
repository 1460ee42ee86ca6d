/**
 * Text that comes from a save file, made safe to show: a file is written by anyone, and
 * its strings (seed, players, notes, names) must not drive a terminal (ANSI escapes, a
 * carriage return that overwrites "NOT VERIFIED" with "verified", a screen clear) or
 * reorder what a screen shows (bidirectional overrides). Zod-free and small: the
 * browser's first download uses it for the saved-games list.
 */

/** Largest save file read, in bytes (checked before parsing). A flagship year is ~20 KB. */
export const MAX_SAVE_BYTES = 5_000_000;
/** Longest note (characters) and all notes together: room for a real reflection, not a payload. */
export const MAX_NOTE_CHARS = 20_000;
export const MAX_NOTES_TOTAL_CHARS = 100_000;

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (ESC ] … BEL or ST), and two-character escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)|\u001b[ -/]*[0-~]?|\u009b[0-?]*[ -/]*[@-~]/g;
// C0 except tab and newline, DEL, C1; bidi embeddings/overrides/isolates and line/paragraph separators.
const CONTROL_MULTI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * `s` without escape sequences and control characters. `multiline` keeps newlines and
 * tabs (notes); otherwise (a seed, a name, a table cell) they are dropped too. A CRLF
 * becomes a newline. Non-strings become ''.
 */
export function cleanText(s: unknown, multiline = false): string {
  if (typeof s !== 'string') return '';
  const noEsc = s.replace(ANSI, '');
  return multiline ? noEsc.replace(/\r\n?/g, '\n').replace(CONTROL_MULTI, '') : noEsc.replace(CONTROL_LINE, '');
}

/** Every string value of a string record cleaned (keys too). */
export function cleanRecord(r: Readonly<Record<string, string>>, multiline = false): Record<string, string> {
  // fromEntries defines own properties, so a "__proto__" key stays a key.
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [cleanText(k), cleanText(v, multiline)]));
}
