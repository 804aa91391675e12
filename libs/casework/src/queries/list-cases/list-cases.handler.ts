import { Inject, Injectable } from '@nestjs/common';
import { type Caller, viewerOf } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import { ValidationFailedException } from '@lagspill/platform';
import { CaseViewRepository } from '../../read-model/case-view.repository';
import { CasePresenter } from '../../views/case-presenter';
import { decodeCursor, encodeCursor, exclusiveEnd } from './case-cursor';
import type { ListCasesRequestDto } from './list-cases.request.dto';

export const DEFAULT_PAGE_SIZE = 50;

export interface CasePage {
  readonly items: CaseView[];
  readonly nextCursor: string | null;
}

/** The cases the caller may see, newest first, one page at a time. */
@Injectable()
export class ListCasesHandler {
  constructor(
    @Inject(CaseViewRepository) private readonly cases: CaseViewRepository,
    @Inject(CasePresenter) private readonly presenter: CasePresenter,
  ) {}

  async execute(caller: Caller, query: ListCasesRequestDto): Promise<CasePage> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw new ValidationFailedException([{ field: 'cursor', message: 'is not a cursor this server gave out' }]);
    }
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const viewer = viewerOf(caller);
    const documents = await this.cases.list(viewer, {
      status: query.status,
      category: query.category,
      party: query.party,
      helsefellesskap: query.helsefellesskap,
      q: query.q,
      from: query.from === undefined ? undefined : new Date(query.from),
      toExclusive: query.to === undefined ? undefined : exclusiveEnd(query.to),
      after,
      limit: limit + 1,
    });
    const page = documents.slice(0, limit);
    const last = page.at(-1);
    return {
      items: await Promise.all(page.map((document) => this.presenter.present(document, viewer))),
      nextCursor: documents.length > limit && last ? encodeCursor({ reportedAt: last.reportedAt, id: last.id }) : null,
    };
  }
}
