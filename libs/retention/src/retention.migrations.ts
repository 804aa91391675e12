import { RetentionSchema1796259600000 } from './schema/closed-cases.migration';

/** Every migration of the retention context, oldest first; a deployable hands them to PlatformModule. */
export const RETENTION_MIGRATIONS = [RetentionSchema1796259600000];
