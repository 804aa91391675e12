import type { RoutingRuleTable } from '@lagspill/contracts';
import { Body, Controller, Headers, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { ValidationFailedException } from '@lagspill/platform';
import { PublishRoutingRulesCommand, type RuleTableTarget } from './publish-routing-rules.command';
import { PublishRoutingRulesHandler } from './publish-routing-rules.handler';
import { PublishRoutingRulesRequest } from './publish-routing-rules.request.dto';

const IF_MATCH = /^(?:W\/)?"(\d+)"$/;

/**
 * PUT a rule table: the caller's own (`/api/routing/rules`: a coordinator's region, an admin's national
 * defaults), a region's by name (its coordinators only) or the national defaults (admins only).
 */
@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/routing')
export class PublishRoutingRulesController {
  constructor(@Inject(PublishRoutingRulesHandler) private readonly publishRules: PublishRoutingRulesHandler) {}

  @Put('rules')
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary: "Publish the caller's rule table: a coordinator's region's, an admin's national defaults",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The table version read (ETag); a stale one is 409' })
  @ApiOkResponse({ description: 'The table now in force' })
  publishOwn(
    @CurrentCaller() caller: Caller,
    @Body() body: PublishRoutingRulesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-request-id') requestId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutingRuleTable> {
    return this.publish(caller, body, 'caller', ifMatch, requestId, response);
  }

  @Put('regions/:region/rules')
  @Roles('coordinator')
  @ApiOperation({ summary: "Publish a region's rule table (that region's coordinators only)" })
  @ApiParam({ name: 'region', example: 'helse-vest' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The table version read (ETag); a stale one is 409' })
  @ApiOkResponse({ description: 'The table now in force in the region' })
  publishRegion(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body() body: PublishRoutingRulesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-request-id') requestId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutingRuleTable> {
    return this.publish(caller, body, { region }, ifMatch, requestId, response);
  }

  @Put('national/rules')
  @Roles('admin')
  @ApiOperation({ summary: 'Publish the national default rules, used by every region without a table of its own' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The table version read (ETag); a stale one is 409' })
  @ApiOkResponse({ description: 'The national defaults now in force' })
  publishNational(
    @CurrentCaller() caller: Caller,
    @Body() body: PublishRoutingRulesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-request-id') requestId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutingRuleTable> {
    return this.publish(caller, body, { region: null }, ifMatch, requestId, response);
  }

  private async publish(
    caller: Caller,
    body: PublishRoutingRulesRequest,
    table: RuleTableTarget,
    ifMatch: string | undefined,
    requestId: string | undefined,
    response: Response,
  ): Promise<RoutingRuleTable> {
    const published = await this.publishRules.execute(
      new PublishRoutingRulesCommand(caller, body.rules, expectedVersion(ifMatch), requestId ?? randomUUID(), table),
    );
    response.setHeader('ETag', `"${published.version}"`);
    return published;
  }
}

function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = IF_MATCH.exec(ifMatch.trim());
  if (!match)
    throw new ValidationFailedException([{ field: 'If-Match', message: 'If-Match must be a version such as "3"' }]);
  return Number(match[1]);
}
