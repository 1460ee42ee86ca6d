/**
 * Secrets: the facilitator's token, team session tokens and join codes. Tokens are 32
 * random bytes; the database keeps only their SHA-256 (a copied database hands no one a
 * session). Join codes use characters nobody misreads aloud or on paper (no 0/O, 1/I/L).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newId = (): string => randomBytes(9).toString('base64url');

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** A join code, e.g. "K7MX4Q": 31^6 ≈ 887 million, and join attempts are rate-limited. */
export function newJoinCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** What a person typed, as a code: case, spaces and dashes ignored. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Compare a presented secret with the real one in constant time. */
export function sameSecret(given: string, real: string): boolean {
  const a = Buffer.from(tokenHash(given), 'hex');
  const b = Buffer.from(tokenHash(real), 'hex');
  return timingSafeEqual(a, b);
}

/** The token from "Authorization: Bearer <token>", or null. */
export function bearer(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+([A-Za-z0-9_-]{10,200})$/.exec(header.trim());
  return m ? m[1]! : null;
}
