import { isAfter, START_OF_LOG, type EventStore, type RecordedEvent } from '@lagspill/event-store';

const GIVE_UP_MS = 30_000;

/**
 * Every event committed before the call, in global order. The global log shows an event only once every
 * transaction older than it has ended, in the whole server (transaction ids are server-wide), and the
 * test server is shared by the files running beside this one: pages are read until the head is reached,
 * looking again shortly while it is held back.
 */
export async function readWholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const head = await store.head();
  const events: RecordedEvent[] = [];
  const deadline = Date.now() + GIVE_UP_MS;
  let after = START_OF_LOG;
  while (head && isAfter(head, after)) {
    const page = await store.readAll(after);
    if (page.length > 0) {
      events.push(...page);
      after = page[page.length - 1].checkpoint;
    } else if (Date.now() > deadline) {
      throw new Error(`The log stayed held back before its head for ${GIVE_UP_MS} ms`);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return events;
}
