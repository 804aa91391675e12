import type { RoutingRuleTable } from '@lagspill/contracts';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RoutingRulesRepository } from '../../rules/routing-rules.repository';

@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/routing/rules')
export class GetRoutingRulesController {
  constructor(@Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository) {}

  @Get()
  @ApiOperation({ summary: 'The rule table in force: the last published, or the default from the taxonomy' })
  @ApiOkResponse({
    description: '{version, source, publishedAt?, publishedBy?, rules: [{id, description, when, target}]}',
  })
  async current(@Res({ passthrough: true }) response: Response): Promise<RoutingRuleTable> {
    const table = await this.rules.current();
    response.setHeader('ETag', `"${table.version}"`);
    return table;
  }
}
