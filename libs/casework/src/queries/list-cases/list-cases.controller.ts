import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@lagspill/auth';
import type { CasePage } from '@lagspill/contracts';
import { ListCasesHandler } from './list-cases.handler';
import { ListCasesRequestDto } from './list-cases.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class ListCasesController {
  constructor(@Inject(ListCasesHandler) private readonly handler: ListCasesHandler) {}

  @Get()
  @ApiOperation({
    summary: 'The cases the caller may see, newest first or soonest due first, with filters and cursor paging',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: ListCasesRequestDto): Promise<CasePage> {
    return this.handler.execute(caller, query);
  }
}
