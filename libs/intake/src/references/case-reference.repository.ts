import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Hands out human case references, `PLL-<year>-<6 digits>`, from one database sequence. */
@Injectable()
export class CaseReferenceSequence {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async next(at: string): Promise<string> {
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(`SELECT nextval('intake.case_reference_seq') AS n`);
    return `PLL-${at.slice(0, 4)}-${n.padStart(6, '0')}`;
  }

  /** Whether any reference was ever handed out, i.e. any case reported. */
  async anyIssued(): Promise<boolean> {
    const [{ used }] = await this.dataSource.query<{ used: boolean }[]>(
      `SELECT is_called AS used FROM intake.case_reference_seq`,
    );
    return used;
  }
}
