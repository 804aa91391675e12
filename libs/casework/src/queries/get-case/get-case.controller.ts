import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import type { Response } from 'express';
import { etagOf } from '../../commands/shared/if-match';
import { GetCaseHandler } from './get-case.handler';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class GetCaseController {
  constructor(@Inject(GetCaseHandler) private readonly handler: GetCaseHandler) {}

  @Get(':id')
  @ApiOperation({ summary: 'The case as the caller may see it, by id or reference; ETag is its version' })
  async get(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const view = await this.handler.execute(caller, id);
    response.setHeader('ETag', etagOf(view.version));
    return view;
  }
}
