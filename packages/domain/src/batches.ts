/**
 * Calls one HTTP request to the API may carry. Each call is work and, on a lookup, a guess; a larger
 * batch is refused whole. Clients split their batches at this size.
 */
export const MAX_CALLS_PER_BATCH = 10;
