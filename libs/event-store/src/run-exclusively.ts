import type { EventStore, EventStoreTransaction } from './event-store';
import { tryTransactionLock } from './schema/advisory-locks';

/**
 * Runs a job's `work` in one transaction, in one process at a time across all processes sharing the
 * database: the transaction first takes the advisory lock `key`. When another process holds it, nothing
 * runs and the answer is undefined (that process is doing the work already).
 */
export function runExclusively<T>(
  store: EventStore,
  key: string,
  work: (tx: EventStoreTransaction) => Promise<T>,
): Promise<T | undefined> {
  return store.transaction(async (tx) => ((await tryTransactionLock(tx.sql, key)) ? work(tx) : undefined));
}
