import type { BoundedContext } from '@lagspill/platform';
import { InboundReportsModule } from './inbound-reports/inbound-reports.module';
import { INTAKE_MIGRATIONS } from './intake.migrations';
import { IntakeModule } from './intake.module';

/**
 * Intake as a deployable hosts it: POST /api/reports and GET /api/taxonomy, and reports from
 * lagspill.reports.inbound (which needs the messaging library hosted beside it). It runs no subscription
 * on the log: the inbound reports come over Kafka, and on the Postgres log that topic does not exist.
 */
export const INTAKE_CONTEXT: BoundedContext = {
  name: 'intake',
  modules: () => [IntakeModule, InboundReportsModule],
  migrations: INTAKE_MIGRATIONS,
  subscriptions: [],
};
