import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { withBenchPostgres, type BenchPostgres } from '../support/bench-postgres';
import { describeMachine } from '../support/machine';
import { writeMarkdownSection } from '../support/markdown-section';
import { caseReportedBytes } from './case-reported';
import type { Contender } from './contender';
import { EmmettContender } from './emmett.contender';
import { LagspillContender } from './lagspill.contender';
import { describeScenario, measureScenario, type MeasureOptions, type Measurement, type Scenario } from './measure';
import { RawInsertContender } from './raw-insert.contender';
import { consoleReport, markdownSection, type AppendReport } from './report';

const SCENARIOS: readonly Scenario[] = [
  { writers: 1, batchSize: 1 },
  { writers: 1, batchSize: 10 },
  { writers: 8, batchSize: 1 },
  { writers: 8, batchSize: 10 },
];
const TARGET_SCENARIO: Scenario = { writers: 8, batchSize: 10 };
const DEFAULT_SECONDS = 9;
const ROUNDS = 3;
const WARM_UP_SECONDS = 1;
const STREAMS_PER_WRITER = 100;
// npm runs scripts from the repository root.
const DOCS_FILE = resolve('docs/benchmarks.md');

async function main(): Promise<void> {
  const options: MeasureOptions = {
    seconds: secondsPerMeasurement(),
    rounds: ROUNDS,
    warmUpSeconds: WARM_UP_SECONDS,
    streamsPerWriter: STREAMS_PER_WRITER,
  };
  const loadAverageBefore = loadavg()[0];
  await withBenchPostgres(async (postgres) => {
    const contenders: Contender[] = [];
    try {
      const raw = await prepare(contenders, postgres, 'bench_raw_insert', (url) => new RawInsertContender(url));
      const lagspill = await prepare(contenders, postgres, 'bench_lagspill', (url) => new LagspillContender(url));
      // Last, because creating it changes process-wide pg settings (see EmmettContender).
      const emmett = await prepare(contenders, postgres, 'bench_emmett', (url) => new EmmettContender(url));

      const report: AppendReport = {
        scenarios: SCENARIOS,
        contenders,
        measurements: await measureAll(contenders, options),
        subject: lagspill.name,
        targetScenario: TARGET_SCENARIO,
        targets: [
          { baseline: raw.name, minimum: 0.85 },
          { baseline: emmett.name, minimum: 1.5 },
        ],
      };
      console.log(consoleReport(report));

      const context = {
        command: `${process.env.BENCH_SECONDS ? `BENCH_SECONDS=${options.seconds} ` : ''}npm run bench:append`,
        date: new Date(),
        machine: await describeMachine(),
        loadAverageBefore,
        postgres: await postgres.describe(),
        options,
        eventBytes: caseReportedBytes(),
      };
      await writeMarkdownSection(DOCS_FILE, 'bench:append', markdownSection(report, context), 'Benchmarks');
      console.log(`\nWrote ${DOCS_FILE}`);
    } finally {
      await tearDown(contenders);
    }
  });
}

/** Creates the contender on a database of its own and sets it up; `contenders` collects it for tear-down. */
async function prepare<T extends Contender>(
  contenders: Contender[],
  postgres: BenchPostgres,
  database: string,
  create: (databaseUrl: string) => T,
): Promise<T> {
  const contender = create(await postgres.createDatabase(database));
  contenders.push(contender);
  await contender.setup();
  return contender;
}

async function measureAll(contenders: readonly Contender[], options: MeasureOptions): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const scenario of SCENARIOS) {
    console.error(`Measuring ${describeScenario(scenario)}…`);
    measurements.push(...(await measureScenario(contenders, scenario, options)));
  }
  return measurements;
}

async function tearDown(contenders: readonly Contender[]): Promise<void> {
  const results = await Promise.allSettled(contenders.map((contender) => contender.teardown()));
  for (const result of results) {
    if (result.status === 'rejected') console.error('Tear-down failed:', result.reason);
  }
}

function secondsPerMeasurement(): number {
  const configured = process.env.BENCH_SECONDS;
  if (configured === undefined) return DEFAULT_SECONDS;
  const seconds = Number(configured);
  if (!(seconds > 0)) throw new Error(`BENCH_SECONDS must be a positive number of seconds, not "${configured}"`);
  return seconds;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
