import { AUDIT_MIGRATIONS } from '@lagspill/audit';
import { NOTIFICATIONS_MIGRATIONS } from '@lagspill/notifications';
import { RETENTION_MIGRATIONS } from '@lagspill/retention';
import { CASEWORK_MIGRATIONS } from '@lagspill/casework';
import { EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INSIGHTS_MIGRATIONS } from '@lagspill/insights';
import { INTAKE_MIGRATIONS } from '@lagspill/intake';
import { MESSAGING_MIGRATIONS } from '@lagspill/messaging';
import { ROUTING_MIGRATIONS } from '@lagspill/routing';

/** Every migration the all-in-one app runs, in order; scripts that prepare its database run the same. */
export const LAGSPILL_MIGRATIONS = [
  EventStoreSchema1763769600000,
  ...INTAKE_MIGRATIONS,
  ...ROUTING_MIGRATIONS,
  ...CASEWORK_MIGRATIONS,
  ...INSIGHTS_MIGRATIONS,
  ...MESSAGING_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  ...RETENTION_MIGRATIONS,
  ...NOTIFICATIONS_MIGRATIONS,
];
