import type { SqlExecutor } from '../sql';

/**
 * PostgreSQL advisory locks under a text key (hashed to the lock's 64-bit number). Both try and never
 * wait: whoever does not get the lock leaves the work to the process that has it.
 */

/** Held until the session ends (the connection closes). */
export function trySessionLock(sql: SqlExecutor, key: string): Promise<boolean> {
  return tryLock(sql, 'pg_try_advisory_lock', key);
}

/** Held until the transaction `sql` runs in commits or rolls back. */
export function tryTransactionLock(sql: SqlExecutor, key: string): Promise<boolean> {
  return tryLock(sql, 'pg_try_advisory_xact_lock', key);
}

async function tryLock(
  sql: SqlExecutor,
  lock: 'pg_try_advisory_lock' | 'pg_try_advisory_xact_lock',
  key: string,
): Promise<boolean> {
  const { rows } = await sql.query<{ locked: boolean }>(`SELECT ${lock}(hashtextextended($1, 0)) AS locked`, [key]);
  return rows[0].locked;
}

/**
 * The session lock the active instance of a subscription holds; a projection's rebuild takes it too, so
 * it never runs beside a live instance.
 */
export function subscriptionLockKey(name: string): string {
  return `event_store.subscription:${name}`;
}
