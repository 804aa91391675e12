import { Module } from '@nestjs/common';
import { SubmitReportController } from './commands/submit-report/submit-report.controller';
import { SubmitReportHandler } from './commands/submit-report/submit-report.handler';
import { CaseReferenceSequence } from './references/case-reference.repository';
import { GetTaxonomyController } from './queries/get-taxonomy/get-taxonomy.controller';
import { IntakeSchema1763784000000 } from './schema/intake.migration';

/** Reports in: validated, screened for identity numbers, made into cases (`case.reported`). */
@Module({
  controllers: [SubmitReportController, GetTaxonomyController],
  providers: [SubmitReportHandler, CaseReferenceSequence],
  exports: [SubmitReportHandler, CaseReferenceSequence],
})
export class IntakeModule {}

export const INTAKE_MIGRATIONS = [IntakeSchema1763784000000];
