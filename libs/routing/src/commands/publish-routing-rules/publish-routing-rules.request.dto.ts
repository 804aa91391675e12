import type { RoutingRulesRequest } from '@lagspill/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { RoutingRuleTableRequest } from './routing-rule-table.request.dto';

/** A whole rule table to publish, and whether rules that can never match are meant. */
export class PublishRoutingRulesRequest extends RoutingRuleTableRequest implements RoutingRulesRequest {
  @ApiPropertyOptional({
    example: true,
    description:
      'Publish even though some rules can never match (earlier rules catch all their cases); without it such a table is 422 SHADOWED_RULES',
  })
  @IsOptional()
  @IsBoolean()
  confirmShadowed?: boolean;
}
