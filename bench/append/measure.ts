import { performance } from 'node:perf_hooks';
import { summarizeLatencies, type LatencySummary } from '../support/latency';
import { caseReportedBatch } from './case-reported';
import type { Contender } from './contender';
import { Writer } from './writer';

export interface Scenario {
  readonly writers: number;
  readonly batchSize: number;
}

export interface MeasureOptions {
  /** Measured time per scenario and contender, split over the rounds. */
  readonly seconds: number;
  readonly rounds: number;
  readonly warmUpSeconds: number;
  readonly streamsPerWriter: number;
}

export interface Measurement {
  readonly scenario: Scenario;
  readonly contender: string;
  readonly events: number;
  readonly appends: number;
  readonly seconds: number;
  readonly latency: LatencySummary;
}

/**
 * Measures `scenario` for every contender. After a warm-up, the contenders take turns in rounds, in an
 * order that rotates from round to round, so that a disturbance such as a checkpoint does not fall on
 * one contender only and none always runs first.
 */
export async function measureScenario(
  contenders: readonly Contender[],
  scenario: Scenario,
  options: MeasureOptions,
): Promise<Measurement[]> {
  const runs = contenders.map((contender) => new ContenderRun(contender, scenario, options.streamsPerWriter));
  for (const run of runs) await run.warmUp(options.warmUpSeconds);
  for (let round = 0; round < options.rounds; round++) {
    for (const run of rotate(runs, round)) await run.measureFor(options.seconds / options.rounds);
  }
  return runs.map((run) => run.measurement());
}

export function describeScenario({ writers, batchSize }: Scenario): string {
  return `${writers} writer${writers === 1 ? '' : 's'} × ${batchSize} event${batchSize === 1 ? '' : 's'}`;
}

/** One contender's writers in one scenario, with what has been measured of them so far. */
class ContenderRun {
  private readonly writers: Writer[];
  private readonly latencies: number[] = [];
  private seconds = 0;

  constructor(
    private readonly contender: Contender,
    private readonly scenario: Scenario,
    streamsPerWriter: number,
  ) {
    this.writers = createWriters(scenario, streamsPerWriter);
  }

  /** Appends for at least `seconds` and until every stream exists; nothing is recorded. */
  async warmUp(seconds: number): Promise<void> {
    const end = performance.now() + seconds * 1000;
    await this.appendUntil((writer) => writer.hasCreatedAllStreams && performance.now() >= end);
  }

  async measureFor(seconds: number): Promise<void> {
    const started = performance.now();
    const end = started + seconds * 1000;
    this.latencies.push(...(await this.appendUntil(() => performance.now() >= end)));
    this.seconds += (performance.now() - started) / 1000;
  }

  measurement(): Measurement {
    return {
      scenario: this.scenario,
      contender: this.contender.name,
      events: this.latencies.length * this.scenario.batchSize,
      appends: this.latencies.length,
      seconds: this.seconds,
      latency: summarizeLatencies(this.latencies),
    };
  }

  /** Lets every writer append batches back to back until `isDone(writer)`; returns each append's latency in ms. */
  private async appendUntil(isDone: (writer: Writer) => boolean): Promise<number[]> {
    const latencies: number[] = [];
    await Promise.all(
      this.writers.map(async (writer) => {
        while (!isDone(writer)) {
          const batch = caseReportedBatch(this.scenario.batchSize);
          const started = performance.now();
          await this.contender.append(writer, batch);
          latencies.push(performance.now() - started);
          writer.advance(batch.length);
        }
      }),
    );
    return latencies;
  }
}

// Stream ids carry the scenario, so that every scenario starts from new streams in the same database.
function createWriters({ writers, batchSize }: Scenario, streamsPerWriter: number): Writer[] {
  return Array.from(
    { length: writers },
    (_, writer) =>
      new Writer(Array.from({ length: streamsPerWriter }, (_, n) => `case-${writers}x${batchSize}-w${writer}-${n}`)),
  );
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
