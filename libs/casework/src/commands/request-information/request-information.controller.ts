import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import type { Response } from 'express';
import { RequestInformationHandler } from './request-information.handler';
import { RequestInformationRequestDto } from './request-information.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class RequestInformationController {
  constructor(@Inject(RequestInformationHandler) private readonly handler: RequestInformationHandler) {}

  @Post(':id/request-information')
  @HttpCode(200)
  @Roles('responder', 'coordinator')
  @ApiOperation({ summary: 'Ask the reporter for information; pauses the SLA clock' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The case version from its last read: "<version>"' })
  async handle(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Body() body: RequestInformationRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const result = await this.handler.execute({ caller, caseKey, ifMatch, correlationId }, body);
    response.setHeader('ETag', result.etag);
    return result.view;
  }
}
