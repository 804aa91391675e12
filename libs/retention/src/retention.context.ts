import type { BoundedContext } from '@lagspill/platform';
import { CLOSED_CASES_SUBSCRIPTION } from './closed-cases/closed-cases.projection';
import { RETENTION_MIGRATIONS } from './retention.migrations';
import { RetentionModule } from './retention.module';

/** Retention as a deployable hosts it: closed cases, and the eraser of the keys of those closed too long. */
export const RETENTION_CONTEXT: BoundedContext = {
  name: 'retention',
  modules: (config) => [RetentionModule.forRoot({ closedCaseDays: config.RETENTION_CLOSED_CASE_DAYS })],
  migrations: RETENTION_MIGRATIONS,
  subscriptions: [CLOSED_CASES_SUBSCRIPTION],
};
