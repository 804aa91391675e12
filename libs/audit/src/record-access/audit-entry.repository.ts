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

/** audit.entries: appended to, read by admins; never changed (the table refuses it). */
@Injectable()
export class AuditEntryRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit.entries
         (at, username, role, organisation, party, action, case_id, case_reference, subject, method, route, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        entry.at,
        entry.username,
        entry.role,
        entry.organisation ?? null,
        entry.party ?? null,
        entry.action,
        entry.caseId ?? null,
        entry.caseReference ?? null,
        entry.subject ?? null,
        entry.method,
        entry.route,
        entry.status,
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
