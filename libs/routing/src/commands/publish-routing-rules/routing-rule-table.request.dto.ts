import type { RoutingDryRunRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateBy, ValidateNested } from 'class-validator';
import { duplicateRuleIds, endsWithOneCatchAll } from '../../rules/routing-rule-table-problems';
import { RoutingRuleRequest } from './routing-rule.request.dto';

const MAX_RULES = 500;

function HasUniqueRuleIds(): PropertyDecorator {
  return ValidateBy({
    name: 'hasUniqueRuleIds',
    validator: {
      validate: (rules: unknown) => !Array.isArray(rules) || duplicateRuleIds(rules as { id: string }[]).length === 0,
      defaultMessage: (args) =>
        `rule ids must be unique; used more than once: ${duplicateRuleIds(args?.value as { id: string }[]).join(', ')}`,
    },
  });
}

function EndsWithCatchAll(): PropertyDecorator {
  return ValidateBy({
    name: 'endsWithCatchAll',
    validator: {
      validate: (rules: unknown) =>
        !Array.isArray(rules) ||
        rules.some((r) => typeof (r as { when?: unknown })?.when !== 'object') ||
        endsWithOneCatchAll(rules as RoutingRuleRequest[]),
      defaultMessage: () => 'the last rule, and only the last, must match every case (an empty "when")',
    },
  });
}

/**
 * A whole rule table, in order: the first matching rule wins, the last matches everything. The body of
 * a dry run; a publication's adds the confirmation.
 */
export class RoutingRuleTableRequest implements RoutingDryRunRequest {
  @ApiProperty({ type: [RoutingRuleRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RULES)
  @ValidateNested({ each: true })
  @Type(() => RoutingRuleRequest)
  @HasUniqueRuleIds()
  @EndsWithCatchAll()
  rules!: RoutingRuleRequest[];
}
