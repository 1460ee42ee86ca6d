/** The balance report's fixed names (no imports: the studio's main thread reads them without loading the bots). */
export const PAR = 'iron-triangle';
/** Par with the bots' own card rule, as the baseline of forced card options when `--card` forces cards everywhere. */
export const PAR_OWN_RULE = 'iron-triangle (own card rule)';
export const cardVariantKey = (card: string, option: string) => `card:${card}=${option}`;
