import type { BoundedContext } from '@lagspill/platform';
import { REPORTED_CASES_SUBSCRIPTION } from './dry-run/reported-case.projection';
import { ROUTER_SUBSCRIPTION } from './route-reported-case/route-reported-case.handler';
import { ROUTING_MIGRATIONS } from './routing.migrations';
import { RoutingModule } from './routing.module';
import { CASE_CLOCK_SUBSCRIPTION } from './sla/case-clock.projection';

/**
 * Routing as a deployable hosts it: the router, the SLA clocks and sweeper, the reported cases for dry
 * runs, the rule tables and parties.
 */
export const ROUTING_CONTEXT: BoundedContext = {
  name: 'routing',
  modules: () => [RoutingModule.forRoot()],
  migrations: ROUTING_MIGRATIONS,
  subscriptions: [ROUTER_SUBSCRIPTION, CASE_CLOCK_SUBSCRIPTION, REPORTED_CASES_SUBSCRIPTION],
};
