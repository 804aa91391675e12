import { AuditEntries1796256000000 } from './schema/audit-entries.migration';

/** Every migration of the audit context, oldest first; a deployable hands them to PlatformModule. */
export const AUDIT_MIGRATIONS = [AuditEntries1796256000000];
