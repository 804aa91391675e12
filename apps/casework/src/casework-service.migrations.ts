import { AUDIT_MIGRATIONS } from '@lagspill/audit';
import { RETENTION_MIGRATIONS } from '@lagspill/retention';
import { CASEWORK_MIGRATIONS } from '@lagspill/casework';
import { EventStoreSchema1763769600000 } from '@lagspill/event-store';

/**
 * The schema the casework service needs: the event store and its own (the platform adds the case keys).
 * Each service migrates only what it uses (decision 0010); under the migration lock, in any order.
 */
export const CASEWORK_SERVICE_MIGRATIONS = [
  EventStoreSchema1763769600000,
  ...CASEWORK_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  ...RETENTION_MIGRATIONS,
];
