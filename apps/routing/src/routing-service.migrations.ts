import { AUDIT_MIGRATIONS } from '@lagspill/audit';
import { EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { ROUTING_MIGRATIONS } from '@lagspill/routing';

/**
 * The schema the routing service needs: the event store and its own (the platform adds the case keys).
 * Each service migrates only what it uses (decision 0010); under the migration lock, in any order.
 */
export const ROUTING_SERVICE_MIGRATIONS = [EventStoreSchema1763769600000, ...ROUTING_MIGRATIONS, ...AUDIT_MIGRATIONS];
