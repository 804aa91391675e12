import type { ActorRef } from '@lagspill/domain';

export const ROUTING_OPTIONS = Symbol('ROUTING_OPTIONS');

export interface RoutingModuleOptions {
  /** How often the SLA sweeper looks for due cases; default 60 s. 0 turns the timer off (sweep by hand). */
  readonly sweepIntervalMs?: number;
}

export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/** The routing context's own actor: who routes cases and records SLA breaches. */
export const ROUTING_ACTOR: ActorRef = { username: 'lagspill-routing', name: 'Ruting', role: 'system' };

/** The actor as event metadata records it. */
export const ROUTING_ACTOR_METADATA = { id: ROUTING_ACTOR.username, role: ROUTING_ACTOR.role } as const;
