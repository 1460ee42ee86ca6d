/** The studio's catalogue pair (src/i18n/studio.*.ts), looked up in the UI's language. */
import { studioEn } from '../../i18n/studio.en.ts';
import { studioZh } from '../../i18n/studio.zh.ts';
import { sayIn } from '../onboarding/say.ts';
import type { Lang } from '../text.ts';

const PAIR = { en: studioEn as Record<string, string>, zh: studioZh as Record<string, string> };

export type Say = (key: string, params?: Record<string, string | number>) => string;
export const sayFor = (lang: Lang): Say => (key, params) => sayIn(PAIR, lang, key, params);
