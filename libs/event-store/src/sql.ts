/**
 * The one thing the store needs from a connection: a parameterised query. A `pg` Pool, PoolClient and
 * Client all fit, so callers can hand in their own transaction.
 */
export interface SqlExecutor {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}
