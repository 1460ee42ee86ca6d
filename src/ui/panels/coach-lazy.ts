/** What loads on the first "Ask the coach": the coach itself and its reasons in both languages. */
import { coachReasonsEn } from '../../i18n/coach-reasons.en.ts';
import { coachReasonsZh } from '../../i18n/coach-reasons.zh.ts';

export { advise } from '../../coach/advise.ts';
export const REASONS: Record<'en' | 'zh', Record<string, string>> = { en: coachReasonsEn, zh: coachReasonsZh };
