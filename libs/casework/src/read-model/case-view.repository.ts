import { Inject, Injectable } from '@nestjs/common';
import {
  holderOfViewer,
  organisationHolder,
  type CaseAudience,
  type CaseDocument,
  type CaseStatus,
  type Viewer,
} from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';
import type { CaseViewRow } from './case-view-row';

/** The orders of the case list: newest reported first, or soonest due first. */
export const CASE_LIST_SORTS = ['reported', 'due'] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

/** Where a page of the list ended: the last case's sort key and id, for the order it was listed in. */
export type CaseListPosition =
  | { readonly sort: 'reported'; readonly reportedAt: string; readonly id: string }
  | { readonly sort: 'due'; readonly dueAt: string | null; readonly id: string };

/**
 * The sort=due key: the due time, a case without one as due never (so last). The index
 * case_view_party_due (CaseViewDueAt1796083200000) is on this very expression.
 */
const DUE_KEY = `COALESCE(c.due_at, CAST('infinity' AS timestamptz))`;

export interface CaseListFilter {
  /** Any of these statuses (an empty list matches nothing). */
  readonly statuses?: readonly CaseStatus[];
  readonly category?: string;
  readonly party?: string;
  readonly helsefellesskap?: string;
  /** Only what this person follows, and what their party or organisation held before (case-following.ts). */
  readonly following?: { readonly username: string };
  readonly q?: string;
  /** reported_at >= from */
  readonly from?: Date;
  /** reported_at < toExclusive */
  readonly toExclusive?: Date;
  /** `reported` (the default): newest first, then by id descending; `due`: soonest due first, then by id. */
  readonly sort?: CaseListSort;
  /** Keyset: the cases after this one in the list's order (a position of that same order). */
  readonly after?: CaseListPosition;
  readonly limit: number;
}

/**
 * `casework.case_view`: written by CaseViewProjection in its transaction; every read is scoped in SQL to
 * what the viewer may see.
 */
@Injectable()
export class CaseViewRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** The stored documents of these cases, by id; a case not in the read model yet is absent. */
  async documents(sql: SqlExecutor, ids: readonly string[]): Promise<Map<string, CaseDocument>> {
    const { rows } = await sql.query<{ id: string; document: CaseDocument }>(
      `SELECT id, document FROM casework.case_view WHERE id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.document]));
  }

  /** Whether the read model has folded this case up to at least this version. */
  async hasFolded(caseId: string, version: number): Promise<boolean> {
    const { rows } = await this.store.sql.query({
      name: 'casework.case_view.has_folded',
      text: `SELECT 1 FROM casework.case_view WHERE id = $1 AND version >= $2`,
      values: [caseId, version],
    });
    return rows.length > 0;
  }

  /** Writes these cases' rows in one statement (a projection's batch); at most one row per case. */
  async saveAll(sql: SqlExecutor, rows: readonly CaseViewRow[]): Promise<void> {
    if (rows.length === 0) return;
    await sql.query({
      name: 'casework.case_view.upsert_all',
      text: `INSERT INTO casework.case_view (id, reference, version, status, category, subcategory, party, routed_parties,
               reporter_organisation, organisation_type, helsefellesskap, region, reported_at, updated_at, due_at, search_text,
               document)
             SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id text, reference text, version integer, status text,
               category text, subcategory text, party text, routed_parties text[], reporter_organisation text,
               organisation_type text, helsefellesskap text, region text, reported_at timestamptz,
               updated_at timestamptz, due_at timestamptz, search_text text, document jsonb)
             ON CONFLICT (id) DO UPDATE SET
               reference = EXCLUDED.reference, version = EXCLUDED.version, status = EXCLUDED.status,
               category = EXCLUDED.category, subcategory = EXCLUDED.subcategory, party = EXCLUDED.party,
               routed_parties = EXCLUDED.routed_parties, reporter_organisation = EXCLUDED.reporter_organisation,
               organisation_type = EXCLUDED.organisation_type, helsefellesskap = EXCLUDED.helsefellesskap,
               region = EXCLUDED.region, reported_at = EXCLUDED.reported_at, updated_at = EXCLUDED.updated_at,
               due_at = EXCLUDED.due_at, search_text = EXCLUDED.search_text, document = EXCLUDED.document`,
      values: [
        JSON.stringify(
          rows.map((row) => ({
            id: row.id,
            reference: row.reference,
            version: row.version,
            status: row.status,
            category: row.category,
            subcategory: row.subcategory,
            party: row.party,
            routed_parties: row.routedParties,
            reporter_organisation: row.reporterOrganisation,
            organisation_type: row.organisationType,
            helsefellesskap: row.helsefellesskap,
            region: row.region,
            reported_at: row.reportedAt,
            updated_at: row.updatedAt,
            due_at: row.dueAt,
            search_text: row.searchText,
            document: row.document,
          })),
        ),
      ],
    });
  }

  /** The case by id or reference, if it exists and the viewer may see it. */
  async findVisible(idOrReference: string, viewer: Viewer): Promise<CaseDocument | undefined> {
    const values: unknown[] = [];
    const visible = visibleTo(viewer, values);
    const key = parameter(values, idOrReference);
    const { rows } = await this.store.sql.query<{ document: CaseDocument }>(
      `SELECT c.document FROM casework.case_view c WHERE ${visible} AND (c.id = ${key} OR c.reference = ${key}) LIMIT 1`,
      values,
    );
    return rows[0]?.document;
  }

  /** The id of the case with this reference, whoever may see it (the caller checks visibility). */
  async idOfReference(reference: string): Promise<string | undefined> {
    const { rows } = await this.store.sql.query<{ id: string }>(
      `SELECT id FROM casework.case_view WHERE reference = $1 LIMIT 1`,
      [reference],
    );
    return rows[0]?.id;
  }

  /** Who may see each of these cases, by id; cases not (yet) in the read model are missing from the map. */
  async audiencesOf(ids: readonly string[]): Promise<Map<string, CaseAudience>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.store.sql.query<{
      id: string;
      reporter_organisation: string;
      routed_parties: string[];
      region: string | null;
    }>(`SELECT id, reporter_organisation, routed_parties, region FROM casework.case_view WHERE id = ANY($1::text[])`, [
      ids,
    ]);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          reporterOrganisation: row.reporter_organisation,
          routedParties: row.routed_parties,
          region: row.region ?? '',
        },
      ]),
    );
  }

  /** In the order `filter.sort` names; at most `limit` documents. */
  async list(viewer: Viewer, filter: CaseListFilter): Promise<CaseDocument[]> {
    const sort = filter.sort ?? 'reported';
    if (filter.after && filter.after.sort !== sort) {
      throw new Error(`A position in the ${filter.after.sort} order cannot continue the ${sort} order`);
    }
    const values: unknown[] = [];
    const where = [visibleTo(viewer, values)];
    const param = (value: unknown) => parameter(values, value);
    if (filter.statuses) where.push(`c.status = ANY(${param(filter.statuses)})`);
    if (filter.category) where.push(`c.category = ${param(filter.category)}`);
    if (filter.party) where.push(`c.party = ${param(filter.party)}`);
    if (filter.helsefellesskap) where.push(`c.helsefellesskap = ${param(filter.helsefellesskap)}`);
    if (filter.following) {
      const holder = param(holderOfViewer(viewer) ?? null);
      where.push(
        `(c.id IN (SELECT f.case_id FROM casework.case_followers f WHERE f.username = ${param(filter.following.username)})` +
          ` OR (${holder} = ANY(c.routed_parties) AND c.party IS DISTINCT FROM ${holder}))`,
      );
    }
    if (filter.q) {
      where.push(`c.search_text LIKE ${param(`%${escapeLike(filter.q.toLowerCase())}%`)} ESCAPE '\\'`);
    }
    if (filter.from) where.push(`c.reported_at >= ${param(filter.from)}`);
    if (filter.toExclusive) where.push(`c.reported_at < ${param(filter.toExclusive)}`);
    let order: string;
    if (sort === 'due') {
      if (filter.after?.sort === 'due') {
        where.push(
          `(${DUE_KEY}, c.id) > (COALESCE(CAST(${param(filter.after.dueAt)} AS timestamptz), 'infinity'), ${param(filter.after.id)})`,
        );
      }
      order = `${DUE_KEY} ASC, c.id ASC`;
    } else {
      if (filter.after?.sort === 'reported') {
        where.push(
          `(c.reported_at, c.id) < (CAST(${param(filter.after.reportedAt)} AS timestamptz), ${param(filter.after.id)})`,
        );
      }
      order = 'c.reported_at DESC, c.id DESC';
    }
    const { rows } = await this.store.sql.query<{ document: CaseDocument }>(
      `SELECT c.document FROM casework.case_view c WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${param(filter.limit)}`,
      values,
    );
    return rows.map((row) => row.document);
  }
}

/** Adds a value to a statement's parameters; answers its placeholder. */
function parameter(values: unknown[], value: unknown): string {
  values.push(value);
  return `$${values.length}`;
}

/** The condition for the cases the viewer may see (canSeeCase), its parameters added to `values`. */
function visibleTo(viewer: Viewer, values: unknown[]): string {
  switch (viewer.role) {
    case 'admin':
      return 'TRUE';
    case 'coordinator':
      return `c.region = ${parameter(values, viewer.region ?? null)}`;
    case 'responder':
      return `${parameter(values, viewer.party ?? null)} = ANY(c.routed_parties)`;
    case 'reporter':
    case 'system': {
      // Its own reports, and those routed to it (canSeeCase).
      const holder = viewer.organisation === undefined ? null : organisationHolder(viewer.organisation);
      return `(c.reporter_organisation = ${parameter(values, viewer.organisation ?? null)} OR ${parameter(values, holder)} = ANY(c.routed_parties))`;
    }
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
