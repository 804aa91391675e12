import { IsString, Matches, MaxLength } from 'class-validator';
import { SubmitReportRequest } from '../commands/submit-report/submit-report.request.dto';

/**
 * A report from lagspill.reports.inbound: the body of POST /api/reports, validated by the same rules,
 * plus the organisation that submits it (on HTTP it comes from the caller's token; here the broker has
 * authenticated the producing system, and the topic's ACL decides who may produce).
 */
export class InboundReportRequest extends SubmitReportRequest {
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'organisation must be an organisation id such as "morkved-legesenter"',
  })
  @MaxLength(100)
  organisation!: string;
}
