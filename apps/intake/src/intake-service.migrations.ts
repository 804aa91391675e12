import { EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { INTAKE_MIGRATIONS } from '@lagspill/intake';

/**
 * The schema the intake service needs: the event store and its own (the platform adds the case keys).
 * Each service migrates only what it uses (decision 0010); under the migration lock, in any order.
 */
export const INTAKE_SERVICE_MIGRATIONS = [EventStoreSchema1763769600000, ...INTAKE_MIGRATIONS];
