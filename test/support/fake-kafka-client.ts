import {
  KafkaClientPort,
  type IncomingKafkaRecord,
  type KafkaGroupMember,
  type OutgoingKafkaRecord,
} from '@lagspill/messaging';

/** What the next send does: acknowledge, fail, or wait until the test says (see `holdNextSend`). */
type SendOutcome = () => Promise<void>;

export interface HeldSend {
  /** Resolves when the held send has been called. */
  readonly attempted: Promise<readonly OutgoingKafkaRecord[]>;
  acknowledge(): void;
  fail(error: Error): void;
}

/**
 * An in-memory Kafka behind the port, for tests without a broker: one partition per topic, offsets
 * committed per group, and scripted send outcomes. A record becomes readable only once its send is
 * acknowledged, as on a broker with acks=all.
 */
export class FakeKafkaClient extends KafkaClientPort {
  /** Every send attempt, acknowledged or not, in order. */
  readonly attempts: (readonly OutgoingKafkaRecord[])[] = [];
  /** Offsets committed, in order: `group topic offset` (offset = the next one to read). */
  readonly commits: string[] = [];
  /** Runs before each commit is stored; lets a test look at the database at that moment. */
  beforeCommit: (record: IncomingKafkaRecord) => Promise<void> = async () => undefined;
  private readonly topics = new Map<string, IncomingKafkaRecord[]>();
  private readonly committed = new Map<string, number>();
  private readonly outcomes: SendOutcome[] = [];
  private readonly members = new Set<FakeMember>();
  private commitsToLose = 0;

  failNextSend(error = new Error('broker unavailable')): void {
    this.outcomes.push(async () => Promise.reject(error));
  }

  holdNextSend(): HeldSend {
    let attempted!: (records: readonly OutgoingKafkaRecord[]) => void;
    let settle!: { resolve: () => void; reject: (error: Error) => void };
    const attemptedPromise = new Promise<readonly OutgoingKafkaRecord[]>((resolve) => (attempted = resolve));
    const settled = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    this.outcomes.push(async () => {
      attempted(this.attempts[this.attempts.length - 1]);
      await settled;
    });
    return { attempted: attemptedPromise, acknowledge: () => settle.resolve(), fail: (e) => settle.reject(e) };
  }

  /** The next commit is "lost" (the process died before the broker stored it). */
  loseNextCommit(): void {
    this.commitsToLose += 1;
  }

  /** A record from outside (another system producing), acknowledged at once. */
  produce(topic: string, key: string | null, value: string | null): void {
    this.append(topic, key, value);
  }

  records(topic: string): readonly IncomingKafkaRecord[] {
    return this.topics.get(topic) ?? [];
  }

  /** The parsed values on a topic. */
  values<T = unknown>(topic: string): T[] {
    return this.records(topic).map((record) => JSON.parse(record.value ?? 'null') as T);
  }

  /** Resolves once every member of `group` has handled all it can read and has nothing in flight. */
  async whenIdle(group: string): Promise<void> {
    await Promise.all([...this.members].filter((m) => m.group === group).map((m) => m.whenIdle()));
  }

  async send(records: readonly OutgoingKafkaRecord[]): Promise<void> {
    this.attempts.push(records);
    await this.outcomes.shift()?.();
    for (const record of records) this.append(record.topic, record.key, record.value);
  }

  async join(groupId: string, topic: string): Promise<KafkaGroupMember> {
    const member = new FakeMember(groupId, topic, this.committed.get(`${groupId} ${topic}`) ?? 0, {
      read: (offset) => this.records(topic)[offset],
      commit: async (record) => {
        await this.beforeCommit(record);
        const next = Number(record.offset) + 1;
        if (this.commitsToLose > 0) {
          this.commitsToLose -= 1;
          return;
        }
        this.committed.set(`${groupId} ${topic}`, next);
        this.commits.push(`${groupId} ${topic} ${next}`);
      },
      committed: () => this.committed.get(`${groupId} ${topic}`) ?? 0,
      leave: () => this.members.delete(member),
    });
    this.members.add(member);
    return member;
  }

  async close(): Promise<void> {
    await Promise.all([...this.members].map((member) => member.stop()));
  }

  private append(topic: string, key: string | null, value: string | null): void {
    const log = this.topics.get(topic) ?? [];
    this.topics.set(topic, log);
    log.push({ topic, partition: 0, offset: String(log.length), key, value });
    for (const member of this.members) if (member.topic === topic) member.wake();
  }
}

interface MemberLog {
  read(offset: number): IncomingKafkaRecord | undefined;
  commit(record: IncomingKafkaRecord): Promise<void>;
  committed(): number;
  leave(): void;
}

/** One group member: delivers in order; after a failed record it seeks back to the committed offset. */
class FakeMember implements KafkaGroupMember {
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private idleWaiters: (() => void)[] = [];
  private loop: Promise<void> | undefined;
  private idle = false;

  constructor(
    readonly group: string,
    readonly topic: string,
    private position: number,
    private readonly log: MemberLog,
  ) {}

  async run(each: (record: IncomingKafkaRecord) => Promise<void>): Promise<void> {
    this.loop = this.deliver(each);
  }

  commit(record: IncomingKafkaRecord): Promise<void> {
    return this.log.commit(record);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
    this.log.leave();
    this.settleIdle();
  }

  wake(): void {
    this.idle = false;
    this.wakeUp?.();
  }

  whenIdle(): Promise<void> {
    if (this.idle || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async deliver(each: (record: IncomingKafkaRecord) => Promise<void>): Promise<void> {
    while (!this.stopped) {
      const record = this.log.read(this.position);
      if (!record) {
        await new Promise<void>((resolve) => {
          this.wakeUp = resolve;
          this.idle = true;
          this.settleIdle();
        });
        continue;
      }
      try {
        await each(record);
        this.position += 1;
      } catch {
        // What kafkajs does after a failed message: restart from the group's committed offset.
        this.position = this.log.committed();
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  private settleIdle(): void {
    for (const waiter of this.idleWaiters.splice(0)) waiter();
  }
}
