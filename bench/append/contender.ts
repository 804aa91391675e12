import type { CaseReported } from './case-reported';
import type { Writer } from './writer';

/** One way of appending events to PostgreSQL, set up in a database of its own. */
export interface Contender {
  readonly name: string;
  /** What is appended how, for the report. */
  readonly description: string;
  /** Creates the schema. Not timed. */
  setup(): Promise<void>;
  /** Appends `batch` to the writer's current stream, expecting the stream at the writer's version. */
  append(writer: Writer, batch: readonly CaseReported[]): Promise<void>;
  teardown(): Promise<void>;
}
