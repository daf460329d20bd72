import type { id } from './id';

/** A dictionary's shape with any text allowed: what the English side of each part must match. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The key set every language of the panel provides: Indonesian's, with any text allowed. */
export type PanelDictionary = Widen<typeof id>;

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key `pt()` accepts, e.g. `desk.total` (plural forms are chosen by `count`). */
export type PanelKey = Leaves<PanelDictionary>;
