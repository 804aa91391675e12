import { Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import type { Response } from 'express';
import { CloseCaseHandler } from './close-case.handler';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class CloseCaseController {
  constructor(@Inject(CloseCaseHandler) private readonly handler: CloseCaseHandler) {}

  @Post(':id/close')
  @HttpCode(200)
  @Roles('reporter', 'coordinator')
  @ApiOperation({ summary: 'Close the case' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The case version from its last read: "<version>"' })
  async handle(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const result = await this.handler.execute({ caller, caseKey, ifMatch, correlationId });
    response.setHeader('ETag', result.etag);
    return result.view;
  }
}
