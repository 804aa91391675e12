import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import type { Response } from 'express';
import { ResolveCaseHandler } from './resolve-case.handler';
import { ResolveCaseRequestDto } from './resolve-case.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class ResolveCaseController {
  constructor(@Inject(ResolveCaseHandler) private readonly handler: ResolveCaseHandler) {}

  @Post(':id/resolve')
  @HttpCode(200)
  @Roles('responder', 'coordinator')
  @ApiOperation({ summary: 'Resolve the case' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The case version from its last read: "<version>"' })
  async handle(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Body() body: ResolveCaseRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const result = await this.handler.execute({ caller, caseKey, ifMatch, correlationId }, body);
    response.setHeader('ETag', result.etag);
    return result.view;
  }
}
