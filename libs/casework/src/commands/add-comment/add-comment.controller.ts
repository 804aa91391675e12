import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import type { Response } from 'express';
import { AddCommentHandler } from './add-comment.handler';
import { AddCommentRequestDto } from './add-comment.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class AddCommentController {
  constructor(@Inject(AddCommentHandler) private readonly handler: AddCommentHandler) {}

  @Post(':id/comments')
  // Every person may comment on a case they see; a system client only reports and reads (docs/api.md).
  @Roles('reporter', 'responder', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Comment on the case; internal comments only for the current party and coordinators' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The case version from its last read: "<version>"' })
  async handle(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Body() body: AddCommentRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const result = await this.handler.execute({ caller, caseKey, ifMatch, correlationId }, body);
    response.setHeader('ETag', result.etag);
    return result.view;
  }
}
