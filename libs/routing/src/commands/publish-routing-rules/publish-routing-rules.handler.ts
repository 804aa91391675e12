import type { PublishedRoutingRule, RoutingRuleTable } from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, Directory, redactText, shadowedRoutingRules, type ActorRef } from '@lagspill/domain';
import { publishableRuleTableScope } from '../../rules/publishable-rule-table';
import { shadowedRuleProblems } from '../../rules/routing-rule-table-problems';
import { RoutingRulesRepository } from '../../rules/routing-rules.repository';
import { ShadowedRulesError } from '../../rules/shadowed-rules.error';
import { PublishRoutingRulesCommand } from './publish-routing-rules.command';

/**
 * Checks a whole rule table against the taxonomy and directory, and that the caller owns it (a region's
 * coordinators their region's, an admin the national defaults); refuses rules that can never match
 * unless the publisher confirmed them; then appends `routing.rules-published`.
 */
@Injectable()
export class PublishRoutingRulesHandler {
  constructor(
    @Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(command: PublishRoutingRulesCommand): Promise<RoutingRuleTable> {
    const { caller, rules, expectedVersion, table, confirmShadowed } = command;
    const scope = publishableRuleTableScope(caller, rules, table, this.directory);
    const shadowed = shadowedRoutingRules(rules);
    if (shadowed.length > 0 && !confirmShadowed) throw new ShadowedRulesError(shadowedRuleProblems(rules, shadowed));
    const publishedBy: ActorRef = {
      username: caller.username,
      name: caller.name,
      role: caller.role,
      ...(caller.organisation ? { organisation: caller.organisation.id } : {}),
      ...(caller.party ? { party: caller.party.id } : {}),
    };
    return this.rules.publish(scope, rules.map(normalise), publishedBy, this.clock.now().toISOString(), {
      expectedVersion,
      metadata: {
        actor: {
          id: caller.username,
          role: caller.role,
          ...(caller.organisation ? { organisation: caller.organisation.id } : {}),
        },
        // Who published a rule that never matches, knowingly: the ids as the table had them.
        ...(shadowed.length > 0 ? { shadowedRulesConfirmed: shadowed.map((s) => rules[s.index].id) } : {}),
      },
    });
  }
}

/** A plain copy with only the fields a rule has (the request DTO is a class instance), its description screened. */
function normalise(rule: PublishRoutingRulesCommand['rules'][number]): PublishedRoutingRule {
  const { category, subcategories, organisationTypes, integration } = rule.when;
  return {
    id: rule.id,
    description: redactText(rule.description),
    when: {
      ...(category !== undefined ? { category } : {}),
      ...(subcategories !== undefined ? { subcategories: [...subcategories] } : {}),
      ...(organisationTypes !== undefined ? { organisationTypes: [...organisationTypes] } : {}),
      ...(integration !== undefined ? { integration } : {}),
    },
    target: typeof rule.target === 'string' ? rule.target : { party: rule.target.party },
  };
}
