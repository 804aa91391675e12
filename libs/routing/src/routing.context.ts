import type { BoundedContext } from '@lagspill/platform';
import { ROUTER_SUBSCRIPTION } from './route-reported-case/route-reported-case.handler';
import { ROUTING_MIGRATIONS } from './routing.migrations';
import { RoutingModule } from './routing.module';
import { CASE_CLOCK_SUBSCRIPTION } from './sla/case-clock.projection';

/** Routing as a deployable hosts it: the router, the SLA clocks and sweeper, the rule tables and parties. */
export const ROUTING_CONTEXT: BoundedContext = {
  name: 'routing',
  modules: () => [RoutingModule.forRoot()],
  migrations: ROUTING_MIGRATIONS,
  subscriptions: [ROUTER_SUBSCRIPTION, CASE_CLOCK_SUBSCRIPTION],
};
