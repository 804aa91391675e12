import { Injectable } from '@nestjs/common';
import type { CaseEvent, SlaKind } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';

/** A case whose clock has run out for the party it is with. */
export interface DueClock {
  readonly caseId: string;
  readonly party: string;
  readonly kind: SlaKind;
  readonly dueAt: string;
}

/** The case events that move an SLA clock. */
export const CLOCK_EVENT_TYPES = [
  'case.routed',
  'case.acknowledged',
  'case.information-requested',
  'case.information-provided',
  'case.forwarded',
  'case.resolved',
  'case.reopened',
  'case.closed',
  'case.sla-breached',
] as const satisfies readonly CaseEvent['type'][];

const DUE_LIMIT = 500;

/** SQL of `routing.case_clock`: what the clock projection writes and the sweeper reads. */
@Injectable()
export class CaseClockRepository {
  /** Applies one case event to its case's clock, inside the caller's transaction. */
  async apply(sql: SqlExecutor, caseId: string, event: CaseEvent): Promise<void> {
    switch (event.type) {
      case 'case.routed':
      case 'case.forwarded': {
        const party = event.type === 'case.routed' ? event.data.party : event.data.to;
        await sql.query(
          `INSERT INTO routing.case_clock AS c
             (case_id, party, first_response_due_at, resolution_due_at, responded, paused, status, resume_status)
           VALUES ($1, $2, $3, $4, false, false, 'routed', NULL)
           ON CONFLICT (case_id) DO UPDATE SET
             party = excluded.party, first_response_due_at = excluded.first_response_due_at,
             resolution_due_at = excluded.resolution_due_at, responded = false, paused = false,
             status = 'routed', resume_status = NULL, updated_at = now()`,
          [caseId, party, event.data.firstResponseDueAt, event.data.resolutionDueAt],
        );
        return;
      }
      case 'case.acknowledged':
        return this.update(sql, caseId, `status = 'acknowledged', responded = true`);
      case 'case.information-requested':
        // The right-hand sides see the row as it was, so resume_status keeps the status before the pause.
        return this.update(
          sql,
          caseId,
          `status = 'awaiting-information', resume_status = status, paused = true, responded = true`,
        );
      case 'case.information-provided':
        return this.update(
          sql,
          caseId,
          `status = coalesce(resume_status, 'routed'), resume_status = NULL, paused = false,
           first_response_due_at = $2, resolution_due_at = $3`,
          [event.data.firstResponseDueAt, event.data.resolutionDueAt],
        );
      case 'case.resolved':
        return this.update(sql, caseId, `status = 'resolved', responded = true, paused = false, resume_status = NULL`);
      case 'case.reopened':
        return this.update(sql, caseId, `status = 'routed', resolution_due_at = $2`, [event.data.resolutionDueAt]);
      case 'case.closed':
        return this.update(sql, caseId, `status = 'closed', paused = false, resume_status = NULL`);
      case 'case.sla-breached':
        return this.update(sql, caseId, `breaches = array_append(breaches, $2)`, [
          `${event.data.party}:${event.data.kind}`,
        ]);
      default:
        return;
    }
  }

  /**
   * Clocks of open, running cases that have passed their due time and have no breach recorded for
   * their party yet: first response while unanswered, resolution always. Earliest due first.
   */
  async findDue(sql: SqlExecutor, now: Date, limit = DUE_LIMIT): Promise<DueClock[]> {
    const { rows } = await sql.query<{ case_id: string; party: string; kind: SlaKind; due_at: Date }>(
      `SELECT case_id, party, kind, due_at FROM (
         SELECT case_id, party, 'first-response' AS kind, first_response_due_at AS due_at
           FROM routing.case_clock
          WHERE status IN ('routed', 'acknowledged') AND NOT paused AND NOT responded
            AND first_response_due_at <= $1 AND NOT (party || ':first-response') = ANY (breaches)
         UNION ALL
         SELECT case_id, party, 'resolution', resolution_due_at
           FROM routing.case_clock
          WHERE status IN ('routed', 'acknowledged') AND NOT paused
            AND resolution_due_at <= $1 AND NOT (party || ':resolution') = ANY (breaches)
       ) due
       ORDER BY due_at, case_id, kind
       LIMIT $2`,
      [now.toISOString(), limit],
    );
    return rows.map((r) => ({ caseId: r.case_id, party: r.party, kind: r.kind, dueAt: r.due_at.toISOString() }));
  }

  private async update(sql: SqlExecutor, caseId: string, set: string, values: unknown[] = []): Promise<void> {
    await sql.query(`UPDATE routing.case_clock SET ${set}, updated_at = now() WHERE case_id = $1`, [caseId, ...values]);
  }
}
