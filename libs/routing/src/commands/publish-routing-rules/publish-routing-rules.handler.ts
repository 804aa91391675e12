import type { PublishedRoutingRule, RoutingRuleTable } from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, Directory, redactText, UnknownDirectoryEntryError, type ActorRef } from '@lagspill/domain';
import type { Caller } from '@lagspill/auth';
import { ValidationFailedException } from '@lagspill/platform';
import { NotRuleTableOwnerError } from '../../rules/not-rule-table-owner.error';
import { routingRuleTableProblems } from '../../rules/routing-rule-table-problems';
import { RoutingRulesRepository, type RuleTableScope } from '../../rules/routing-rules.repository';
import { PublishRoutingRulesCommand, type RuleTableTarget } from './publish-routing-rules.command';

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
    const scope = this.scopeOf(caller, table);
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

  /** The table the caller publishes: a coordinator only their region's, an admin only the national one. */
  private scopeOf(caller: Caller, table: RuleTableTarget): RuleTableScope {
    const own = caller.role === 'admin' ? null : caller.role === 'coordinator' ? caller.region : undefined;
    if (table === 'caller') {
      if (own === undefined) throw new NotRuleTableOwnerError(caller.region ?? null);
      return own;
    }
    if (table.region !== null && !this.directory.hasRegion(table.region)) {
      throw new UnknownDirectoryEntryError('region', table.region);
    }
    if (own !== table.region) throw new NotRuleTableOwnerError(table.region);
    return table.region;
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
