import type { id } from './id';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The key set every language must provide: Indonesian's, with any text allowed. */
export type Dictionary = Widen<typeof id>;
