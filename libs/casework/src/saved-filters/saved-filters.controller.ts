import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { SavedFilterResponse } from '@lagspill/contracts';
import { SaveFilterRequestDto } from './save-filter.request.dto';
import { SavedFilters } from './saved-filters';

/**
 * Every route of /api/saved-filters: the caller's own saved case-list filters. People only: a system
 * client lists no cases on a screen.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/saved-filters')
@Roles('reporter', 'responder', 'coordinator', 'admin')
export class SavedFiltersController {
  constructor(@Inject(SavedFilters) private readonly savedFilters: SavedFilters) {}

  @Get()
  @ApiOperation({ summary: 'My saved case-list filters, by name' })
  list(@CurrentCaller() caller: Caller): Promise<SavedFilterResponse[]> {
    return this.savedFilters.list(caller);
  }

  @Post()
  @ApiOperation({ summary: 'Save the filters of a case list under a name of my own' })
  save(@CurrentCaller() caller: Caller, @Body() body: SaveFilterRequestDto): Promise<SavedFilterResponse> {
    return this.savedFilters.save(caller, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of my saved filters (another person’s is not found)' })
  delete(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<void> {
    return this.savedFilters.delete(caller, id);
  }
}
