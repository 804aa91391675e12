import type { CaseDocument } from '@lagspill/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A row of `casework.case_view` (see CaseView1763776800000, CaseViewDueAt1796083200000); written only by
 * CaseViewProjection.
 */
@Entity({ schema: 'casework', name: 'case_view' })
export class CaseViewEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  subcategory!: string;

  @Column({ type: 'text', nullable: true })
  party!: string | null;

  @Column({ type: 'text', array: true, name: 'routed_parties' })
  routedParties!: string[];

  @Column({ type: 'text', name: 'reporter_organisation' })
  reporterOrganisation!: string;

  @Column({ type: 'text', name: 'organisation_type', nullable: true })
  organisationType!: string | null;

  @Column({ type: 'text', nullable: true })
  helsefellesskap!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'timestamptz', name: 'reported_at' })
  reportedAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  /** dueAtOf(document): when the case is due with its current party; null when never routed. */
  @Column({ type: 'timestamptz', name: 'due_at', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'text', name: 'search_text' })
  searchText!: string;

  @Column({ type: 'jsonb' })
  document!: CaseDocument;
}
