import { AUDIT_MIGRATIONS } from '@lagspill/audit';
import { NOTIFICATIONS_MIGRATIONS } from '@lagspill/notifications';
import { RETENTION_MIGRATIONS } from '@lagspill/retention';
import { CASEWORK_MIGRATIONS } from '@lagspill/casework';
import { EventStoreSchema1763769600000 } from '@lagspill/event-store';

/**
 * The schema the casework service needs: the event store, its own and the notifications it sends (the platform adds the case keys).
 * Each service migrates only what it uses (decision 0010); under the migration lock, in any order.
 */
export const CASEWORK_SERVICE_MIGRATIONS = [
  EventStoreSchema1763769600000,
  ...CASEWORK_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  ...RETENTION_MIGRATIONS,
  ...NOTIFICATIONS_MIGRATIONS,
];
