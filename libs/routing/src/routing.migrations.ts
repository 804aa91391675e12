import { RoutingReportedCases1796299200000 } from './schema/reported-cases.migration';
import { RoutingSchema1763780400000 } from './schema/routing-schema.migration';

/** Every migration of the routing context, oldest first. */
export const ROUTING_MIGRATIONS = [RoutingSchema1763780400000, RoutingReportedCases1796299200000];
