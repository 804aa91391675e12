import 'reflect-metadata';
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { DataSource } from 'typeorm';
import { CallerResolver, type Caller } from '@lagspill/auth';
import {
  DEMO_DIRECTORY,
  DIRECTORY_MIGRATIONS,
  DirectoryHistoryRepository,
  DirectoryImports,
  DirectoryWriter,
  LiveDirectory,
  startDirectory,
  writeDirectorySheet,
} from '@lagspill/directory';
import {
  decideDirectory,
  Directory,
  DIRECTORY_STREAM,
  planDirectoryImport,
  type ActorRef,
  type Clock,
  type DirectoryData,
  type DirectoryImport,
  type DirectorySnapshot,
  type ImportKind,
  type Organisation,
  type Person,
} from '@lagspill/domain';
import { EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { DirectoryQueries, type DirectorySearch } from '../../libs/directory/src/api/directory-queries';
import { DirectorySnapshotRepository } from '../../libs/directory/src/live/directory-snapshot.repository';
import { withBenchPostgres, type PostgresDescription } from '../support/bench-postgres';
import { summarizeLatencies } from '../support/latency';
import { describeMachine } from '../support/machine';
import { writeMarkdownSection } from '../support/markdown-section';
import { markdownTable } from '../support/table';
import { directoryDataOf, nationalDirectory } from './national-directory';

const unzip = promisify(gunzip);

/*
 * The directory at national scale (issue 16, point 6): imports a synthetic national directory as the
 * directory sheet into a fresh embedded PostgreSQL, starts processes on it, measures the lookups a request
 * does and the administration pages against the demo directory, and writes the figures to
 * docs/benchmarks.md (section `bench:directory`). Run with `node --expose-gc`: `npm run bench:directory`.
 */

/** Start-ups, each in a new process: from the snapshot, its steps, and from the events alone. */
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 5);
const PARTS_RUNS = Number(process.env.BENCH_PARTS_RUNS ?? 3);
const FOLD_RUNS = Number(process.env.BENCH_FOLD_RUNS ?? 3);
/** Each lookup is called back to back for this long in each of ROUNDS rounds, then timed call by call. */
const LOOKUP_MS = Number(process.env.BENCH_LOOKUP_MS ?? 200);
const ROUNDS = 5;
const LATENCY_CALLS = 10_000;
const PAGE_MS = Number(process.env.BENCH_PAGE_MS ?? 500);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 25);

const IMPORT_TARGET_MS = 30_000;
const LOAD_TARGET_MS = 1_000;
/**
 * A lookup is "slower at national size" when its CPU time per call (per entry returned, for one whose work
 * grows with its result) is more than this many times the demo's…
 */
const SLOWER_RATIO = 1.5;
/** …and more than this much longer in absolute terms (a request's own work is milliseconds). */
const SLOWER_ABSOLUTE_US = 1;

const CHILD_FLAG = '--child';
const ADMIN: ActorRef = { username: 'bench-admin', name: 'Benchmark', role: 'admin' };
const CLOCK: Clock = { now: () => new Date() };
const onError = (error: unknown, context: string) => console.error(`event store (${context}):`, error);

const T0 = performance.now();
/** Progress on the console, with the seconds since the start. */
function log(message: string): void {
  console.log(`[${((performance.now() - T0) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

/** Keeps what a measured call returns, so that the call cannot be optimised away. */
const sink: { value: unknown } = { value: undefined };

// ---------------------------------------------------------------------------------------------------------
// Start-ups, each in a new process as a real one is: cold code, and only the directory on the heap.

/** A new process that ran `LiveDirectory.load` on what the database holds. */
interface LoadRun {
  readonly ms: number;
  /** The main thread's CPU time for the load. */
  readonly cpuMs: number;
  readonly version: number;
  /** After the load, until the snapshot it started (if any) was stored: `LiveDirectory.stop` waits for it. */
  readonly snapshotWriteMs: number;
  /** `JSON.stringify` of the loaded directory's snapshot, as `DirectorySnapshotRepository.save` does. */
  readonly stringifyMs: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly heapAfterData: number;
  readonly rssBefore: number;
  readonly rssAfter: number;
  readonly peakRss: number;
}

/** A new process that did what a load from the snapshot does, step by step. */
interface StartUpParts {
  readonly query: number;
  /** This process's main-thread CPU time during the query: receiving and decoding the row. */
  readonly queryCpu: number;
  readonly unzip: number;
  readonly parse: number;
  readonly construct: number;
  readonly readAfter: number;
}

type ChildMode = 'load' | 'parts';

/** A full garbage collection (`times` of them: a second one frees what the first only finalised). */
function collectGarbage(times = 2): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run node with --expose-gc: the memory figures need it');
  for (let i = 0; i < times; i++) gc();
}

function threadCpuMsSince(before: NodeJS.CpuUsage): number {
  const { user, system } = process.threadCpuUsage(before);
  return (user + system) / 1000;
}

async function loadChild(store: EventStore): Promise<LoadRun> {
  collectGarbage();
  const before = process.memoryUsage();
  const cpu = process.threadCpuUsage();
  const started = performance.now();
  const live = await LiveDirectory.load(store);
  const ms = performance.now() - started;
  const cpuMs = threadCpuMsSince(cpu);
  const stopping = performance.now();
  await live.stop();
  const snapshotWriteMs = performance.now() - stopping;
  collectGarbage();
  const after = process.memoryUsage();
  // The arrays `data` builds for the list pages, as a process serving them also holds.
  sink.value = live.directory.data;
  collectGarbage();
  const afterData = process.memoryUsage();
  const stringifyMs = timed(() => JSON.stringify(live.directory.snapshot())).ms;
  return {
    ms,
    cpuMs,
    version: live.directory.version,
    snapshotWriteMs,
    stringifyMs,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    heapAfterData: afterData.heapUsed,
    rssBefore: before.rss,
    rssAfter: afterData.rss,
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
}

async function partsChild(store: EventStore): Promise<StartUpParts> {
  await store.ping(); // connected, as the load's own first query is not
  const t0 = performance.now();
  const cpu = process.threadCpuUsage();
  const { rows } = await store.sql.query<{ data: Buffer }>('SELECT data FROM directory.snapshot');
  const t1 = performance.now();
  const queryCpu = threadCpuMsSince(cpu);
  const json = (await unzip(rows[0].data)).toString('utf8');
  const unzipped = performance.now();
  const snapshot = JSON.parse(json) as DirectorySnapshot;
  const t2 = performance.now();
  const directory = Directory.fromSnapshot(snapshot);
  const t3 = performance.now();
  sink.value = await store.readStream(DIRECTORY_STREAM.id, { fromVersion: directory.version + 1, limit: 10_000 });
  const t4 = performance.now();
  return {
    query: t1 - t0,
    queryCpu,
    unzip: unzipped - t1,
    parse: t2 - unzipped,
    construct: t3 - t2,
    readAfter: t4 - t3,
  };
}

async function child(mode: ChildMode): Promise<void> {
  const store = new EventStore({ connection: { connectionString: process.env.DIRECTORY_BENCH_URL }, onError });
  try {
    process.send?.(mode === 'load' ? await loadChild(store) : await partsChild(store));
  } finally {
    await store.close();
  }
}

function inNewProcess<T>(url: string, mode: ChildMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const process = fork(__filename, [CHILD_FLAG, mode], {
      execArgv: ['--expose-gc', '--enable-source-maps'],
      env: { ...globalThis.process.env, DIRECTORY_BENCH_URL: url },
    });
    let result: T | undefined;
    process.on('message', (message) => (result = message as T));
    process.on('error', reject);
    process.on('exit', (code) =>
      result !== undefined && code === 0 ? resolve(result) : reject(new Error(`${mode} process exited with ${code}`)),
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// Helpers.

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: [EventStoreSchema1763769600000, ...DIRECTORY_MIGRATIONS],
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const count = (n: number) => n.toLocaleString('en');
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
function ms(value: number): string {
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return Math.round(value).toLocaleString('en');
}
function us(valueMs: number): string {
  const value = valueMs * 1000;
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en');
}
const met = (ok: boolean) => (ok ? '**met**' : '**not met**');

/** Every `step`-th item, so that keys spread over the whole directory; at most `limit`. */
function spreadOver<T>(items: readonly T[], limit: number): T[] {
  const step = Math.max(1, Math.floor(items.length / limit));
  return items.filter((_, i) => i % step === 0).slice(0, limit);
}

interface CallTiming {
  /** The best of the rounds: the least disturbed by other work on the machine and by garbage collection. */
  readonly opsPerSecond: number;
  /** Time per call at that rate. */
  readonly meanMs: number;
  /**
   * The main thread's CPU time per call, the least of the rounds: unlike wall time, not inflated by waiting
   * for a core while other work runs on the machine.
   */
  readonly cpuMsPerCall: number;
  /** Of calls timed one by one. */
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Calls per second and CPU time per call, back to back for `budgetMs` after a warm-up. */
function throughput(call: () => unknown, budgetMs: number): { opsPerSecond: number; cpuMsPerCall: number } {
  // Warm-up: up to 2,000 calls, or a fifth of the budget for slow ones.
  const warming = performance.now();
  for (let i = 0; i < 2_000 && performance.now() - warming < budgetMs / 5; i++) sink.value = call();
  let calls = 0;
  const cpu = process.threadCpuUsage();
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    const batch = calls < 100 ? 1 : 100;
    for (let i = 0; i < batch; i++, calls++) sink.value = call();
    elapsed = performance.now() - started;
  }
  return { opsPerSecond: (calls / elapsed) * 1000, cpuMsPerCall: threadCpuMsSince(cpu) / calls };
}

/** Up to LATENCY_CALLS calls timed one by one, for at most about `budgetMs` (at least 20 calls). */
function latency(call: () => unknown, budgetMs: number): { p50Ms: number; p99Ms: number } {
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < LATENCY_CALLS && (samples.length < 20 || performance.now() - started < budgetMs)) {
    const before = performance.now();
    sink.value = call();
    samples.push(performance.now() - before);
  }
  return summarizeLatencies(samples);
}

/**
 * The same work on the demo and the national directory: `rounds` rounds of throughput in alternating
 * order, garbage collected before each, the best round kept; then latency call by call.
 */
function compare(
  demo: () => unknown,
  national: () => unknown,
  budgetMs: number,
  rounds: number,
): { demo: CallTiming; national: CallTiming } {
  const best = { demo: { ops: 0, cpu: Infinity }, national: { ops: 0, cpu: Infinity } };
  const calls = { demo, national };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['demo', 'national'] as const) : (['national', 'demo'] as const)) {
      collectGarbage(1);
      const { opsPerSecond, cpuMsPerCall } = throughput(calls[side], budgetMs);
      best[side] = { ops: Math.max(best[side].ops, opsPerSecond), cpu: Math.min(best[side].cpu, cpuMsPerCall) };
    }
  }
  const timing = (side: 'demo' | 'national'): CallTiming => {
    collectGarbage(1);
    const { ops, cpu } = best[side];
    return { opsPerSecond: ops, meanMs: 1000 / ops, cpuMsPerCall: cpu, ...latency(calls[side], budgetMs) };
  };
  return { demo: timing('demo'), national: timing('national') };
}

/** The timer's own cost per timed call, which the per-call p50/p99 include. */
function timerOverheadMs(): number {
  return summarizeLatencies(
    Array.from({ length: LATENCY_CALLS }, () => {
      const before = performance.now();
      return performance.now() - before;
    }),
  ).p50Ms;
}

// ---------------------------------------------------------------------------------------------------------
// The lookups a request does.

interface Lookup {
  readonly name: string;
  readonly note: string;
  readonly demo: CallTiming;
  readonly national: CallTiming;
  /** For a lookup whose work grows with what it returns: entries returned per call, on average. */
  readonly results?: { readonly demo: number; readonly national: number };
}

interface Subjects {
  readonly reportersWithHpr: readonly Person[];
  readonly partyPeople: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly regions: readonly string[];
  readonly partiesWithPeople: readonly string[];
}

/** Active people and organisations to look up, spread over the directory. */
function subjectsOf(directory: Directory): Subjects {
  const { people, organisations } = directory.data;
  const activeOrganisation = (id: string | undefined) =>
    id !== undefined && directory.findOrganisation(id)?.deactivatedAt === undefined;
  const active = people.filter((p) => p.deactivatedAt === undefined);
  return {
    reportersWithHpr: spreadOver(
      active.filter((p) => p.role === 'reporter' && p.hprNumber !== undefined && activeOrganisation(p.organisation)),
      1_000,
    ),
    partyPeople: spreadOver(
      active.filter((p) => p.role === 'responder' || p.role === 'coordinator'),
      1_000,
    ),
    organisations: spreadOver(organisations, 1_000),
    regions: directory.regions(),
    partiesWithPeople: directory
      .allParties()
      .map((p) => p.id)
      .filter((id) => directory.peopleOf(id).length > 0),
  };
}

function measureLookups(demo: Directory, national: Directory): Lookup[] {
  const sides = { demo: sideOf(demo), national: sideOf(national) };
  const members = (side: 'demo' | 'national') => {
    const { directory, subjects } = sides[side];
    const sizes = subjects.partiesWithPeople.map((id) => directory.peopleOf(id).length);
    return sizes.reduce((a, b) => a + b, 0) / sizes.length;
  };
  const results = { demo: members('demo'), national: members('national') };
  const lookup = (
    name: string,
    note: string,
    call: (side: ReturnType<typeof sideOf>) => () => unknown,
    perResult = false,
  ): Lookup => {
    log(`  ${name}…`);
    const timings = compare(call(sides.demo), call(sides.national), LOOKUP_MS, ROUNDS);
    return { name, note, ...timings, ...(perResult ? { results } : {}) };
  };
  /** A call that takes the next key of `keys` at each call. */
  const cycling = <K>(keys: readonly K[], call: (key: K) => unknown) => {
    let i = 0;
    return () => call(keys[i++ % keys.length]);
  };
  return [
    lookup('`CallerResolver.resolve` by HPR number', 'a reporter: `{ subject, hprNumber }`', (s) =>
      cycling(s.subjects.reportersWithHpr, (p) => s.resolver.resolve({ subject: p.username, hprNumber: p.hprNumber })),
    ),
    lookup('`CallerResolver.resolve` by username', 'a responder or coordinator: `{ subject }`', (s) =>
      cycling(s.subjects.partyPeople, (p) => s.resolver.resolve({ subject: p.username })),
    ),
    lookup('`regionOf(organisation)`', 'where a case is routed', (s) =>
      cycling(s.subjects.organisations, (o) => s.directory.regionOf(o.id)),
    ),
    lookup('`workingGroupOf(region)`', 'each region in turn', (s) =>
      cycling(s.subjects.regions, (r) => s.directory.workingGroupOf(r)),
    ),
    lookup(
      '`peopleOf(party)`',
      `each party with people in turn: ${results.demo.toFixed(1)} (demo) and ${results.national.toFixed(1)} (national) people per call, so it is compared per person returned`,
      (s) => cycling(s.subjects.partiesWithPeople, (id) => s.directory.peopleOf(id)),
      true,
    ),
    lookup('`findOrganisationByOrgnr(orgnr)`', 'an enrolment request prefilled from HelseID', (s) =>
      cycling(s.subjects.organisations, (o) => s.directory.findOrganisationByOrgnr(o.orgnr)),
    ),
  ];
}

function sideOf(directory: Directory) {
  return { directory, resolver: new CallerResolver(directory), subjects: subjectsOf(directory) };
}

// ---------------------------------------------------------------------------------------------------------
// The administration pages (DirectoryQueries), which read the whole directory.

interface PageTiming {
  readonly name: string;
  readonly demo: CallTiming;
  readonly national: CallTiming;
}

const FIRST_PAGE: DirectorySearch = { limit: 50, offset: 0 };

function adminCaller(): Caller {
  return { username: ADMIN.username, name: ADMIN.name, role: 'admin' };
}

function coordinatorCaller(directory: Directory): Caller {
  const resolver = new CallerResolver(directory);
  const coordinator = directory.allPeople().find((p) => p.role === 'coordinator' && p.deactivatedAt === undefined);
  if (!coordinator) throw new Error('No coordinator');
  return resolver.resolve({ subject: coordinator.username });
}

function queriesOf(directory: Directory, store: EventStore): DirectoryQueries {
  return new DirectoryQueries(directory, store, new DirectoryHistoryRepository());
}

function measurePages(demo: Directory, national: Directory, store: EventStore): PageTiming[] {
  const admin = adminCaller();
  const pages: readonly [string, (queries: DirectoryQueries, coordinator: Caller) => unknown][] = [
    ['people, first page (admin)', (q) => q.people(admin, FIRST_PAGE)],
    ['people, first page (coordinator: own region only)', (q, coordinator) => q.people(coordinator, FIRST_PAGE)],
    ['people, search `q=hansen` (admin)', (q) => q.people(admin, { ...FIRST_PAGE, q: 'hansen' })],
    ['organisations, search `q=legesenter`', (q) => q.organisations({ ...FIRST_PAGE, q: 'legesenter' })],
    ['regions tree', (q) => q.regions()],
  ];
  return pages.map(([name, read]) => {
    log(`  ${name}…`);
    const call = (directory: Directory) => {
      const queries = queriesOf(directory, store);
      const coordinator = coordinatorCaller(directory);
      return () => read(queries, coordinator);
    };
    return { name, ...compare(call(demo), call(national), PAGE_MS, 2) };
  });
}

// ---------------------------------------------------------------------------------------------------------
// One change, and what the next reads pay for it.

interface ChangeTiming {
  readonly apply: number[];
  readonly data: number[];
  readonly firstPage: number[];
  readonly nextPage: number[];
}

function measureChanges(directory: Directory, store: EventStore): ChangeTiming {
  const queries = queriesOf(directory, store);
  const people = spreadOver(
    directory.allPeople().filter((p) => p.deactivatedAt === undefined && p.role !== 'system'),
    CHANGES,
  );
  const timing: ChangeTiming = { apply: [], data: [], firstPage: [], nextPage: [] };
  sink.value = queries.people(adminCaller(), FIRST_PAGE);
  for (let i = 0; i < CHANGES; i++) {
    const person = people[i % people.length];
    const at = CLOCK.now().toISOString();
    const events = decideDirectory(
      directory,
      { type: 'change-person', username: person.username, changes: { name: `${person.name} Endret${i}` } },
      ADMIN,
      at,
    );
    timing.apply.push(timed(() => events.forEach((event) => directory.apply(event, directory.version + 1))).ms);
    timing.data.push(timed(() => directory.data).ms);
    timing.firstPage.push(timed(() => queries.people(adminCaller(), FIRST_PAGE)).ms);
    timing.nextPage.push(timed(() => queries.people(adminCaller(), FIRST_PAGE)).ms);
  }
  return timing;
}

interface Process {
  readonly store: EventStore;
  readonly live: LiveDirectory;
  readonly writer: DirectoryWriter;
}

/**
 * One change through the writer (decide, append one event with fsync, apply), on the demo and the national
 * directory in turn, so that both meet the same disk and the same other work on the machine.
 */
async function measureWriterChanges(demo: Process, national: Process): Promise<{ demo: number[]; national: number[] }> {
  const samples = { demo: [] as number[], national: [] as number[] };
  const sides = { demo, national };
  const people = (side: Process) =>
    spreadOver(
      side.live.directory.allPeople().filter((p) => p.deactivatedAt === undefined && p.role !== 'system'),
      CHANGES,
    );
  const candidates = { demo: people(demo), national: people(national) };
  for (let i = 0; i < CHANGES; i++) {
    for (const side of i % 2 === 0 ? (['demo', 'national'] as const) : (['national', 'demo'] as const)) {
      const person = candidates[side][i % candidates[side].length];
      const { ms: elapsed } = await timedAsync(() =>
        sides[side].writer.change((directory) => ({
          events: decideDirectory(
            directory,
            { type: 'change-person', username: person.username, changes: { name: `${person.name} Skrevet${i}` } },
            ADMIN,
            CLOCK.now().toISOString(),
          ),
          result: undefined,
        })),
      );
      samples[side].push(elapsed);
    }
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------------------
// The run.

/** Wall time, and this process's CPU time (user + system), which waiting for a core does not inflate. */
interface Spent {
  readonly ms: number;
  readonly cpuMs: number;
}

function spent<T>(work: () => T): { value: T } & Spent {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started, cpuMs: cpuMsSince(cpu) };
}

function cpuMsSince(before: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

interface FileCounts {
  readonly total: Readonly<Record<ImportKind, number>>;
  readonly inactive: Readonly<Record<ImportKind, number>>;
}

interface ImportResult {
  readonly counts: FileCounts;
  readonly generateMs: number;
  readonly writeSheetMs: number;
  readonly sheetBytes: number;
  readonly read: Spent;
  readonly plan: Spent;
  /** From the start of `DirectoryWriter.change` until its last chunk was appended. */
  readonly append: Spent;
  /** From there until `change` resolved: the commit, and applying the events to the live directory. */
  readonly commitAndApply: Spent;
  readonly events: number;
  readonly storedEvents: number;
  readonly snapshotStoredMs: number;
}

interface StartUp {
  readonly fromSnapshot: LoadRun[];
  readonly fromEvents: LoadRun[];
  /** Medians. */
  readonly parts: StartUpParts;
  readonly snapshotBytes: number;
  readonly snapshotStoredBytes: number;
  readonly snapshotVersion: number;
  readonly eventTableBytes: number;
}

interface Results {
  readonly postgres: PostgresDescription;
  readonly imported: ImportResult;
  readonly startUp: StartUp;
  readonly lookups: Lookup[];
  readonly pages: PageTiming[];
  readonly changes: { demo: ChangeTiming; national: ChangeTiming };
  readonly writerChanges: { demo: number[]; national: number[] };
  readonly timerMs: number;
  readonly demoCounts: Readonly<Record<ImportKind, number>>;
}

function countsOf(file: DirectoryImport): FileCounts {
  const kinds = ['helsefellesskap', 'municipalities', 'parties', 'organisations', 'people'] as const;
  const entries = (kind: ImportKind): readonly { active?: boolean }[] => file[kind];
  return {
    total: Object.fromEntries(kinds.map((kind) => [kind, entries(kind).length])) as Record<ImportKind, number>,
    inactive: Object.fromEntries(
      kinds.map((kind) => [kind, entries(kind).filter((e) => e.active === false).length]),
    ) as Record<ImportKind, number>,
  };
}

async function importNational({ store, live, writer }: Process): Promise<ImportResult> {
  const imports = new DirectoryImports(writer, CLOCK);
  log('Generating the national directory…');
  const generated = timed(() => nationalDirectory());
  const counts = countsOf(generated.value);
  const at = CLOCK.now().toISOString();
  const sheet = timed(() => Buffer.from(writeDirectorySheet(directoryDataOf(generated.value, at)), 'utf8'));
  collectGarbage();
  log(`Reading the sheet (${mib(sheet.value.length)} MiB)…`);
  const read = spent(() => imports.read(sheet.value, 'text/csv'));
  const readCounts = countsOf(read.value);
  for (const kind of Object.keys(counts.total) as ImportKind[]) {
    if (readCounts.total[kind] !== counts.total[kind] || readCounts.inactive[kind] !== counts.inactive[kind]) {
      throw new Error(`The sheet gave other ${kind} than the generator: ${JSON.stringify({ counts, readCounts })}`);
    }
  }
  log('Planning…');
  const plan = spent(() => planDirectoryImport(live.directory, read.value, ADMIN, CLOCK.now().toISOString()));
  if (plan.value.problems.length > 0) {
    throw new Error(`The national directory does not import: ${JSON.stringify(plan.value.problems.slice(0, 5))}`);
  }
  const events = plan.value.events;
  log(`Appending ${count(events.length)} events…`);
  let appended: { at: number; cpu: NodeJS.CpuUsage } | undefined;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await writer.change(
    () => ({ events, result: undefined }),
    (done, total) => {
      if (done === total) appended = { at: performance.now(), cpu: process.cpuUsage() };
    },
  );
  const changed = performance.now();
  const changedCpu = process.cpuUsage();
  if (!appended) throw new Error('The import reported no progress');
  // The import started a snapshot in the background (more than 500 changes): wait for it to be stored.
  await live.writeSnapshot();
  const snapshotStored = performance.now();
  const { rows } = await store.sql.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM event_store.events WHERE stream_id = $1',
    [DIRECTORY_STREAM.id],
  );
  const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  return {
    counts,
    generateMs: generated.ms,
    writeSheetMs: sheet.ms,
    sheetBytes: sheet.value.length,
    read: { ms: read.ms, cpuMs: read.cpuMs },
    plan: { ms: plan.ms, cpuMs: plan.cpuMs },
    append: { ms: appended.at - started, cpuMs: cpuMs(process.cpuUsage(cpu)) - cpuMs(process.cpuUsage(appended.cpu)) },
    commitAndApply: { ms: changed - appended.at, cpuMs: cpuMs(changedCpu) - cpuMs(appended.cpu) },
    events: events.length,
    storedEvents: Number(rows[0].n),
    snapshotStoredMs: snapshotStored - changed,
  };
}

async function measureStartUp(url: string, { store, live }: Process): Promise<StartUp> {
  const snapshots = new DirectorySnapshotRepository();
  const version = live.directory.version;
  const storeFullSnapshot = async () => {
    await store.sql.query('DELETE FROM directory.snapshot');
    await snapshots.save(store.sql, live.directory.snapshot());
  };
  const checked = (run: LoadRun) => {
    if (run.version !== version) throw new Error(`A new process loaded version ${run.version}, not ${version}`);
    return run;
  };
  await storeFullSnapshot();
  const size = await store.sql.query<{ bytes: number; stored: number; version: number }>(
    'SELECT octet_length(data) AS bytes, pg_column_size(data) AS stored, version FROM directory.snapshot',
  );
  const tableSize = await store.sql.query<{ bytes: string }>(
    `SELECT pg_total_relation_size('event_store.events')::text AS bytes`,
  );

  log('Start-up from the snapshot, in new processes…');
  const fromSnapshot: LoadRun[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) fromSnapshot.push(checked(await inNewProcess<LoadRun>(url, 'load')));
  const parts: StartUpParts[] = [];
  for (let i = 0; i < PARTS_RUNS; i++) parts.push(await inNewProcess<StartUpParts>(url, 'parts'));
  log('Start-up from the events alone, in new processes…');
  const fromEvents: LoadRun[] = [];
  for (let i = 0; i < FOLD_RUNS; i++) {
    await store.sql.query('DELETE FROM directory.snapshot');
    fromEvents.push(checked(await inNewProcess<LoadRun>(url, 'load')));
  }
  await storeFullSnapshot();
  const part = (key: keyof StartUpParts) => median(parts.map((run) => run[key]));
  return {
    fromSnapshot,
    fromEvents,
    parts: {
      query: part('query'),
      queryCpu: part('queryCpu'),
      unzip: part('unzip'),
      parse: part('parse'),
      construct: part('construct'),
      readAfter: part('readAfter'),
    },
    snapshotBytes: Number(size.rows[0].bytes),
    snapshotStoredBytes: Number(size.rows[0].stored),
    snapshotVersion: Number(size.rows[0].version),
    eventTableBytes: Number(tableSize.rows[0].bytes),
  };
}

/** The demo directory with an HPR number for each reporter (it has none), so both sizes resolve by HPR. */
function demoWithHprNumbers(): DirectoryData {
  let next = 9_100_000;
  return {
    ...DEMO_DIRECTORY,
    people: DEMO_DIRECTORY.people.map((p) => (p.role === 'reporter' ? { ...p, hprNumber: String(next++) } : p)),
  };
}

async function withProcess<T>(url: string, work: (process: Process) => Promise<T>): Promise<T> {
  await migrate(url);
  const store = new EventStore({ connection: { connectionString: url }, onError });
  const live = await LiveDirectory.load(store);
  try {
    return await work({ store, live, writer: new DirectoryWriter(store, live) });
  } finally {
    await live.stop();
    await store.close();
  }
}

async function run(): Promise<Results> {
  return withBenchPostgres(async (postgres) => {
    const description = await postgres.describe();
    const nationalUrl = await postgres.createDatabase('directory_national');
    const demoUrl = await postgres.createDatabase('directory_demo');
    return withProcess(nationalUrl, (national) =>
      withProcess(demoUrl, async (demoProcess) => {
        const imported = await importNational(national);
        const startUp = await measureStartUp(nationalUrl, national);

        log('Lookups per request, demo and national…');
        const demo = new Directory(demoWithHprNumbers());
        collectGarbage();
        const timerMs = timerOverheadMs();
        const lookups = measureLookups(demo, national.live.directory);
        log('Administration pages…');
        const pages = measurePages(demo, national.live.directory, national.store);
        log('Changes…');
        const changes = {
          demo: measureChanges(Directory.fromSnapshot(demo.snapshot()), national.store),
          national: measureChanges(Directory.fromSnapshot(national.live.directory.snapshot()), national.store),
        };
        await startDirectory(demoProcess.writer, { demo: DEMO_DIRECTORY }, () => CLOCK.now().toISOString());
        const writerChanges = await measureWriterChanges(demoProcess, national);
        const { data } = demo;
        return {
          postgres: description,
          imported,
          startUp,
          lookups,
          pages,
          changes,
          writerChanges,
          timerMs,
          demoCounts: {
            helsefellesskap: data.helsefellesskap.length,
            municipalities: data.municipalities.length,
            parties: data.parties.length,
            organisations: data.organisations.length,
            people: data.people.length,
          },
        };
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// The report.

/** CPU time per call, or per entry returned for a lookup whose work grows with its result. */
function cpuPerUnit(lookup: Lookup, side: 'demo' | 'national'): number {
  return lookup[side].cpuMsPerCall / (lookup.results?.[side] ?? 1);
}

function slowerAtNationalSize(lookup: Lookup): boolean {
  const [before, after] = [cpuPerUnit(lookup, 'demo'), cpuPerUnit(lookup, 'national')];
  return after > before * SLOWER_RATIO && (after - before) * 1000 > SLOWER_ABSOLUTE_US;
}

function report(results: Results, machine: Awaited<ReturnType<typeof describeMachine>>, load: number): string {
  const { imported, startUp, lookups, pages, changes, writerChanges, postgres } = results;
  const { total, inactive } = imported.counts;
  const importMs = imported.read.ms + imported.plan.ms + imported.append.ms + imported.commitAndApply.ms;
  const fromSnapshot = median(startUp.fromSnapshot.map((r) => r.ms));
  const fold = median(startUp.fromEvents.map((r) => r.ms));
  const loadMet = fromSnapshot <= LOAD_TARGET_MS;
  const stringifyMs = median(startUp.fromSnapshot.map((r) => r.stringifyMs));
  const slower = lookups.filter(slowerAtNationalSize);
  const ratio = (l: Lookup) => cpuPerUnit(l, 'national') / cpuPerUnit(l, 'demo');
  const page = (prefix: string) => pages.find((p) => p.name.startsWith(prefix)) as PageTiming;
  const spentRow = (name: string, value: Spent): string[] => [name, ms(value.ms), ms(value.cpuMs)];

  const targets = markdownTable(
    [
      { header: 'Target', align: 'left' },
      { header: 'Measured', align: 'left' },
      { header: 'Verdict', align: 'left' },
    ],
    [
      [
        `import ≤ ${IMPORT_TARGET_MS / 1000} s`,
        `${(importMs / 1000).toFixed(1)} s to read, plan and append ${count(imported.events)} events`,
        met(importMs <= IMPORT_TARGET_MS),
      ],
      [
        `start-up load ≤ ${LOAD_TARGET_MS / 1000} s`,
        `from the snapshot: ${ms(fromSnapshot)} ms; without a snapshot: ${ms(fold)} ms (medians, each in a new process)`,
        `${met(loadMet)} from the snapshot; ${fold <= LOAD_TARGET_MS ? 'met' : 'not met'} without one`,
      ],
      [
        'no request slower because of the directory’s size',
        slower.length === 0
          ? `no per-request lookup is slower at national size by the rule below (largest ratio ${Math.max(...lookups.map(ratio)).toFixed(2)}×, at most ${us(Math.max(...lookups.map((l) => cpuPerUnit(l, 'national') - cpuPerUnit(l, 'demo'))))} µs more per call)`
          : `slower per call at national size: ${slower.map((l) => `${l.name} ${ratio(l).toFixed(1)}× (+${us(cpuPerUnit(l, 'national') - cpuPerUnit(l, 'demo'))} µs)`).join(', ')}`,
        `${met(slower.length === 0)} for the lookups a request does; **not met** for the administration list pages, which scan the whole directory (${ms(page('people, first page (coordinator').national.p50Ms)} ms for a coordinator’s people page)`,
      ],
    ],
  );

  const sizes = markdownTable(
    [
      { header: 'Entries', align: 'left' },
      { header: 'national', align: 'right' },
      { header: 'of them inactive', align: 'right' },
      { header: 'demo', align: 'right' },
    ],
    (
      [
        ['helsefellesskap', 'helsefellesskap'],
        ['kommuner', 'municipalities'],
        ['parties', 'parties'],
        ['organisations', 'organisations'],
        ['people', 'people'],
      ] as const
    ).map(([label, kind]) => [label, count(total[kind]), count(inactive[kind]), count(results.demoCounts[kind])]),
  );

  const importTable = markdownTable(
    [
      { header: 'Import step', align: 'left' },
      { header: 'wall ms', align: 'right' },
      { header: 'CPU ms', align: 'right' },
    ],
    [
      spentRow(
        `read the sheet: \`DirectoryImports.read(bytes, 'text/csv')\`, ${mib(imported.sheetBytes)} MiB`,
        imported.read,
      ),
      spentRow('plan: `planDirectoryImport` against the empty directory', imported.plan),
      spentRow(
        `append ${count(imported.events)} events, 2,000 per statement in one transaction (\`DirectoryWriter.change\`)`,
        imported.append,
      ),
      spentRow('commit, and apply the events to the live directory', imported.commitAndApply),
      [`**total**`, `**${ms(importMs)}**`, ''],
      [
        '*not counted:* generating the file, writing it as a sheet',
        `${ms(imported.generateMs)}, ${ms(imported.writeSheetMs)}`,
        '',
      ],
      ['*not counted:* storing the snapshot the import started, after it', ms(imported.snapshotStoredMs), ''],
    ],
  );

  const loadRow = (name: string, runs: readonly { ms: number; cpuMs: number }[]): string[] => [
    name,
    String(runs.length),
    ms(median(runs.map((r) => r.ms))),
    ms(Math.min(...runs.map((r) => r.ms))),
    ms(Math.max(...runs.map((r) => r.ms))),
    ms(median(runs.map((r) => r.cpuMs))),
  ];
  const startTable = markdownTable(
    [
      { header: 'Start-up: `LiveDirectory.load(store)`', align: 'left' },
      { header: 'runs', align: 'right' },
      { header: 'median ms', align: 'right' },
      { header: 'min ms', align: 'right' },
      { header: 'max ms', align: 'right' },
      { header: 'CPU ms (median)', align: 'right' },
    ],
    [
      loadRow('(a) from the snapshot', startUp.fromSnapshot),
      loadRow('(b) without a snapshot: every event read and folded', startUp.fromEvents),
      loadRow(
        '(b) then, until the snapshot it started is stored',
        startUp.fromEvents.map((r) => ({ ms: r.snapshotWriteMs, cpuMs: Number.NaN })),
      ).map((cell) => (cell === 'NaN' ? '' : cell)),
    ],
  );
  const { parts } = startUp;
  const partsTable = markdownTable(
    [
      { header: 'A load from the snapshot, step by step (new processes, median)', align: 'left' },
      { header: 'ms', align: 'right' },
    ],
    [
      [
        `\`SELECT data FROM directory.snapshot\`: ${mib(startUp.snapshotBytes)} MiB of gzip'd JSON to the client`,
        ms(parts.query),
      ],
      ['…of which the client’s CPU time, receiving and decoding the row', ms(parts.queryCpu)],
      ['gunzip (on libuv’s thread pool)', ms(parts.unzip)],
      ['`JSON.parse` of it', ms(parts.parse)],
      ['`Directory.fromSnapshot`: the maps and indexes', ms(parts.construct)],
      ['reading the events after the snapshot (none)', ms(parts.readAfter)],
    ],
  );

  const memory = (pick: (run: LoadRun) => number) => mib(median(startUp.fromSnapshot.map(pick)));
  const memoryTable = markdownTable(
    [
      { header: 'A new process that loaded the national directory (median)', align: 'left' },
      { header: 'MiB', align: 'right' },
    ],
    [
      [
        'heap used by the loaded directory (after gc, less the heap before the load)',
        memory((c) => c.heapAfter - c.heapBefore),
      ],
      [
        '…and by the arrays of its first `data` read (the list pages build them)',
        memory((c) => c.heapAfterData - c.heapAfter),
      ],
      ['heap used in all, after the load', memory((c) => c.heapAfterData)],
      ['RSS before the load (Node.js and the modules)', memory((c) => c.rssBefore)],
      ['RSS after the load', memory((c) => c.rssAfter)],
      ['peak RSS (the snapshot’s text and its parse at once)', memory((c) => c.peakRss)],
    ],
  );

  const lookupTable = markdownTable(
    [
      { header: 'Per request', align: 'left' },
      { header: 'demo ops/s', align: 'right' },
      { header: 'p50 µs', align: 'right' },
      { header: 'p99 µs', align: 'right' },
      { header: 'CPU µs', align: 'right' },
      { header: 'national ops/s', align: 'right' },
      { header: 'p50 µs', align: 'right' },
      { header: 'p99 µs', align: 'right' },
      { header: 'CPU µs', align: 'right' },
      { header: 'CPU per call, national / demo', align: 'right' },
    ],
    lookups.map((l) => [
      l.name,
      count(Math.round(l.demo.opsPerSecond)),
      us(l.demo.p50Ms),
      us(l.demo.p99Ms),
      us(l.demo.cpuMsPerCall),
      count(Math.round(l.national.opsPerSecond)),
      us(l.national.p50Ms),
      us(l.national.p99Ms),
      us(l.national.cpuMsPerCall),
      `${ratio(l).toFixed(2)}×${l.results ? ' per person' : ''}${slowerAtNationalSize(l) ? ' (slower)' : ''}`,
    ]),
  );

  const pageTable = markdownTable(
    [
      { header: 'Administration page (`DirectoryQueries`, lists sorted already)', align: 'left' },
      { header: 'demo p50 µs', align: 'right' },
      { header: 'national p50 ms', align: 'right' },
      { header: 'national p99 ms', align: 'right' },
      { header: 'national ops/s', align: 'right' },
    ],
    pages.map(({ name, demo, national }) => [
      name,
      us(demo.p50Ms),
      ms(national.p50Ms),
      ms(national.p99Ms),
      count(Math.round(national.opsPerSecond)),
    ]),
  );

  const changeRow = (name: string, demo: number[], national: number[]) => [
    name,
    ms(median(demo)),
    ms(median(national)),
    ms(Math.max(...national)),
  ];
  const changeTable = markdownTable(
    [
      { header: `One change: a person renamed (${CHANGES} times)`, align: 'left' },
      { header: 'demo median ms', align: 'right' },
      { header: 'national median ms', align: 'right' },
      { header: 'national max ms', align: 'right' },
    ],
    [
      changeRow('`Directory.apply(event)`', changes.demo.apply, changes.national.apply),
      changeRow('the first `data` read after it: the five arrays rebuilt', changes.demo.data, changes.national.data),
      changeRow(
        'the first people page after it: `DirectoryQueries` sorts by name again',
        changes.demo.firstPage,
        changes.national.firstPage,
      ),
      changeRow('the next people page', changes.demo.nextPage, changes.national.nextPage),
      changeRow(
        '`DirectoryWriter.change`: decide, append one event (fsync), apply; demo and national in turn',
        writerChanges.demo,
        writerChanges.national,
      ),
    ],
  );

  const settings = [
    `start-up: each load in a new process (as \`node --expose-gc\`, which only adds the \`gc()\` the memory figures need), ${LOAD_RUNS} from the snapshot, ${PARTS_RUNS} of its steps and ${FOLD_RUNS} without a snapshot`,
    `lookups: ${ROUNDS} rounds of ${LOOKUP_MS} ms of calls back to back, demo and national in turn, garbage collected before each, the best round's ops/s and main-thread CPU time per call kept; then up to ${count(LATENCY_CALLS)} calls timed one by one for p50/p99 (which include about ${us(results.timerMs)} µs of the timer's own cost); keys cycle over up to 1,000 active entries spread over the directory`,
    `pages: the same with 2 rounds of ${PAGE_MS} ms`,
  ].join('; ');

  const costliest = lookups
    .filter((l) => l.results === undefined)
    .reduce((a, b) => (b.national.cpuMsPerCall > a.national.cpuMsPerCall ? b : a));
  const findings = [
    `- **Start-up from the snapshot** (${met(loadMet)}, ${ms(fromSnapshot)} ms): the snapshot is one row of gzip'd JSON (\`DirectorySnapshotRepository.load\`, ${mib(startUp.snapshotBytes)} MiB, kept out of line uncompressed by PostgreSQL since it is compressed already). Of a load, the query takes ${ms(parts.query)} ms (${ms(parts.queryCpu)} ms of it the client's CPU), gunzip ${ms(parts.unzip)} ms, \`JSON.parse\` ${ms(parts.parse)} ms and \`Directory.fromSnapshot\` ${ms(parts.construct)} ms (medians). The snapshot grows with the directory.`,
    `- **Snapshot writes**: \`LiveDirectory\` writes one once the directory has moved ${count(500)} changes past the stored one, when a catch-up is done (not after each page of a long one), under an advisory lock so that one process writes and the others skip; \`JSON.stringify\` of the whole directory runs on that process's event loop: ${ms(stringifyMs)} ms at national size (median), the gzip on the thread pool.`,
    `- **The administration list pages** (\`DirectoryQueries.people\`, \`.organisations\`) filter a per-version index (each entry with its lower-case name and its region), so a request does no region lookup and lower-cases no name: ${ms(page('people, first page (admin)').national.p50Ms)} ms for an admin's first people page, ${ms(page('people, first page (coordinator').national.p50Ms)} ms for a coordinator's, ${ms(page('people, search').national.p50Ms)} ms for a name search and ${ms(page('organisations, search').national.p50Ms)} ms for an organisation search (medians); a search still looks at every entry, so these grow with the directory.`,
    `- **After a change, the first list page builds the index again** (sorted by a Norwegian sort key, compared as plain strings): ${ms(median(changes.national.firstPage))} ms (median) for the first people page after a change, against ${ms(median(changes.national.nextPage))} ms for the next. \`Directory.data\` rebuilds its arrays after each change: ${ms(median(changes.national.data))} ms.`,
    `- **Per-request lookups stay map lookups**: at national size the costliest of them is ${costliest.name} at ${us(costliest.national.cpuMsPerCall)} µs of CPU per call (demo ${us(costliest.demo.cpuMsPerCall)} µs); larger maps miss the caches more, which is under a microsecond against a request's milliseconds. \`peopleOf(party)\` costs more per call because parties have more people, not more per person.`,
  ];

  return [
    '## Directory at national scale (`npm run bench:directory`)',
    '',
    `Generated by \`npm run bench:directory\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; rerun it rather than editing the figures.`,
    '',
    'Issue 16, point 6: a national directory of 10,000 organisations and 60,000 people imported as the directory sheet into a fresh embedded PostgreSQL, loaded as a process starts, and looked up per request against the demo directory. The directory is synthetic and deterministic (`bench/directory/national-directory.ts`): the 19 helsefellesskap of the four regions, invented kommuner with synthetic 4-digit numbers, parties (vendors, NHN, three pharmacy chains, an ICT provider and a working group per region), organisations of every type with valid unique organisation numbers and HER-ids, reporters with unique HPR numbers at every organisation, responders and coordinators, HelseID-like pseudonyms as usernames; 1 % of the reporters and 0.5 % of the organisations are listed as inactive, and 1 % of the GP offices have a switch of record system ahead. The demo directory is `DEMO_DIRECTORY`, with an HPR number given to each of its reporters (it has none) so that both resolve by HPR number.',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node.js ${machine.node}; ${postgres.version.split(' on ')[0]}, fsync=${postgres.fsync}, synchronous_commit=${postgres.synchronousCommit}; load average (1 min) when the run started: ${load.toFixed(2)} (other work on the machine is not stopped for the run: wall times count the waits for a core, CPU times do not).`,
    '',
    `Settings: ${settings}.`,
    '',
    '### Targets',
    '',
    targets,
    '',
    `A lookup counts as slower at national size when its CPU time per call (main thread, best round) is more than ${SLOWER_RATIO}× the demo's and more than ${SLOWER_ABSOLUTE_US} µs longer.`,
    '',
    '### The directory',
    '',
    sizes,
    '',
    `The import appends ${count(imported.events)} events (one per entry, and a deactivation for each inactive one); they take ${mib(startUp.eventTableBytes)} MiB in \`event_store.events\` with its indexes.`,
    '',
    '### Import',
    '',
    importTable,
    '',
    'CPU is this process’s (user + system), not PostgreSQL’s.',
    '',
    '### Start-up',
    '',
    startTable,
    '',
    partsTable,
    '',
    `The snapshot is ${mib(startUp.snapshotBytes)} MiB of gzip'd JSON (${mib(startUp.snapshotStoredBytes)} MiB as PostgreSQL stores it), at version ${count(startUp.snapshotVersion)}; \`JSON.stringify\` of it takes ${ms(stringifyMs)} ms.`,
    '',
    '### Memory',
    '',
    memoryTable,
    '',
    '### Lookups per request',
    '',
    lookupTable,
    '',
    lookups.map((l) => `${l.name}: ${l.note}.`).join(' '),
    '',
    pageTable,
    '',
    '### Changes',
    '',
    changeTable,
    '',
    '### What is slow in the directory code',
    '',
    ...findings,
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.argv[2] === CHILD_FLAG) return child(process.argv[3] as ChildMode);
  collectGarbage(); // fail early without --expose-gc
  const load = loadavg()[0] ?? 0;
  const started = performance.now();
  const results = await run();
  const machine = await describeMachine();
  const body = report(results, machine, load);
  console.log(`\n${body}\n`);
  await writeMarkdownSection('docs/benchmarks.md', 'bench:directory', body, 'Benchmarks');
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s; written to docs/benchmarks.md.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
