import { Module } from '@nestjs/common';
import { SubmitReportController } from './commands/submit-report/submit-report.controller';
import { SubmitReportHandler } from './commands/submit-report/submit-report.handler';
import { CaseReferenceSequence } from './references/case-reference.repository';
import { GetTaxonomyController } from './queries/get-taxonomy/get-taxonomy.controller';

/** Reports in: validated, screened for identity numbers, made into cases (`case.reported`). */
@Module({
  controllers: [SubmitReportController, GetTaxonomyController],
  providers: [SubmitReportHandler, CaseReferenceSequence],
  exports: [SubmitReportHandler, CaseReferenceSequence],
})
export class IntakeModule {}
