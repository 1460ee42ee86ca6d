/**
 * Bot dice with a salt: the debrief's continuations replay the same world with other bot
 * dice. Without a salt nothing changes: every existing game, save and golden file plays
 * exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botDice, botsFor, playGame } from '../../src/bots/index.ts';
import { canonicalJson, stateHash } from '../../src/engine/index.ts';
import { Dice, initialRng } from '../../src/engine/rng.ts';

const sc = bundled('flagship').scenario;
const par = botsFor('iron-triangle')!;

describe('bot dice with a salt', () => {
  it('leave the unsalted game as it was; salted games differ and are reproducible', () => {
    const plain = playGame(sc, 'salt-1', par);
    // Unsalted, the stream is keyed exactly as it always was.
    expect(botDice('salt-1', 'AR', 'iron-triangle').state()).toEqual(new Dice(initialRng('salt-1/bot/AR/iron-triangle')).state());
    expect(botDice('salt-1', 'AR', 'iron-triangle', 'c1').state()).not.toEqual(botDice('salt-1', 'AR', 'iron-triangle').state());
    // Some salt plays this world differently; each salted game is reproducible.
    const salted = ['c1', 'c2', 'c3', 'c4'].map((salt) => playGame(sc, 'salt-1', par, undefined, salt));
    expect(salted.some((x) => canonicalJson(x.log) !== canonicalJson(plain.log))).toBe(true);
    expect(stateHash(playGame(sc, 'salt-1', par, undefined, 'c1').state)).toBe(stateHash(salted[0]!.state));
  });
});
