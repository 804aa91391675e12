import type { ActorRef } from '@lagspill/domain';
import type { RoutingRule } from './routing-rule';

/** The rule table in force: the last published one, or the default (version 0) when none was published. */
export interface RoutingRuleTable {
  /** The `routing-rules` stream's version this table came from; 0 for the default. */
  readonly version: number;
  readonly source: 'default' | 'published';
  readonly publishedAt?: string;
  readonly publishedBy?: Pick<ActorRef, 'username' | 'name' | 'role'>;
  readonly rules: readonly RoutingRule[];
}
