import { Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import type { Response } from 'express';
import { AcknowledgeCaseHandler } from './acknowledge-case.handler';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class AcknowledgeCaseController {
  constructor(@Inject(AcknowledgeCaseHandler) private readonly handler: AcknowledgeCaseHandler) {}

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('responder')
  @ApiOperation({ summary: 'Take the case (responder of the current party)' })
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
