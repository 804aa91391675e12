import { Body, Controller, Headers, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { ValidationFailedException } from '@lagspill/platform';
import { SubmitReportCommand } from './submit-report.command';
import { SubmitReportHandler } from './submit-report.handler';
import { SubmitReportRequest } from './submit-report.request.dto';
import type { SubmittedReport } from './submitted-report';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/reports')
export class SubmitReportController {
  constructor(@Inject(SubmitReportHandler) private readonly submitReport: SubmitReportHandler) {}

  @Post()
  @Roles('reporter', 'system')
  @HttpCode(201)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the same case',
  })
  @ApiCreatedResponse({
    description: 'The case, as the reporter sees it, with warnings when identity numbers were removed',
  })
  async submit(
    @CurrentCaller() caller: Caller,
    @Body() report: SubmitReportRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmittedReport['case'] & { warnings: SubmittedReport['warnings'] }> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ValidationFailedException([
        { field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' },
      ]);
    }
    const submitted = await this.submitReport.execute(new SubmitReportCommand(caller, report, idempotencyKey));
    response.setHeader('Location', `/api/cases/${submitted.case.id}`);
    response.setHeader('ETag', `"${submitted.case.version}"`);
    if (submitted.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return { ...submitted.case, warnings: submitted.warnings };
  }
}
