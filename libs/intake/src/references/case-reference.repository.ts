import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Hands out human case references, `PLL-<year>-<6 digits>`, from one database sequence. */
@Injectable()
export class CaseReferenceSequence {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async next(at: string): Promise<string> {
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(`SELECT nextval('intake.case_reference_seq') AS n`);
    return referenceOf(at, n);
  }

  /** References for many cases in one round trip, ascending in the order of `ats` (bulk seeding). */
  async nextMany(ats: readonly string[]): Promise<string[]> {
    if (ats.length === 0) return [];
    const rows = await this.dataSource.query<{ n: string }[]>(
      `SELECT nextval('intake.case_reference_seq')::text AS n FROM generate_series(1, $1)`,
      [ats.length],
    );
    const numbers = rows.map((r) => BigInt(r.n)).sort((a, b) => (a < b ? -1 : 1));
    return ats.map((at, i) => referenceOf(at, String(numbers[i])));
  }

  /** Whether any reference was ever handed out, i.e. any case reported. */
  async anyIssued(): Promise<boolean> {
    const [{ used }] = await this.dataSource.query<{ used: boolean }[]>(
      `SELECT is_called AS used FROM intake.case_reference_seq`,
    );
    return used;
  }
}

function referenceOf(at: string, n: string): string {
  return `PLL-${at.slice(0, 4)}-${n.padStart(6, '0')}`;
}
