import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { seedDemoYear } from '@lagspill/demo';
import { EventStore, type EventProcessor } from '@lagspill/event-store';
import {
  CaseFactsProjection,
  CaseStatusFeedProjection,
  IncidentDelivery,
  IncidentProjection,
  IndicatorRefresher,
  IndicatorSnapshotProjection,
} from '@lagspill/insights';
import { createHttpApp } from '@lagspill/platform';
import { withBenchPostgres } from '../support/bench-postgres';
import { summarizeLatencies, type LatencySummary } from '../support/latency';
import { devToken } from '../support/dev-token';
import { describeMachine } from '../support/machine';
import { writeMarkdownSection } from '../support/markdown-section';
import { markdownTable } from '../support/table';
import { benchModule } from './bench-module';
import { indicatorQueries, type IndicatorQuery } from './indicator-queries';

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const run = promisify(execFile);

interface SizeResult {
  readonly cases: number;
  readonly events: number;
  readonly seedSeconds: number;
  readonly replaySeconds: number;
  readonly refreshSeconds: number;
  readonly cells: number;
  readonly latencies: readonly {
    readonly query: IndicatorQuery;
    readonly requests: number;
    readonly latency: LatencySummary;
    readonly uncached: { readonly requests: number; readonly latency: LatencySummary };
  }[];
}

async function main(): Promise<void> {
  await withBenchPostgres(async (postgres) => {
    const url = await postgres.createDatabase('insights');
    const app = await createHttpApp(benchModule(url), 'lagspill-bench');
    await app.listen(0, '127.0.0.1');
    try {
      // Only the projection under test runs; the others would compete for the same two cores.
      for (const other of [
        CaseStatusFeedProjection,
        IncidentProjection,
        IncidentDelivery,
        IndicatorSnapshotProjection,
      ]) {
        await app.get<EventProcessor>(other).stop();
      }
      const results: SizeResult[] = [];
      let seeded = 0;
      for (const [round, size] of SIZES.entries()) {
        results.push(await measureSize(app, size, size - seeded, round));
        seeded = size;
      }
      await report(results, await postgres.describe());
    } finally {
      await app.close();
    }
  });
}

async function measureSize(app: INestApplication, total: number, more: number, round: number): Promise<SizeResult> {
  const store = app.get(EventStore);
  const facts = app.get(CaseFactsProjection);
  await facts.stop();
  console.log(`Seeding ${more} cases (to ${total})…`);
  const seedStarted = Date.now();
  await seedDemoYear(
    { store },
    {
      cases: more,
      months: 12,
      seed: `bench-${round}`,
      concurrency: 2,
      onProgress: (p) => {
        if (p.cases % 50_000 < 50) console.log(`  ${p.cases}/${p.total} cases, ${p.events} events`);
      },
    },
  );
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  const events = await count(store, `SELECT count(*) AS n FROM event_store.events`);

  console.log(`Cold replay of ${events} events…`);
  const replayStarted = Date.now();
  await facts.rebuild(3_600_000);
  const replaySeconds = (Date.now() - replayStarted) / 1000;

  console.log('Refreshing the indicator cells…');
  const refreshStarted = Date.now();
  await app.get(IndicatorRefresher).refresh(new Date());
  const refreshSeconds = (Date.now() - refreshStarted) / 1000;
  const cells = await count(store, `SELECT count(*) AS n FROM insights.indicator_cell`);

  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const latencies = [];
  for (const query of indicatorQueries(new Date())) {
    const token = await devToken(base, query.username);
    await hammer(base, query, token, 1, true); // warm-up
    console.log(`GET /api/indicators: ${query.name}…`);
    const uncached = await hammer(base, query, token, SECONDS, false);
    latencies.push({ query, ...(await hammer(base, query, token, SECONDS, true)), uncached });
  }
  return { cases: total, events, seedSeconds, replaySeconds, refreshSeconds, cells, latencies };
}

/**
 * `CONNECTIONS` clients, in a process of their own, asking one after the other for `seconds`. Cached:
 * the same request again and again (answers are kept until the next refresh). Uncached: the same
 * request for as many different date windows as the server keeps answers and more, asked in turn, so
 * that every answer is computed afresh.
 */
async function hammer(
  base: string,
  query: IndicatorQuery,
  token: string,
  seconds: number,
  cached: boolean,
): Promise<{ requests: number; latency: LatencySummary }> {
  const urls = cached
    ? [`${base}/api/indicators?${query.query}`]
    : Array.from(
        { length: 250 },
        (_, i) =>
          `${base}/api/indicators?${query.query.replace(/(from|to)=([\d-]+)/g, (_, name: string, date: string) => `${name}=${daysBefore(date, i)}`)}`,
      );
  const { stdout } = await run(process.execPath, [
    join(__dirname, 'indicator-client.js'),
    urls.join('\n'),
    token,
    String(seconds),
    String(CONNECTIONS),
  ]);
  const samples = JSON.parse(stdout) as number[];
  return { requests: samples.length, latency: summarizeLatencies(samples) };
}

/** The ISO date `days` before `date`: the same window, moved back. */
function daysBefore(date: string, days: number): string {
  const moved = new Date(date);
  moved.setUTCDate(moved.getUTCDate() - days);
  return moved.toISOString().slice(0, 10);
}

async function count(store: EventStore, sql: string): Promise<number> {
  return store.transaction(async (tx) => Number((await tx.sql.query<{ n: string }>(sql)).rows[0].n));
}

async function report(results: SizeResult[], postgres: { version: string; fsync: string; synchronousCommit: string }) {
  const machine = await describeMachine();
  const replay = markdownTable(
    [
      { header: 'Cases', align: 'right' },
      { header: 'Events', align: 'right' },
      { header: 'Seeding (s)', align: 'right' },
      { header: 'Cold replay (s)', align: 'right' },
      { header: 'Replay events/s', align: 'right' },
      { header: 'Cell refresh, whole year (s)', align: 'right' },
      { header: 'Cells', align: 'right' },
    ],
    results.map((r) => [
      r.cases.toLocaleString('en'),
      r.events.toLocaleString('en'),
      r.seedSeconds.toFixed(0),
      r.replaySeconds.toFixed(1),
      Math.round(r.events / r.replaySeconds).toLocaleString('en'),
      r.refreshSeconds.toFixed(1),
      r.cells.toLocaleString('en'),
    ]),
  );
  const latency = markdownTable(
    [
      { header: 'Cases', align: 'right' },
      { header: 'GET /api/indicators', align: 'left' },
      { header: 'computed: requests', align: 'right' },
      { header: 'p50 ms', align: 'right' },
      { header: 'p95 ms', align: 'right' },
      { header: 'p99 ms', align: 'right' },
      { header: 'kept: requests', align: 'right' },
      { header: 'p50 ms', align: 'right' },
      { header: 'p95 ms', align: 'right' },
    ],
    results.flatMap((r) =>
      r.latencies.map((l) => [
        r.cases.toLocaleString('en'),
        l.query.name,
        String(l.uncached.requests),
        l.uncached.latency.p50Ms.toFixed(1),
        l.uncached.latency.p95Ms.toFixed(1),
        l.uncached.latency.p99Ms.toFixed(1),
        String(l.requests),
        l.latency.p50Ms.toFixed(1),
        l.latency.p95Ms.toFixed(1),
      ]),
    ),
  );
  console.log(`\n${replay}\n\n${latency}\n`);
  const replayRates = results
    .map(
      (r) => `${Math.round(r.events / r.replaySeconds).toLocaleString('en')} at ${r.cases.toLocaleString('en')} cases`,
    )
    .join(', ');
  const largest = results[results.length - 1];
  const worst = (pick: (l: SizeResult['latencies'][number]) => number) =>
    Math.max(...largest.latencies.map(pick)).toFixed(1);
  await writeMarkdownSection(
    'docs/benchmarks.md',
    'bench:insights',
    [
      '## Insights: replay and indicator queries (`npm run bench:insights`)',
      '',
      `Generated by \`BENCH_SIZES=${SIZES.join(',')} BENCH_SECONDS=${SECONDS} npm run bench:insights\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; rerun it rather than editing the figures.`,
      '',
      `The insights context alone (HTTP, auth, event store, insights) on an embedded PostgreSQL with fsync on. Cases are a generated demo year (\`seedDemoYear\`: the Case decider, seasonality, rollout waves, a slow vendor, incidents), added up to each size. *Cold replay* throws the case-facts read model away and folds the whole log again (\`CaseFactsProjection.rebuild()\`, the same as \`npm run replay -- case-facts\`); *cell refresh* recomputes every indicator cell of the year from the facts. Latency: ${CONNECTIONS} clients in a separate process, each asking again as soon as it has its answer, for ${SECONDS} s per query after a warm-up, over HTTP with a bearer token; the server is one Node.js process. *Computed*: each request for another date range (250 in turn, more than the server keeps), so every answer is read from the cells and built afresh; *kept*: the same request again, answered from the answers the server keeps until the next refresh of the cells.`,
      '',
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node.js ${machine.node}; ${postgres.version.split(' on ')[0]}, fsync=${postgres.fsync}, synchronous_commit=${postgres.synchronousCommit}.`,
      '',
      replay,
      '',
      latency,
      '',
      `Targets: cold replay ≥ 20,000 events/s — measured **${replayRates}** events/s. GET p95 ≤ 100 ms at 1M cases — worst p95 at ${largest.cases.toLocaleString('en')} cases: **${worst((l) => l.uncached.latency.p95Ms)} ms** computed afresh, **${worst((l) => l.latency.p95Ms)} ms** kept.`,
    ].join('\n'),
    'Benchmarks',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
