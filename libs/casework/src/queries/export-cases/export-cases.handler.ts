import { Inject, Injectable } from '@nestjs/common';
import { type Caller, viewerOf } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import { Clock, Directory, type CaseDocument, type Viewer } from '@lagspill/domain';
import { CaseViewRepository } from '../../read-model/case-view.repository';
import { CasePresenter } from '../../views/case-presenter';
import type { CaseListFiltersDto } from '../list-cases/case-list-filters.request.dto';
import { caseListFilterOf } from '../list-cases/list-cases.handler';
import { caseCsvFile, caseCsvRecords } from './case-csv';
import { CaseExportTooLargeError } from './case-export-too-large.error';
import { osloDateTime } from './oslo-date-time';

/**
 * The most cases one export holds. A region's year is some thousands of cases; past this the caller
 * narrows the list, rather than one request holding the server's memory and pool for a whole history.
 */
export const CASE_EXPORT_LIMIT = 10_000;

export interface CaseExport {
  readonly file: string;
  readonly filename: string;
}

/** How many cases are presented at once: each may open its keys or check linked cases in the pool. */
const PRESENT_BATCH = 100;

/**
 * A case list as CSV: every case GET /api/cases would list with the same filters, in its order, all
 * pages at once, each as the caller sees it in the case view.
 */
@Injectable()
export class ExportCasesHandler {
  constructor(
    @Inject(CaseViewRepository) private readonly cases: CaseViewRepository,
    @Inject(CasePresenter) private readonly presenter: CasePresenter,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(caller: Caller, query: CaseListFiltersDto): Promise<CaseExport> {
    const viewer = viewerOf(caller);
    const now = this.clock.now();
    // One statement, so one snapshot: keyset pages would miss or repeat a case whose due time moved
    // between them.
    const documents = await this.cases.list(viewer, {
      ...caseListFilterOf(query, caller.username),
      sort: query.sort ?? 'reported',
      limit: CASE_EXPORT_LIMIT + 1,
    });
    if (documents.length > CASE_EXPORT_LIMIT) throw new CaseExportTooLargeError(CASE_EXPORT_LIMIT);
    const records: string[][] = [];
    for (let start = 0; start < documents.length; start += PRESENT_BATCH) {
      const views = await this.present(documents.slice(start, start + PRESENT_BATCH), viewer);
      records.push(...caseCsvRecords(views, { directory: this.directory, now }));
    }
    // Named by the day in Norway, as the user knows it.
    return {
      file: caseCsvFile(records),
      filename: `lagspill-saker-${osloDateTime(now.toISOString()).slice(0, 10)}.csv`,
    };
  }

  /**
   * Identity numbers shared with the caller's organisation are read in the case view, one audited read
   * at a time; an export of many cases carries only the reporting organisation's own originals.
   */
  private present(documents: readonly CaseDocument[], viewer: Viewer): Promise<CaseView[]> {
    return Promise.all(
      documents.map(({ identitySharedWith: _shared, ...document }) => this.presenter.present(document, viewer)),
    );
  }
}
