import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import type { Response } from 'express';
import { ProvideInformationHandler } from './provide-information.handler';
import { ProvideInformationRequestDto } from './provide-information.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class ProvideInformationController {
  constructor(@Inject(ProvideInformationHandler) private readonly handler: ProvideInformationHandler) {}

  @Post(':id/provide-information')
  @HttpCode(200)
  @Roles('reporter')
  @ApiOperation({ summary: 'Answer a request for information; resumes the SLA clock' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The case version from its last read: "<version>"' })
  async handle(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Body() body: ProvideInformationRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const result = await this.handler.execute({ caller, caseKey, ifMatch, correlationId }, body);
    response.setHeader('ETag', result.etag);
    return result.view;
  }
}
