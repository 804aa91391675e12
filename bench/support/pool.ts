import { Pool } from 'pg';

/** Connections per contender: more than the most concurrent writers, so none waits for a connection. */
export const POOL_SIZE = 16;

/**
 * A pg Pool that reports errors of idle connections instead of crashing the process with them, as
 * happens to every open pool when the server is stopped on an interrupted run.
 */
export function createPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, max: POOL_SIZE });
  pool.on('error', (error) => console.error('Idle database connection failed:', error.message));
  return pool;
}
