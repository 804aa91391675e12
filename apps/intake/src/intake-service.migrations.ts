import { AUDIT_MIGRATIONS } from '@lagspill/audit';
import { EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INTAKE_MIGRATIONS } from '@lagspill/intake';
import { MESSAGING_MIGRATIONS } from '@lagspill/messaging';

/**
 * The schema the intake service needs: the event store, its own and the inbound consumer's inbox (the
 * platform adds the case keys).
 * Each service migrates only what it uses (decision 0010); under the migration lock, in any order.
 */
export const INTAKE_SERVICE_MIGRATIONS = [
  EventStoreSchema1763769600000,
  ...INTAKE_MIGRATIONS,
  ...MESSAGING_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
];
