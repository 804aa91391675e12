export * from './intake.context';
export * from './intake.module';
export * from './commands/submit-report/submit-report.request.dto';
export * from './commands/submit-report/idempotency-key-reused.error';
export * from './references/case-reference.repository';
export * from './inbound-reports/inbound-reports.module';
export * from './inbound-reports/inbound-reports.consumer';
export * from './inbound-reports/inbound-report.request.dto';
