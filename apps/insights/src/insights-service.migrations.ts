import { AUDIT_MIGRATIONS } from '@lagspill/audit';
import { EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INSIGHTS_MIGRATIONS } from '@lagspill/insights';

/**
 * The schema the insights service needs: the event store and its own (the platform adds the case keys).
 * Each service migrates only what it uses (decision 0010); under the migration lock, in any order.
 */
export const INSIGHTS_SERVICE_MIGRATIONS = [EventStoreSchema1763769600000, ...INSIGHTS_MIGRATIONS, ...AUDIT_MIGRATIONS];
