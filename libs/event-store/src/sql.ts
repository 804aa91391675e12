/** A statement with a name is prepared once per connection and its plan reused (see append-to-stream). */
export interface SqlStatement {
  readonly name?: string;
  readonly text: string;
  readonly values?: unknown[];
  /** 'array': each row as an array of values, cheaper to decode for wide reads. */
  readonly rowMode?: 'array';
}

/**
 * The one thing the store needs from a connection: a parameterised query. A `pg` Pool, PoolClient and
 * Client all fit, so callers can hand in their own transaction.
 */
export interface SqlExecutor {
  query<R extends object = Record<string, unknown>>(statement: SqlStatement): Promise<SqlResult<R>>;
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<SqlResult<R>>;
}

export interface SqlResult<R> {
  readonly rows: R[];
  /** Rows an INSERT, UPDATE or DELETE touched (null for other statements). */
  readonly rowCount: number | null;
}
