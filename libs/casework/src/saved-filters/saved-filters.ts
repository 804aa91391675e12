import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Caller } from '@lagspill/auth';
import type { CaseListFilters, SavedFilterResponse } from '@lagspill/contracts';
import { Clock, containsIdentityNumber } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { ValidationFailedException } from '@lagspill/platform';
import { v7 as uuidv7 } from 'uuid';
import { IDENTITY_NUMBER_MESSAGE, type SaveFilterRequestDto } from './save-filter.request.dto';
import { SavedFilterLimitReachedError } from './saved-filter-limit-reached.error';
import { SavedFilterNameTakenError } from './saved-filter-name-taken.error';
import { SavedFilterRepository, type SavedFilter } from './saved-filter.repository';

/** More than anyone picks from in a menu; the bound keeps one account from filling a table. */
export const MAX_SAVED_FILTERS_PER_PERSON = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A person's saved case-list filters. The owner is the caller's directory username (what HelseID's HPR
 * number or subject resolved to), so a filter follows the person, not a token; another person's filter
 * is answered as if it did not exist.
 */
@Injectable()
export class SavedFilters {
  constructor(
    @Inject(SavedFilterRepository) private readonly filters: SavedFilterRepository,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(caller: Caller): Promise<SavedFilterResponse[]> {
    return (await this.filters.list(caller.username)).map(toResponse);
  }

  async save(caller: Caller, body: SaveFilterRequestDto): Promise<SavedFilterResponse> {
    // The list's own rules (reused, not repeated, in the DTO) take any search; a stored one is screened.
    if (body.filters.q !== undefined && containsIdentityNumber(body.filters.q)) {
      throw new ValidationFailedException([{ field: 'filters.q', message: `filters.q ${IDENTITY_NUMBER_MESSAGE}` }]);
    }
    const filter: SavedFilter = {
      id: uuidv7(),
      owner: caller.username,
      name: body.name,
      filters: storedFilters(body.filters),
      createdAt: this.clock.now().toISOString(),
    };
    await this.store.transaction(async ({ sql }) => {
      if ((await this.filters.lockAndCount(sql, filter.owner)) >= MAX_SAVED_FILTERS_PER_PERSON) {
        throw new SavedFilterLimitReachedError(MAX_SAVED_FILTERS_PER_PERSON);
      }
      if (!(await this.filters.insert(sql, filter))) throw new SavedFilterNameTakenError(filter.name);
    });
    return toResponse(filter);
  }

  async delete(caller: Caller, id: string): Promise<void> {
    const deleted = UUID.test(id) && (await this.filters.delete(this.store.sql, caller.username, id));
    if (!deleted) throw new NotFoundException(`You have no saved filter ${id}`);
  }
}

/**
 * The filters as given, without the members the request left out: what the web app puts back in the
 * list's address when the filter is applied.
 */
function storedFilters(filters: CaseListFilters): CaseListFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

function toResponse({ id, name, filters, createdAt }: SavedFilter): SavedFilterResponse {
  return { id, name, filters, createdAt };
}
