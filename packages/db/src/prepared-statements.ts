import pg from 'pg';

/**
 * Names for statement texts, first come first named, up to `max`: past it, new texts run unnamed,
 * so a query built with a varying number of placeholders cannot grow every connection's cache of
 * prepared statements without bound.
 */
export function statementNamer(max: number) {
  const names = new Map<string, string>();
  return (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < max) {
      name = `reserva_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
}

const nameOf = statementNamer(2_000);

/**
 * A pg client that runs every parameterised statement as a named prepared statement, so each
 * connection parses and plans a statement once and afterwards only binds and executes it
 * (PostgreSQL moves to a generic plan only where it costs no more than the custom ones). On the
 * booking path that halves PostgreSQL's work per request. Statements without parameters — BEGIN,
 * a migration of several statements — keep the simple protocol. Queries name their columns,
 * never `*`: a prepared `*` fails ("cached plan must not change result type") once a migration
 * adds a column under a running server.
 */
export class PreparingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this passes them through.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      const name = nameOf(config);
      if (name) return super.query({ name, text: config, values }, callback);
    }
    return super.query(config, values, callback);
  }
}
