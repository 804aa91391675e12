import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lagspill/auth';
import { apiInstant } from '@lagspill/platform';
import { AuditEntryRepository, type StoredAuditEntry } from '../../record-access/audit-entry.repository';
import { ListAuditEntriesRequestDto } from './list-audit-entries.request.dto';

const DEFAULT_LIMIT = 100;

export interface AuditPage {
  readonly items: readonly StoredAuditEntry[];
  readonly nextCursor: string | null;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class ListAuditEntriesController {
  constructor(@Inject(AuditEntryRepository) private readonly entries: AuditEntryRepository) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The audit log, newest first, with filters and cursor paging (admins only)' })
  async list(@Query() query: ListAuditEntriesRequestDto): Promise<AuditPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    // One row more than asked for tells whether there is a next page without a second query.
    const rows = await this.entries.list({
      case: query.case,
      user: query.user,
      from: query.from ? apiInstant(query.from) : undefined,
      to: query.to ? apiInstant(query.to) : undefined,
      before: query.cursor,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}
