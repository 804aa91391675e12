import type { BoundedContext } from '@lagspill/platform';
import { AUDIT_MIGRATIONS } from './audit.migrations';
import { AuditModule } from './audit.module';

/** Audit as a deployable hosts it: every case read and change recorded per request, and GET /api/audit. */
export const AUDIT_CONTEXT: BoundedContext = {
  name: 'audit',
  modules: () => [AuditModule],
  migrations: AUDIT_MIGRATIONS,
  subscriptions: [],
};
