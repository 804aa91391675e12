import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CATEGORY_CODES, ORGANISATION_TYPES, type Integration, type OrganisationType } from '@lagspill/domain';
import { INTEGRATIONS } from '../../rules/routing-rule';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** When a rule applies; every field left out matches anything, and an empty object matches every case. */
export class RoutingRuleConditionRequest {
  @ApiPropertyOptional({ example: 'sfm', enum: CATEGORY_CODES })
  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: string;

  @ApiPropertyOptional({ example: ['packing'], description: 'Subcategory codes (of `category` when given)' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(SLUG, { each: true, message: 'each subcategory must be a code such as "packing"' })
  @MaxLength(64, { each: true })
  subcategories?: string[];

  @ApiPropertyOptional({ example: ['gp-office'], enum: ORGANISATION_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(ORGANISATION_TYPES, { each: true })
  organisationTypes?: OrganisationType[];

  @ApiPropertyOptional({ example: 'sfm-basis', enum: INTEGRATIONS })
  @IsOptional()
  @IsIn(INTEGRATIONS)
  integration?: Integration;
}
