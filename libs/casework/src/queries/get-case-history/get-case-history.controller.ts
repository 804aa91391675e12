import type { HistoryEntry } from '@lagspill/contracts';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@lagspill/auth';
import { GetCaseHistoryHandler } from './get-case-history.handler';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class GetCaseHistoryController {
  constructor(@Inject(GetCaseHistoryHandler) private readonly handler: GetCaseHistoryHandler) {}

  @Get(':id/history')
  @ApiOperation({ summary: "The case's events that the caller may see, oldest first (id or reference)" })
  history(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<HistoryEntry[]> {
    return this.handler.execute(caller, id);
  }
}
