import 'reflect-metadata';
import { loadavg } from 'node:os';
import { Module, type DynamicModule } from '@nestjs/common';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { createHttpApp, DatabaseConnection, loadConfig } from '@lagspill/platform';
import { LagspillModule } from '../../apps/lagspill/src/lagspill.module';
import { withBenchPostgres } from '../support/bench-postgres';
import { devToken } from '../support/dev-token';
import { describeMachine } from '../support/machine';
import { writeMarkdownSection } from '../support/markdown-section';
import { markdownTable } from '../support/table';
import { BareInsertController } from './bare-insert.controller';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = 2;
/** The steady intake rate at which the report endpoint's p99 is measured (target: ≤ 50 ms). */
const PACED_RATE = 300;
/** BENCH_STATEMENTS=1: load pg_stat_statements and print what the database did per report at the paced rate. */
const STATEMENTS = process.env.BENCH_STATEMENTS === '1';

const REPORT = JSON.stringify({
  category: 'sfm',
  subcategory: 'sync',
  title: 'PLL oppdateres ikke etter endring i SFM',
  description:
    'Etter at legen endret doseringen i SFM ble ikke PLL sendt. Journalen viser gammel versjon av listen, ' +
    'og apoteket har fått en annen. Feilen kom etter oppdatering i går. TraceID oppgitt under.',
  occurredAt: '2026-11-20T09:30:00Z',
  multidoseMode: 'electronic',
  harm: 'near-miss',
  scope: { multiplePatients: true, multipleOrganisations: false },
  technical: { traceId: '4f1c9a77-2b1e-4c55-9f0a-7d9a1e3b2c10' },
});

@Module({ controllers: [BareInsertController] })
class BenchModule {}

interface Target {
  readonly name: string;
  readonly path: string;
  readonly body?: string;
  readonly token?: string;
}

interface Result {
  readonly target: string;
  readonly requests: number;
  readonly seconds: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly p50: number;
  readonly p99: number;
  /** This process's CPU time (the app and autocannon) until the subscriptions had handled the load. */
  readonly cpuMs: number;
}

async function main(): Promise<void> {
  const loadAverage = loadavg()[0];
  await withBenchPostgres(
    async (postgres) => {
      const url = await postgres.createDatabase('intake');
      const config = loadConfig({ LOG_LEVEL: 'warn', DATABASE_URL: url, LAGSPILL_DEV_LOGIN: 'true', PORT: '0' });
      const root: DynamicModule = {
        module: class IntakeBenchRoot {},
        imports: [LagspillModule.forRoot({ config, connection: new DatabaseConnection(url, false) }), BenchModule],
      };
      const app = await createHttpApp(root, 'lagspill-bench');
      await app.listen(0, '127.0.0.1');
      try {
        const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
        const database = app.get(DataSource);
        await database.query(
          `CREATE TABLE bench_bare (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload jsonb NOT NULL)`,
        );
        if (STATEMENTS) await database.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
        const token = await devToken(base, 'lege.cgm');
        const targets: Target[] = [
          { name: 'POST /api/reports', path: '/api/reports', body: REPORT, token },
          { name: 'POST /bench/bare-insert (one INSERT)', path: '/bench/bare-insert', body: '{}' },
        ];
        for (const target of targets) await load(base, database, target, 2); // warm-up
        const results = new Map<string, Result[]>();
        for (let round = 0; round < ROUNDS; round++) {
          for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
            console.log(`Measuring ${target.name} (round ${round + 1})…`);
            results.set(target.name, [
              ...(results.get(target.name) ?? []),
              await load(base, database, target, SECONDS / ROUNDS),
            ]);
          }
        }
        console.log(`Measuring ${targets[0].name} at ${PACED_RATE}/s…`);
        if (STATEMENTS) await database.query(`SELECT pg_stat_statements_reset()`);
        const reportedBefore = await reportsStored(database);
        const paced = await load(base, database, targets[0], SECONDS / ROUNDS, PACED_RATE);
        if (STATEMENTS) await printStatements(database, (await reportsStored(database)) - reportedBefore);
        await report([...results.values()].map(combine), paced, await postgres.describe(), loadAverage);
      } finally {
        await app.close();
      }
    },
    STATEMENTS ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' } : {},
  );
}

/** Counted in the log: autocannon does not count the requests still in flight when its time is up. */
async function reportsStored(database: DataSource): Promise<number> {
  const [{ n }] = await database.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM event_store.events WHERE event_type = 'case.reported'`,
  );
  return n;
}

/** The statements the database ran during the paced run, per report, the costliest first. */
async function printStatements(database: DataSource, reports: number): Promise<void> {
  const rows = await database.query<{ calls: string; ms: number; rows: string; query: string }[]>(
    `SELECT calls::text, total_exec_time AS ms, rows::text, regexp_replace(query, '\\s+', ' ', 'g') AS query
     FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 40`,
  );
  console.log(`\nStatements per report (${reports} reports):`);
  for (const row of rows) {
    const perReport = (n: number) => (n / reports).toFixed(2);
    console.log(
      `${perReport(Number(row.calls))} calls  ${perReport(row.ms)} ms  ${perReport(Number(row.rows))} rows  ${row.query.slice(0, 160)}`,
    );
  }
}

/** Closed loop (each connection sends again once answered), or open loop at `rate` requests/s. */
async function load(
  base: string,
  database: DataSource,
  target: Target,
  seconds: number,
  rate?: number,
): Promise<Result> {
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: `${base}${target.path}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    headers: {
      'content-type': 'application/json',
      ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
    },
    body: target.body,
  });
  await subscriptionsCaughtUp(database);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    target: target.name,
    requests: result['2xx'],
    seconds: result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** Waits until every subscription's checkpoint has reached the last event, so a load pays for its processors. */
async function subscriptionsCaughtUp(database: DataSource): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const [{ behind }] = await database.query<{ behind: number }[]>(
      `SELECT count(*)::int AS behind FROM event_store.subscriptions s,
         (SELECT transaction_id, global_position FROM event_store.events
           ORDER BY transaction_id DESC, global_position DESC LIMIT 1) head
       WHERE (s.transaction_id, s.global_position) < (head.transaction_id, head.global_position)`,
    );
    if (behind === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** CPU time of the app and the load generator in one process, handling included, per 2xx answer. */
function cpuPerRequest(result: Result): number {
  return result.cpuMs / Math.max(1, result.requests);
}

/** Rounds add up: requests over total time; latency percentiles as the worse of the rounds. */
function combine(rounds: Result[]): Result {
  return {
    target: rounds[0].target,
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    seconds: rounds.reduce((n, r) => n + r.seconds, 0),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    p50: Math.max(...rounds.map((r) => r.p50)),
    p99: Math.max(...rounds.map((r) => r.p99)),
    cpuMs: rounds.reduce((n, r) => n + r.cpuMs, 0),
  };
}

async function report(
  results: Result[],
  paced: Result,
  postgres: { version: string; fsync: string; synchronousCommit: string },
  loadAverage: number,
): Promise<void> {
  const machine = await describeMachine();
  const table = markdownTable(
    [
      { header: 'Endpoint', align: 'left' },
      { header: 'requests/s (2xx)', align: 'right' },
      { header: 'p50 ms', align: 'right' },
      { header: 'p99 ms', align: 'right' },
      { header: 'non-2xx', align: 'right' },
      { header: 'errors', align: 'right' },
      { header: 'Node CPU ms per request', align: 'right' },
    ],
    results.map((r) => [
      r.target,
      (r.requests / r.seconds).toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      String(r.non2xx),
      String(r.errors),
      cpuPerRequest(r).toFixed(2),
    ]),
  );
  const [reports, bare] = results;
  const ratio = reports.requests / reports.seconds / (bare.requests / bare.seconds);
  const cpuRatio = cpuPerRequest(bare) / cpuPerRequest(reports);
  const pacedLine =
    `At a steady ${PACED_RATE} reports/s (${(paced.requests / paced.seconds).toFixed(0)} answered 2xx a second, ` +
    `${paced.non2xx + paced.errors} failed): p50 ${paced.p50.toFixed(1)} ms, **p99 ${paced.p99.toFixed(1)} ms**.`;
  const cpuLine = `Counted in Node.js CPU time per request (handling by the subscriptions included), which other work on the machine inflates less, it is at ${cpuRatio.toFixed(2)}× the bare endpoint.`;
  console.log(
    `\n${table}\n\nPOST /api/reports runs at ${ratio.toFixed(2)}× the bare INSERT endpoint.\n${cpuLine}\n${pacedLine}\n`,
  );
  await writeMarkdownSection(
    'docs/benchmarks.md',
    'bench:intake',
    [
      '## Report intake over HTTP (`npm run bench:intake`)',
      '',
      `Generated by \`BENCH_SECONDS=${SECONDS} npm run bench:intake\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; rerun it rather than editing the figures.`,
      '',
      `The all-in-one app (every context running, routing and projections included) on an embedded PostgreSQL with fsync on, in the benchmark's own process; autocannon with ${CONNECTIONS} connections, each sending its next request as soon as it has an answer, ${SECONDS} s per endpoint in ${ROUNDS} alternating rounds after a warm-up; then ${SECONDS / ROUNDS} s of reports sent at a steady ${PACED_RATE} a second, for their latency. \`POST /api/reports\` is the real intake (bearer token verified, body validated, text screened, reference taken, \`case.reported\` appended); the bare endpoint is a controller in the same app that does one INSERT of a small JSON row and nothing else.`,
      '',
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node.js ${machine.node}; ${postgres.version.split(' on ')[0]}, fsync=${postgres.fsync}, synchronous_commit=${postgres.synchronousCommit}; load average (1 min) when the run started: ${loadAverage.toFixed(2)} (other work on the machine is not stopped for the run).`,
      '',
      table,
      '',
      `\`POST /api/reports\` runs at **${ratio.toFixed(2)}×** the throughput of the bare INSERT endpoint (target ≥ 0.5×). ${cpuLine}`,
      '',
      `${pacedLine} (target ≤ 50 ms)`,
    ].join('\n'),
    'Benchmarks',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
