/** The workshop's catalogue pair (src/i18n/workshop.*.ts), looked up in the UI's language. */
import { workshopEn } from '../../i18n/workshop.en.ts';
import { workshopZh } from '../../i18n/workshop.zh.ts';
import { sayIn } from '../onboarding/say.ts';
import type { Lang } from '../text.ts';

const PAIR = { en: workshopEn as Record<string, string>, zh: workshopZh as Record<string, string> };

export type Say = (key: string, params?: Record<string, string | number>) => string;
export const sayFor = (lang: Lang): Say => (key, params) => sayIn(PAIR, lang, key, params);

/** m:ss (or h:mm:ss) for a countdown. */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}
