import { AUDIT_CONTEXT } from '@lagspill/audit';
import { CASEWORK_CONTEXT } from '@lagspill/casework';
import { DEMO_CONTEXT } from '@lagspill/demo';
import { DIRECTORY_CONTEXT } from '@lagspill/directory';
import { EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INSIGHTS_CONTEXT } from '@lagspill/insights';
import { INTAKE_CONTEXT } from '@lagspill/intake';
import { MESSAGING_CONTEXT } from '@lagspill/messaging';
import { NOTIFICATIONS_CONTEXT } from '@lagspill/notifications';
import { RETENTION_CONTEXT } from '@lagspill/retention';
import { ROUTING_CONTEXT } from '@lagspill/routing';
import { migrationsOf, WEB_SITE_CONTEXT } from '@lagspill/platform';

/** Every context, in one process: the embedded default. Their migrations run in this order. */
export const LAGSPILL_CONTEXTS = [
  DIRECTORY_CONTEXT,
  INTAKE_CONTEXT,
  ROUTING_CONTEXT,
  CASEWORK_CONTEXT,
  INSIGHTS_CONTEXT,
  MESSAGING_CONTEXT,
  AUDIT_CONTEXT,
  RETENTION_CONTEXT,
  NOTIFICATIONS_CONTEXT,
  DEMO_CONTEXT,
  WEB_SITE_CONTEXT,
];

/** Every migration the all-in-one app runs, the event store's first; scripts that prepare its database run the same. */
export const LAGSPILL_MIGRATIONS = [EventStoreSchema1763769600000, ...migrationsOf(LAGSPILL_CONTEXTS)];
