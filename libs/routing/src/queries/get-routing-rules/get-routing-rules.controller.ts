import type { RoutingRuleTable } from '@lagspill/contracts';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '@lagspill/auth';
import { Directory, UnknownDirectoryEntryError } from '@lagspill/domain';
import { RoutingRulesRepository, type RuleTableScope } from '../../rules/routing-rules.repository';

const TABLE_DESCRIPTION =
  '{region, version, source: default|national|published, publishedAt?, publishedBy?, rules: [{id, description, when, target}]}';

/** GET a rule table: the caller's own, a region's, or the national defaults. Tables are readable by everyone. */
@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/routing')
export class GetRoutingRulesController {
  constructor(
    @Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  @Get('rules')
  @ApiOperation({
    summary:
      "The table that routes the caller's region (its own, else the national defaults); admins and national parties: the national defaults",
  })
  @ApiOkResponse({ description: TABLE_DESCRIPTION })
  own(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: Response): Promise<RoutingRuleTable> {
    return this.serve(caller.role === 'admin' ? null : (caller.region ?? null), response);
  }

  @Get('regions/:region/rules')
  @ApiOperation({ summary: "The table that routes a region's cases: its own, else the national defaults" })
  @ApiParam({ name: 'region', example: 'helse-vest' })
  @ApiOkResponse({ description: TABLE_DESCRIPTION })
  region(@Param('region') region: string, @Res({ passthrough: true }) response: Response): Promise<RoutingRuleTable> {
    if (!this.directory.hasRegion(region)) throw new UnknownDirectoryEntryError('region', region);
    return this.serve(region, response);
  }

  @Get('national/rules')
  @ApiOperation({ summary: 'The national defaults: the last published by an admin, or the defaults from the taxonomy' })
  @ApiOkResponse({ description: TABLE_DESCRIPTION })
  national(@Res({ passthrough: true }) response: Response): Promise<RoutingRuleTable> {
    return this.serve(null, response);
  }

  private async serve(scope: RuleTableScope, response: Response): Promise<RoutingRuleTable> {
    const table = await this.rules.table(scope);
    response.setHeader('ETag', `"${table.version}"`);
    return table;
  }
}
