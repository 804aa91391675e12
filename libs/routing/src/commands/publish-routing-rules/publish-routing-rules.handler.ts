import type { PublishedRoutingRule, RoutingRuleTable } from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, Directory, redactText, type ActorRef } from '@lagspill/domain';
import { viewerOf } from '@lagspill/auth';
import { ValidationFailedException } from '@lagspill/platform';
import { routingRuleTableProblems } from '../../rules/routing-rule-table-problems';
import { ruleTableOwnedBy } from '../../rules/rule-table-ownership';
import { RoutingRulesRepository } from '../../rules/routing-rules.repository';
import { PublishRoutingRulesCommand } from './publish-routing-rules.command';

/**
 * Checks a whole rule table against the taxonomy and directory, and that the caller owns it (a region's
 * coordinators their region's, an admin the national defaults), then appends `routing.rules-published`.
 */
@Injectable()
export class PublishRoutingRulesHandler {
  constructor(
    @Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute({ caller, rules, expectedVersion, table }: PublishRoutingRulesCommand): Promise<RoutingRuleTable> {
    const scope = ruleTableOwnedBy(viewerOf(caller), table, this.directory);
    const problems = routingRuleTableProblems(rules, (id) => this.directory.hasParty(id), {
      region: scope,
      serves: (id) => this.directory.servesRegion(id, scope),
    });
    if (problems.length > 0) throw new ValidationFailedException(problems);
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
