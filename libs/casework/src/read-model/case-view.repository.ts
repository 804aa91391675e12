import { Inject, Injectable } from '@nestjs/common';
import type { CaseAudience, CaseDocument, CaseStatus, Viewer } from '@lagspill/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CaseViewEntity } from './case-view.entity';

export interface CaseListFilter {
  readonly status?: CaseStatus;
  readonly category?: string;
  readonly party?: string;
  readonly helsefellesskap?: string;
  readonly q?: string;
  /** reported_at >= from */
  readonly from?: Date;
  /** reported_at < toExclusive */
  readonly toExclusive?: Date;
  /** Keyset: cases strictly older than this (reported_at, id). */
  readonly after?: { readonly reportedAt: string; readonly id: string };
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

  /** Newest first, then by id; at most `limit` documents. */
  async list(viewer: Viewer, filter: CaseListFilter): Promise<CaseDocument[]> {
    const query = this.visibleTo(viewer);
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.category) query.andWhere('c.category = :category', { category: filter.category });
    if (filter.party) query.andWhere('c.party = :party', { party: filter.party });
    if (filter.helsefellesskap) query.andWhere('c.helsefellesskap = :hf', { hf: filter.helsefellesskap });
    if (filter.q) {
      query.andWhere(`c.search_text LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(filter.q.toLowerCase())}%` });
    }
    if (filter.from) query.andWhere('c.reported_at >= :from', { from: filter.from });
    if (filter.toExclusive) query.andWhere('c.reported_at < :to', { to: filter.toExclusive });
    if (filter.after) {
      query.andWhere('(c.reported_at, c.id) < (CAST(:afterAt AS timestamptz), :afterId)', {
        afterAt: filter.after.reportedAt,
        afterId: filter.after.id,
      });
    }
    const rows = await query.orderBy('c.reported_at', 'DESC').addOrderBy('c.id', 'DESC').limit(filter.limit).getMany();
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
