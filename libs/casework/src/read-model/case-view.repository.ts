import { Inject, Injectable } from '@nestjs/common';
import type { CaseAudience, CaseDocument, CaseStatus, Viewer } from '@lagspill/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CaseViewEntity } from './case-view.entity';

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

/** Reads `casework.case_view`; every query is scoped in SQL to what the viewer may see. */
@Injectable()
export class CaseViewRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The case by id or reference, if it exists and the viewer may see it. */
  async findVisible(idOrReference: string, viewer: Viewer): Promise<CaseDocument | undefined> {
    const query = this.visibleTo(viewer).andWhere('(c.id = :key OR c.reference = :key)', { key: idOrReference });
    return (await query.getOne())?.document;
  }

  /** The id of the case with this reference, whoever may see it (the caller checks visibility). */
  async idOfReference(reference: string): Promise<string | undefined> {
    const row = await this.dataSource
      .getRepository(CaseViewEntity)
      .findOne({ select: { id: true }, where: { reference } });
    return row?.id;
  }

  /** Who may see each of these cases, by id; cases not (yet) in the read model are missing from the map. */
  async audiencesOf(ids: readonly string[]): Promise<Map<string, CaseAudience>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(CaseViewEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.reporterOrganisation', 'c.routedParties', 'c.region'])
      .where('c.id IN (:...ids)', { ids })
      .getMany();
    return new Map(
      rows.map((row) => [
        row.id,
        { reporterOrganisation: row.reporterOrganisation, routedParties: row.routedParties, region: row.region ?? '' },
      ]),
    );
  }

  /** In the order `filter.sort` names; at most `limit` documents. */
  async list(viewer: Viewer, filter: CaseListFilter): Promise<CaseDocument[]> {
    const sort = filter.sort ?? 'reported';
    if (filter.after && filter.after.sort !== sort) {
      throw new Error(`A position in the ${filter.after.sort} order cannot continue the ${sort} order`);
    }
    const query = this.visibleTo(viewer);
    if (filter.statuses) query.andWhere('c.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter.category) query.andWhere('c.category = :category', { category: filter.category });
    if (filter.party) query.andWhere('c.party = :party', { party: filter.party });
    if (filter.helsefellesskap) query.andWhere('c.helsefellesskap = :hf', { hf: filter.helsefellesskap });
    if (filter.q) {
      query.andWhere(`c.search_text LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(filter.q.toLowerCase())}%` });
    }
    if (filter.from) query.andWhere('c.reported_at >= :from', { from: filter.from });
    if (filter.toExclusive) query.andWhere('c.reported_at < :to', { to: filter.toExclusive });
    if (sort === 'due') {
      if (filter.after?.sort === 'due') {
        query.andWhere(`(${DUE_KEY}, c.id) > (COALESCE(CAST(:afterDue AS timestamptz), 'infinity'), :afterId)`, {
          afterDue: filter.after.dueAt,
          afterId: filter.after.id,
        });
      }
      query.orderBy(DUE_KEY, 'ASC').addOrderBy('c.id', 'ASC');
    } else {
      if (filter.after?.sort === 'reported') {
        query.andWhere('(c.reported_at, c.id) < (CAST(:afterAt AS timestamptz), :afterId)', {
          afterAt: filter.after.reportedAt,
          afterId: filter.after.id,
        });
      }
      query.orderBy('c.reported_at', 'DESC').addOrderBy('c.id', 'DESC');
    }
    const rows = await query.limit(filter.limit).getMany();
    return rows.map((row) => row.document);
  }

  private visibleTo(viewer: Viewer): SelectQueryBuilder<CaseViewEntity> {
    const query = this.dataSource.getRepository(CaseViewEntity).createQueryBuilder('c').select(['c.id', 'c.document']);
    switch (viewer.role) {
      case 'admin':
        return query.where('TRUE');
      case 'coordinator':
        return query.where('c.region = :region', { region: viewer.region ?? null });
      case 'responder':
        return query.where(':viewerParty = ANY(c.routed_parties)', { viewerParty: viewer.party ?? null });
      case 'reporter':
      case 'system':
        return query.where('c.reporter_organisation = :organisation', { organisation: viewer.organisation ?? null });
    }
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
