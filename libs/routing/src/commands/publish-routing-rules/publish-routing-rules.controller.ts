import type { RoutingRuleTable } from '@lagspill/contracts';
import { Body, Controller, Headers, Inject, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { ValidationFailedException } from '@lagspill/platform';
import { PublishRoutingRulesCommand } from './publish-routing-rules.command';
import { PublishRoutingRulesRequest } from './publish-routing-rules.request.dto';

const IF_MATCH = /^(?:W\/)?"(\d+)"$/;

@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/routing/rules')
export class PublishRoutingRulesController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Put()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Publish a new rule table (stored as a routing.rules-published event)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The table version read (ETag); a stale one is 409' })
  @ApiOkResponse({ description: 'The table now in force' })
  async publish(
    @CurrentCaller() caller: Caller,
    @Body() body: PublishRoutingRulesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('x-request-id') requestId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoutingRuleTable> {
    const table = await this.commands.execute<PublishRoutingRulesCommand, RoutingRuleTable>(
      new PublishRoutingRulesCommand(caller, body.rules, expectedVersion(ifMatch), requestId ?? randomUUID()),
    );
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
