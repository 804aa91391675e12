import type { RoutingDryRun, RoutingRuleTable } from '@lagspill/contracts';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { Directory, UnknownDirectoryEntryError } from '@lagspill/domain';
import { ValidationFailedException } from '@lagspill/platform';
import { PublishRoutingRulesCommand } from './commands/publish-routing-rules/publish-routing-rules.command';
import { PublishRoutingRulesHandler } from './commands/publish-routing-rules/publish-routing-rules.handler';
import { PublishRoutingRulesRequest } from './commands/publish-routing-rules/publish-routing-rules.request.dto';
import { RoutingRuleTableRequest } from './commands/publish-routing-rules/routing-rule-table.request.dto';
import { DryRunRoutingRulesHandler } from './queries/dry-run-routing-rules/dry-run-routing-rules.handler';
import { DryRunRoutingRulesQuery } from './queries/dry-run-routing-rules/dry-run-routing-rules.query';
import type { RuleTableTarget } from './rules/rule-table-ownership';
import { RoutingRulesRepository, type RuleTableScope } from './rules/routing-rules.repository';

const TABLE_DESCRIPTION =
  '{region, version, source: default|national|published, publishedAt?, publishedBy?, rules: [{id, description, when, target}]}';
const DRY_RUN_DESCRIPTION =
  '{region, regions, from, to, days, cases, changed, targets: [{party, current, proposed}], sample: [{caseId, reference, category, subcategory, reportedAt, current: {party, rule}, proposed: {party, rule}}], shadowed: [{index, rule, shadowedBy: [{index, rule}]}]}';
const SHADOWED_DESCRIPTION =
  'SHADOWED_RULES: some rules can never match; errors name each (rules.N) and the earlier rules that catch its cases. Send confirmShadowed: true to publish anyway';
const IF_MATCH = /^(?:W\/)?"(\d+)"$/;

/**
 * The rule tables under /api/routing: the caller's own (`rules`: a coordinator's region's, an admin's
 * national defaults), a region's by name, or the national defaults. Everyone reads them; a region's
 * coordinators publish its table, admins the national defaults, and whoever may publish a table may try
 * a proposed one on the last 90 days first (`…/rules/dry-run`).
 */
@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/routing')
export class RoutingRulesController {
  constructor(
    @Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(PublishRoutingRulesHandler) private readonly publishRules: PublishRoutingRulesHandler,
    @Inject(DryRunRoutingRulesHandler) private readonly dryRunRules: DryRunRoutingRulesHandler,
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

  @Put('rules')
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary: "Publish the caller's rule table: a coordinator's region's, an admin's national defaults",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The table version read (ETag); a stale one is 409' })
  @ApiOkResponse({ description: 'The table now in force' })
  @ApiUnprocessableEntityResponse({ description: SHADOWED_DESCRIPTION })
  publishOwn(
    @CurrentCaller() caller: Caller,
    @Body() body: PublishRoutingRulesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutingRuleTable> {
    return this.publish(caller, body, 'caller', ifMatch, response);
  }

  @Put('regions/:region/rules')
  @Roles('coordinator')
  @ApiOperation({ summary: "Publish a region's rule table (that region's coordinators only)" })
  @ApiParam({ name: 'region', example: 'helse-vest' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The table version read (ETag); a stale one is 409' })
  @ApiOkResponse({ description: 'The table now in force in the region' })
  @ApiUnprocessableEntityResponse({ description: SHADOWED_DESCRIPTION })
  publishRegion(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body() body: PublishRoutingRulesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutingRuleTable> {
    return this.publish(caller, body, { region }, ifMatch, response);
  }

  @Put('national/rules')
  @Roles('admin')
  @ApiOperation({ summary: 'Publish the national default rules, used by every region without a table of its own' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The table version read (ETag); a stale one is 409' })
  @ApiOkResponse({ description: 'The national defaults now in force' })
  @ApiUnprocessableEntityResponse({ description: SHADOWED_DESCRIPTION })
  publishNational(
    @CurrentCaller() caller: Caller,
    @Body() body: PublishRoutingRulesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutingRuleTable> {
    return this.publish(caller, body, { region: null }, ifMatch, response);
  }

  @Post('rules/dry-run')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary:
      "How the last 90 days' cases would have been routed by a proposed table of the caller's, against the one in force",
  })
  @ApiOkResponse({ description: DRY_RUN_DESCRIPTION })
  dryRunOwn(@CurrentCaller() caller: Caller, @Body() body: RoutingRuleTableRequest): Promise<RoutingDryRun> {
    return this.dryRunRules.execute(new DryRunRoutingRulesQuery(caller, body.rules, 'caller'));
  }

  @Post('regions/:region/rules/dry-run')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "A dry run of a proposed table for a region (that region's coordinators only)" })
  @ApiParam({ name: 'region', example: 'helse-vest' })
  @ApiOkResponse({ description: DRY_RUN_DESCRIPTION })
  dryRunRegion(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body() body: RoutingRuleTableRequest,
  ): Promise<RoutingDryRun> {
    return this.dryRunRules.execute(new DryRunRoutingRulesQuery(caller, body.rules, { region }));
  }

  @Post('national/rules/dry-run')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'A dry run of proposed national defaults, over the regions without a table of their own',
  })
  @ApiOkResponse({ description: DRY_RUN_DESCRIPTION })
  dryRunNational(@CurrentCaller() caller: Caller, @Body() body: RoutingRuleTableRequest): Promise<RoutingDryRun> {
    return this.dryRunRules.execute(new DryRunRoutingRulesQuery(caller, body.rules, { region: null }));
  }

  private async publish(
    caller: Caller,
    body: PublishRoutingRulesRequest,
    table: RuleTableTarget,
    ifMatch: string | undefined,
    response: Response,
  ): Promise<RoutingRuleTable> {
    const published = await this.publishRules.execute(
      new PublishRoutingRulesCommand(
        caller,
        body.rules,
        expectedVersion(ifMatch),
        table,
        body.confirmShadowed === true,
      ),
    );
    response.setHeader('ETag', `"${published.version}"`);
    return published;
  }

  private async serve(scope: RuleTableScope, response: Response): Promise<RoutingRuleTable> {
    const table = await this.rules.table(scope);
    response.setHeader('ETag', `"${table.version}"`);
    return table;
  }
}

function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = IF_MATCH.exec(ifMatch.trim());
  if (!match)
    throw new ValidationFailedException([{ field: 'If-Match', message: 'If-Match must be a version such as "3"' }]);
  return Number(match[1]);
}
