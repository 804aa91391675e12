import { Inject, Injectable } from '@nestjs/common';
import type { CaseReportedData } from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

/** A reported case as routing sees it: enough to route it again, no free text. */
export interface ReportedCase {
  readonly caseId: string;
  readonly reference: string;
  readonly category: string;
  readonly subcategory: string;
  readonly organisation: string;
  readonly system: { readonly vendor: string };
  readonly concerns?: string;
  readonly reportedAt: string;
}

/** SQL of `routing.reported_case`: written by ReportedCaseProjection, read by the dry run. */
@Injectable()
export class ReportedCaseRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Records a batch of reports in one statement, in the projection's transaction; a report seen again changes nothing. */
  async record(sql: SqlExecutor, reports: readonly CaseReportedData[]): Promise<void> {
    if (reports.length === 0) return;
    const column = <T>(value: (report: CaseReportedData) => T) => reports.map(value);
    await sql.query(
      `INSERT INTO routing.reported_case
         (case_id, reference, category, subcategory, organisation, system_vendor, concerns, reported_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::timestamptz[])
       ON CONFLICT (case_id) DO NOTHING`,
      [
        column((r) => r.caseId),
        column((r) => r.reference),
        column((r) => r.category),
        column((r) => r.subcategory),
        column((r) => r.reporter.organisation),
        column((r) => r.system.vendor),
        column((r) => r.concerns ?? null),
        column((r) => r.reportedAt),
      ],
    );
  }

  /** The cases these organisations reported from `from` up to `to`, newest first. */
  async reportedBetween(from: Date, to: Date, organisations: readonly string[]): Promise<ReportedCase[]> {
    const { rows } = await this.store.sql.query<{
      case_id: string;
      reference: string;
      category: string;
      subcategory: string;
      organisation: string;
      system_vendor: string;
      concerns: string | null;
      reported_at: Date;
    }>(
      `SELECT case_id, reference, category, subcategory, organisation, system_vendor, concerns, reported_at
         FROM routing.reported_case
        WHERE reported_at >= $1 AND reported_at <= $2 AND organisation = ANY($3::text[])
        ORDER BY reported_at DESC, case_id DESC`,
      [from.toISOString(), to.toISOString(), organisations],
    );
    return rows.map((row) => ({
      caseId: row.case_id,
      reference: row.reference,
      category: row.category,
      subcategory: row.subcategory,
      organisation: row.organisation,
      system: { vendor: row.system_vendor },
      ...(row.concerns === null ? {} : { concerns: row.concerns }),
      reportedAt: row.reported_at.toISOString(),
    }));
  }
}
