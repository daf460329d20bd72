/**
 * Stands in for the server's request context (database, sessions, payment gateway) when the
 * client's declarations are bundled: tRPC's client types never read a router's context, and the
 * real one would drag Kysely, `pg` and every workspace package into the published types.
 */
export type Context = object;
