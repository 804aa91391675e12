import type { RoutingRule } from '@lagspill/contracts';
import { viewerOf, type Caller } from '@lagspill/auth';
import type { Directory } from '@lagspill/domain';
import { ValidationFailedException } from '@lagspill/platform';
import { routingRuleTableProblems } from './routing-rule-table-problems';
import { ruleTableOwnedBy, type RuleTableTarget } from './rule-table-ownership';
import type { RuleTableScope } from './routing-rules.repository';

/**
 * The scope of a table the caller may publish, once the table has passed every check a publication
 * gets: the caller owns it (403 otherwise), and its codes, parties and catch-all are right (400 naming
 * each field). Publishing and a dry run check alike, so a dry run answers only what a PUT would take.
 */
export function publishableRuleTableScope(
  caller: Caller,
  rules: readonly RoutingRule[],
  table: RuleTableTarget,
  directory: Directory,
): RuleTableScope {
  const scope = ruleTableOwnedBy(viewerOf(caller), table, directory);
  const problems = routingRuleTableProblems(rules, (id) => directory.hasParty(id), {
    region: scope,
    serves: (id) => directory.servesRegion(id, scope),
  });
  if (problems.length > 0) throw new ValidationFailedException(problems);
  return scope;
}
