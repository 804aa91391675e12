import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { parseArgs } from 'node:util';
import { DEMO_DIRECTORY, DirectoryModule } from '@lagspill/directory';
import { DEFAULT_DEMO_YEAR_SEED, seedDemoYear, type DemoYearSummary, type SeedProgress } from '@lagspill/demo';
import { EventStore, EventStoreModule } from '@lagspill/event-store';
import { CaseReferenceSequence, IntakeModule } from '@lagspill/intake';
import { DatabaseConnection, PlatformModule, TextScreener, type PlatformContext } from '@lagspill/platform';
import { LAGSPILL_MIGRATIONS } from '../apps/lagspill/src/lagspill.contexts';
import { withDatabase } from './support/with-database';

/**
 * Seeds a realistic demo year through the real domain: `npm run seed:demo -- --cases 20000 --months 12`.
 * Uses DATABASE_URL, or the embedded PostgreSQL under LAGSPILL_DATA_DIR (left running if this script
 * found it running), and migrates a fresh database as the application does. Only the event log is
 * written: the router, SLA sweeper and projections are not started here; the application catches up
 * from the log when it starts.
 */
const USAGE = `usage: npm run seed:demo -- [--cases N] [--months M] [--seed S] [--concurrency C]
  --cases N        cases in all (default 20000)
  --months M       months back from now the year starts (default 12)
  --seed S         same seed, same kind of year (default ${DEFAULT_DEMO_YEAR_SEED})
  --concurrency C  transactions written at the same time (default 4)
`;

interface SeedArguments {
  readonly cases: number;
  readonly months: number;
  readonly seed: string;
  readonly concurrency: number;
}

/** Just what seeding needs: the database (migrated), the directory, the event store and intake's references. */
@Module({})
class SeedDemoModule {
  static forRoot(context: PlatformContext, poolSize: number): DynamicModule {
    return {
      module: SeedDemoModule,
      imports: [
        // The application's own migrations, so a fresh database works.
        PlatformModule.forRoot(context, { migrations: LAGSPILL_MIGRATIONS }),
        // The demo year is played by the demo directory's people: it is loaded when the directory is empty.
        DirectoryModule.forRoot({ demo: DEMO_DIRECTORY }),
        EventStoreModule.forRootAsync({
          inject: [DatabaseConnection],
          useFactory: (connection: DatabaseConnection) => ({ connectionString: connection.url, poolSize }),
        }),
        IntakeModule,
      ],
    };
  }
}

async function main(): Promise<number> {
  let args: SeedArguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`seed:demo: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 64; // EX_USAGE
  }
  return withDatabase(
    'seed:demo',
    (context) => SeedDemoModule.forRoot(context, Math.max(context.config.DATABASE_POOL_SIZE, args.concurrency + 1)),
    async (app) => {
      const bar = new ProgressBar(process.stderr);
      const summary = await seedDemoYear(
        {
          store: app.get(EventStore),
          screener: app.get(TextScreener),
          references: app.get(CaseReferenceSequence),
        },
        { ...args, onProgress: (progress) => bar.show(progress) },
      );
      bar.end();
      process.stdout.write(describe(summary, args));
      return 0;
    },
  );
}

function parseArguments(argv: string[]): SeedArguments {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string', default: '20000' },
      months: { type: 'string', default: '12' },
      seed: { type: 'string', default: DEFAULT_DEMO_YEAR_SEED },
      concurrency: { type: 'string', default: '4' },
    },
    strict: true,
  });
  const whole = (name: 'cases' | 'months' | 'concurrency', min: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return value;
  };
  return {
    cases: whole('cases', 0),
    months: whole('months', 1),
    seed: values.seed,
    concurrency: whole('concurrency', 1),
  };
}

/** One line on stderr, redrawn with `\r` on a terminal; every tenth on its own line otherwise (CI logs). */
class ProgressBar {
  private shownAt = 0;
  private tenth = -1;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  show(progress: SeedProgress): void {
    const done = progress.cases >= progress.total;
    if (this.stream.isTTY) {
      if (!done && Date.now() - this.shownAt < 100) return;
      this.shownAt = Date.now();
      this.stream.write(`\r${line(progress)}`);
      return;
    }
    const tenth = Math.floor((progress.cases / Math.max(1, progress.total)) * 10);
    if (tenth === this.tenth) return;
    this.tenth = tenth;
    this.stream.write(`${line(progress)}\n`);
  }

  end(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}

function line({ cases, total, elapsedMs }: SeedProgress): string {
  const width = 30;
  const share = total === 0 ? 1 : cases / total;
  const filled = Math.round(share * width);
  const perSecond = elapsedMs > 0 ? (cases / elapsedMs) * 1000 : 0;
  const eta = perSecond > 0 ? Math.ceil((total - cases) / perSecond) : undefined;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ` +
    `${cases}/${total} cases · ${Math.round(perSecond)} cases/s · ETA ${eta === undefined ? '?' : `${eta} s`}   `
  );
}

function describe(summary: DemoYearSummary, args: SeedArguments): string {
  const seconds = summary.elapsedMs / 1000;
  const rate = (n: number) => Math.round(n / Math.max(seconds, 0.001)).toLocaleString('en');
  const counts = (record: Readonly<Record<string, number | undefined>>) =>
    Object.entries(record)
      .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  return [
    `seeded ${summary.cases} cases, ${summary.events} events in ${seconds.toFixed(1)} s: ` +
      `${rate(summary.cases)} cases/s, ${rate(summary.events)} events/s`,
    `year ${summary.start.slice(0, 10)} – ${summary.now.slice(0, 10)} (${args.months} months), seed ${args.seed}, ` +
      `concurrency ${args.concurrency}`,
    `per status: ${counts(summary.byStatus)}`,
    `per party: ${counts(summary.byParty)}`,
    `SLA breaches recorded: ${summary.breaches}`,
    ...summary.incidents.map((i) => `incident ${i.kind}: ${i.cases} cases from ${i.organisations} organisations`),
    '',
  ].join('\n');
}

void main().then((code) => process.exit(code));
