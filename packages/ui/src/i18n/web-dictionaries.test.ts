import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { journeysEn } from './journeys-en';
import { journeysId } from './journeys-id';
import { moneyEn } from './money-en';
import { moneyId } from './money-id';
import { seatsEn } from './seats-en';
import { seatsId } from './seats-id';
import { webEn } from './web-en';
import { webId } from './web-id';

// i18n.ts spreads the parts into one namespace: a repeated top-level key would silently drop strings.
describe('dictionary parts', () => {
  it.each([
    ['id', [id, webId, journeysId, seatsId, moneyId]],
    ['en', [en, webEn, journeysEn, seatsEn, moneyEn]],
  ])('%s parts have distinct top-level keys', (_lng, parts) => {
    const keys = parts.flatMap((part) => Object.keys(part));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
