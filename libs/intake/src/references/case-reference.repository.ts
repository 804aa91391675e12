import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Numbers a process takes from the sequence at a time. A report then costs no round trip of its own for
 * its reference; a process that stops leaves the rest of its block unused (a gap, as a failed append
 * already leaves one).
 */
export const REFERENCE_BLOCK = 16;

/**
 * Hands out human case references, `PLL-<year>-<6 digits>`, from one database sequence: unique, and
 * ascending within a process (across processes they interleave by block).
 */
@Injectable()
export class CaseReferenceSequence {
  private readonly taken: bigint[] = [];
  private refilling: Promise<void> | undefined;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async next(at: string): Promise<string> {
    for (;;) {
      const n = this.taken.shift();
      if (n !== undefined) return referenceOf(at, String(n));
      // Every caller that finds the block empty waits for the same refill.
      this.refilling ??= this.numbers(REFERENCE_BLOCK)
        .then((numbers) => void this.taken.push(...numbers))
        .finally(() => (this.refilling = undefined));
      await this.refilling;
    }
  }

  /** References for many cases in one round trip, ascending in the order of `ats` (bulk seeding). */
  async nextMany(ats: readonly string[]): Promise<string[]> {
    if (ats.length === 0) return [];
    const numbers = await this.numbers(ats.length);
    return ats.map((at, i) => referenceOf(at, String(numbers[i])));
  }

  /** Whether any reference was ever handed out, i.e. any case reported. */
  async anyIssued(): Promise<boolean> {
    const [{ used }] = await this.dataSource.query<{ used: boolean }[]>(
      `SELECT is_called AS used FROM intake.case_reference_seq`,
    );
    return used;
  }

  /** `count` new numbers from the sequence, ascending. */
  private async numbers(count: number): Promise<bigint[]> {
    const rows = await this.dataSource.query<{ n: string }[]>(
      `SELECT nextval('intake.case_reference_seq')::text AS n FROM generate_series(1, $1)`,
      [count],
    );
    return rows.map((r) => BigInt(r.n)).sort((a, b) => (a < b ? -1 : 1));
  }
}

function referenceOf(at: string, n: string): string {
  return `PLL-${at.slice(0, 4)}-${n.padStart(6, '0')}`;
}
