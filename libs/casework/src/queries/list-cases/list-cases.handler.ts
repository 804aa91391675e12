import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { type Caller, viewerOf } from '@lagspill/auth';
import type { CasePage } from '@lagspill/contracts';
import { CASE_STATUSES, type CaseDocument, type CaseStatus } from '@lagspill/domain';
import { apiInstant, ValidationFailedException } from '@lagspill/platform';
import { dueAtOf } from '../../read-model/case-due-at';
import {
  CaseViewRepository,
  type CaseListFilter,
  type CaseListPosition,
  type CaseListSort,
} from '../../read-model/case-view.repository';
import { CasePresenter } from '../../views/case-presenter';
import { decodeCursor, encodeCursor, exclusiveEnd } from './case-cursor';
import type { CaseListFiltersDto } from './case-list-filters.request.dto';
import type { CaseWritten } from './consistent-with';
import type { ListCasesRequestDto } from './list-cases.request.dto';

export const DEFAULT_PAGE_SIZE = 50;

/** The statuses of a case that is done with: `open=true` means every other one. */
const FINISHED: readonly CaseStatus[] = ['resolved', 'closed'];

/**
 * How long a list waits for the read model to fold the caller's own last change, and how often it looks:
 * first after 10 ms, then twice as long each time up to 400 ms. The projection follows within milliseconds,
 * so the first looks find it; the bound keeps a lost or foreign case id from holding a request (and costs
 * it about ten lookups, not a hundred), and after it the list answers as the read model stands.
 */
export const CONSISTENCY_WAIT = { limitMs: 2_000, firstIntervalMs: 10, maxIntervalMs: 400 } as const;

/** The cases the caller may see, newest first or soonest due first, one page at a time. */
@Injectable()
export class ListCasesHandler {
  constructor(
    @Inject(CaseViewRepository) private readonly cases: CaseViewRepository,
    @Inject(CasePresenter) private readonly presenter: CasePresenter,
  ) {}

  async execute(caller: Caller, query: ListCasesRequestDto, written?: CaseWritten): Promise<CasePage> {
    const sort = query.sort ?? 'reported';
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw new ValidationFailedException([{ field: 'cursor', message: 'is not a cursor this server gave out' }]);
    }
    if (after && after.sort !== sort) {
      throw new ValidationFailedException([
        { field: 'cursor', message: `continues a list with sort=${after.sort}, not sort=${sort}` },
      ]);
    }
    if (written) await this.untilFolded(written);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const viewer = viewerOf(caller);
    const filter = { ...caseListFilterOf(query, caller.username), sort, after, limit: limit + 1 };
    const documents = await this.cases.list(viewer, filter);
    const page = documents.slice(0, limit);
    const last = page.at(-1);
    return {
      items: await Promise.all(page.map((document) => this.presenter.present(document, viewer))),
      nextCursor: documents.length > limit && last ? encodeCursor(positionOf(last, sort)) : null,
    };
  }

  private async untilFolded({ caseId, version }: CaseWritten): Promise<void> {
    const deadline = Date.now() + CONSISTENCY_WAIT.limitMs;
    let interval: number = CONSISTENCY_WAIT.firstIntervalMs;
    while (!(await this.cases.hasFolded(caseId, version)) && Date.now() < deadline) {
      await sleep(Math.min(interval, Math.max(0, deadline - Date.now())));
      interval = Math.min(interval * 2, CONSISTENCY_WAIT.maxIntervalMs);
    }
  }
}

/** The query's filters as the read model takes them, for the caller named; paging and order are the caller's. */
export function caseListFilterOf(
  query: CaseListFiltersDto,
  username: string,
): Omit<CaseListFilter, 'sort' | 'after' | 'limit'> {
  return {
    following: query.following ? { username } : undefined,
    statuses: statusesOf(query.status, query.open),
    category: query.category,
    party: query.party,
    helsefellesskap: query.helsefellesskap,
    q: query.q,
    from: query.from === undefined ? undefined : apiInstant(query.from),
    toExclusive: query.to === undefined ? undefined : exclusiveEnd(query.to),
  };
}

/** The statuses both `status` and `open` allow; undefined when neither is given. */
function statusesOf(status: readonly CaseStatus[] | undefined, open: boolean | undefined): CaseStatus[] | undefined {
  if (status === undefined && open === undefined) return undefined;
  return (status ?? CASE_STATUSES).filter((s) => open === undefined || open !== FINISHED.includes(s));
}

function positionOf(document: CaseDocument, sort: CaseListSort): CaseListPosition {
  return sort === 'due'
    ? { sort, dueAt: dueAtOf(document), id: document.id }
    : { sort, reportedAt: document.reportedAt, id: document.id };
}
