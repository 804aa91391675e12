import type { RoutingRuleTarget } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { ROUTE_TARGETS } from '@lagspill/domain';
import { isRoutingRuleTarget } from '../../rules/routing-rule';
import { RoutingRuleConditionRequest } from './routing-rule-condition.request.dto';

function IsRoutingRuleTarget(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRoutingRuleTarget',
      validator: {
        validate: (value: unknown) => isRoutingRuleTarget(value),
        defaultMessage: () => `target must be one of ${ROUTE_TARGETS.join(', ')}, or {"party": "<party id>"}`,
      },
    },
    options,
  );
}

export class RoutingRuleRequest {
  @ApiProperty({ example: 'sfm-from-gp-to-epj-vendor' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be lower-case words joined by hyphens' })
  @MaxLength(80)
  id!: string;

  @ApiProperty({ example: 'SFM-feil fra fastlegekontor: til leverandøren av journalsystemet.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description!: string;

  @ApiProperty({ type: RoutingRuleConditionRequest, description: 'Empty: matches every case (the last rule)' })
  @IsObject()
  @ValidateNested()
  @Type(() => RoutingRuleConditionRequest)
  when!: RoutingRuleConditionRequest;

  @ApiProperty({
    oneOf: [
      { type: 'string', enum: [...ROUTE_TARGETS] },
      { type: 'object', properties: { party: { type: 'string' } } },
    ],
    example: 'vendor',
    description:
      'vendor (of the reporter system), nhn, pharmacy (chain of the multidose pharmacy), working-group, organisation (goes to the working group), or a fixed {party}',
  })
  @IsRoutingRuleTarget()
  target!: RoutingRuleTarget;
}
