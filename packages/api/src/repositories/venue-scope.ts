import { type RawBuilder, sql } from 'kysely';

/** The venues a list may show: null for every venue, else only these (possibly none). */
export type VenueScope = readonly string[] | null | undefined;

/** `column` is one of the scope's venues; true when the scope is every venue. */
export const withinVenues = (column: string, scope: VenueScope): RawBuilder<boolean> =>
  scope ? sql<boolean>`${sql.ref(column)} = ANY(${[...scope]}::uuid[])` : sql<boolean>`true`;
