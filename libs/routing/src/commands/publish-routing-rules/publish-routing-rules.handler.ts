import type { RoutingRuleTable } from '@lagspill/contracts';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Directory, redactText, type ActorRef } from '@lagspill/domain';
import { ValidationFailedException } from '@lagspill/platform';
import { routingRuleTableProblems } from '../../rules/routing-rule-table-problems';
import type { PublishedRoutingRule } from '../../rules/routing-rules-published.event';
import { RoutingRulesRepository } from '../../rules/routing-rules.repository';
import { ROUTING_CLOCK, type Clock } from '../../routing.options';
import { PublishRoutingRulesCommand } from './publish-routing-rules.command';

/** Checks a whole rule table against the taxonomy and directory, then appends `routing.rules-published`. */
@CommandHandler(PublishRoutingRulesCommand)
export class PublishRoutingRulesHandler implements ICommandHandler<PublishRoutingRulesCommand, RoutingRuleTable> {
  constructor(
    @Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(ROUTING_CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    caller,
    rules,
    expectedVersion,
    correlationId,
  }: PublishRoutingRulesCommand): Promise<RoutingRuleTable> {
    const problems = routingRuleTableProblems(rules, (id) => this.directory.hasParty(id));
    if (problems.length > 0) throw new ValidationFailedException(problems);
    const publishedBy: ActorRef = {
      username: caller.username,
      name: caller.name,
      role: caller.role,
      ...(caller.organisation ? { organisation: caller.organisation.id } : {}),
      ...(caller.party ? { party: caller.party.id } : {}),
    };
    return this.rules.publish(rules.map(normalise), publishedBy, this.clock().toISOString(), {
      expectedVersion,
      metadata: {
        actor: {
          id: caller.username,
          role: caller.role,
          ...(caller.organisation ? { organisation: caller.organisation.id } : {}),
        },
        correlationId,
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
