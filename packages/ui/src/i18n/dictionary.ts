import type { id } from './id';
import type { journeysId } from './journeys-id';
import type { moneyId } from './money-id';
import type { seatsId } from './seats-id';
import type { webId } from './web-id';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The key set every language must provide: Indonesian's, with any text allowed. */
export type Dictionary = Widen<typeof id>;
/** The customer booking screens' keys (web-id.ts, journeys-id.ts), kept in their own files. */
export type WebDictionary = Widen<typeof webId>;
export type JourneysDictionary = Widen<typeof journeysId>;
/** The cinema and bus screens' keys (seats-id.ts). */
export type SeatsDictionary = Widen<typeof seatsId>;
/** Money on the booking pages of both apps (money-id.ts). */
export type MoneyDictionary = Widen<typeof moneyId>;
/** Everything one language provides; the parts have distinct top-level keys. */
export type Resources = Dictionary & WebDictionary & JourneysDictionary & SeatsDictionary & MoneyDictionary;
