import { Client, type ClientConfig, type Pool } from 'pg';

const CHANNEL = 'event_store_appended';
const RECONNECT_DELAY_MS = 1000;
/** Appends within this window share one NOTIFY; other processes' subscribers wake at most this late. */
const NOTIFY_COALESCE_MS = 10;

/**
 * Wakes subscriptions when events are appended: at once for appends made by this process, through
 * LISTEN/NOTIFY for those of other processes. The NOTIFY is sent after the append committed, outside
 * its transaction, and at most once per short window, because a NOTIFY inside the transaction would
 * take PostgreSQL's global notification lock at every commit, and one per append would double the
 * statements. A lost notification only delays delivery until the subscribers' next poll.
 */
export class AppendNotifier {
  private generation = 0;
  private readonly waiters = new Set<() => void>();
  private listener: Client | undefined;
  private listening = false;
  private listened: Promise<void> = Promise.resolve();
  private closed = false;
  private notifyTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: ClientConfig,
    private readonly pool: Pool,
    private readonly onError: (error: unknown, context: string) => void,
  ) {}

  /** Called after an append committed. */
  appended(): void {
    this.wake();
    if (this.closed || this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => void this.notifyOthers(), NOTIFY_COALESCE_MS);
  }

  /** A counter that moves whenever an append may have happened; pass it to `waitForAppend`. */
  get currentGeneration(): number {
    return this.generation;
  }

  /**
   * Starts listening for other processes' appends; resolves once LISTEN is in place (or failed, and is
   * being retried), so that what another process appends from then on wakes this one.
   */
  listen(): Promise<void> {
    this.startListening();
    return this.listened;
  }

  /** Resolves on the next append after `generation`, after `timeoutMs`, or when `signal` aborts. */
  waitForAppend(generation: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    this.startListening();
    if (generation !== this.generation || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done);
      this.waiters.add(done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    if (this.notifyTimer) await this.notifyOthers();
    this.wake();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async notifyOthers(): Promise<void> {
    clearTimeout(this.notifyTimer);
    this.notifyTimer = undefined;
    await this.pool
      .query('SELECT pg_notify($1, NULL)', [CHANNEL])
      .catch((error: unknown) => this.onError(error, 'notify'));
  }

  private wake(): void {
    this.generation++;
    for (const waiter of [...this.waiters]) waiter();
  }

  private startListening(): void {
    if (this.listening || this.closed) return;
    this.listening = true;
    const client = new Client(this.connection);
    this.listener = client;
    const reconnect = (error: unknown) => {
      if (this.listener !== client) return;
      this.onError(error, 'listen connection');
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.reconnectTimer = setTimeout(() => {
        this.listening = false;
        // Events may have been appended while no one listened.
        this.wake();
        this.startListening();
      }, RECONNECT_DELAY_MS);
    };
    client.on('notification', () => this.wake());
    client.on('error', reconnect);
    client.on('end', () => reconnect(new Error('listen connection ended')));
    this.listened = client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      // What was appended while the connection was being set up wakes the waiters now.
      .then(() => this.wake())
      .catch(reconnect);
  }
}
