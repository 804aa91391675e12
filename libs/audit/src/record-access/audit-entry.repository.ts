import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditEntry } from './audit-entry';

export interface AuditFilter {
  /** A case id or reference. */
  readonly case?: string;
  readonly user?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Only entries recorded before this one (the previous page's last id). */
  readonly before?: string;
  readonly limit: number;
}

export interface StoredAuditEntry extends AuditEntry {
  readonly id: string;
}

interface AuditRow {
  id: string;
  at: Date;
  username: string;
  role: string;
  organisation: string | null;
  party: string | null;
  action: string;
  case_id: string | null;
  case_reference: string | null;
  subject: string | null;
  method: string;
  route: string;
  status: number;
}

interface PendingEntry {
  readonly entry: AuditEntry;
  readonly written: () => void;
  readonly failed: (error: unknown) => void;
}

/** audit.entries: appended to, read by admins; never changed (the table refuses it). */
@Injectable()
export class AuditEntryRepository {
  private readonly pending: PendingEntry[] = [];
  private writing = false;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Resolves once the entry is stored. Entries that arrive while a write runs go into the next one
   * together, in the order they arrived: one statement and one commit for all of them instead of one per
   * API call, which was a commit per report on top of the report's own.
   */
  append(entry: AuditEntry): Promise<void> {
    return new Promise((written, failed) => {
      this.pending.push({ entry, written, failed });
      if (!this.writing) void this.writePending();
    });
  }

  private async writePending(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        await this.insert(batch.map((p) => p.entry));
        for (const p of batch) p.written();
      } catch (error) {
        for (const p of batch) p.failed(error);
      }
    }
    this.writing = false;
  }

  private async insert(entries: readonly AuditEntry[]): Promise<void> {
    const column = <T>(value: (entry: AuditEntry) => T) => entries.map(value);
    await this.dataSource.query(
      `INSERT INTO audit.entries
         (at, username, role, organisation, party, action, case_id, case_reference, subject, method, route, status)
       SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                            $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[])`,
      [
        column((e) => e.at),
        column((e) => e.username),
        column((e) => e.role),
        column((e) => e.organisation ?? null),
        column((e) => e.party ?? null),
        column((e) => e.action),
        column((e) => e.caseId ?? null),
        column((e) => e.caseReference ?? null),
        column((e) => e.subject ?? null),
        column((e) => e.method),
        column((e) => e.route),
        column((e) => e.status),
      ],
    );
  }

  /** Newest first (in the order they were recorded), one page. */
  async list(filter: AuditFilter): Promise<StoredAuditEntry[]> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      conditions.push(condition(`$${values.length}`));
    };
    if (filter.case) where((p) => `(case_id = ${p} OR case_reference = ${p})`, filter.case);
    if (filter.user) where((p) => `username = ${p}`, filter.user);
    if (filter.from) where((p) => `at >= ${p}`, filter.from);
    if (filter.to) where((p) => `at < ${p}`, filter.to);
    if (filter.before) where((p) => `id < ${p}`, filter.before);
    values.push(filter.limit);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT * FROM audit.entries ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    return rows.map((row) => ({
      id: String(row.id),
      at: row.at,
      username: row.username,
      role: row.role,
      ...(row.organisation ? { organisation: row.organisation } : {}),
      ...(row.party ? { party: row.party } : {}),
      action: row.action,
      ...(row.case_id ? { caseId: row.case_id } : {}),
      ...(row.case_reference ? { caseReference: row.case_reference } : {}),
      ...(row.subject ? { subject: row.subject } : {}),
      method: row.method,
      route: row.route,
      status: row.status,
    }));
  }
}
