import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { RegionTree } from '@lagspill/contracts';
import type { Helsefellesskap, Municipality } from '@lagspill/domain';
import { DirectoryChanges } from './directory-changes';
import { DirectoryQueries } from './directory-queries';
import { HELSEFELLESSKAP_SHAPE, MUNICIPALITY_SHAPE, readShape } from './entry-shapes';

/** /api/directory/regions, …/helsefellesskap, …/municipalities: where organisations sit; admins change it. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/directory')
@Roles('coordinator', 'admin')
export class RegionsController {
  constructor(
    @Inject(DirectoryQueries) private readonly queries: DirectoryQueries,
    @Inject(DirectoryChanges) private readonly changes: DirectoryChanges,
  ) {}

  @Get('regions')
  @ApiOperation({ summary: 'The regions, their helsefellesskap and the kommuner in each' })
  regions(): RegionTree[] {
    return this.queries.regions();
  }

  @Post('helsefellesskap')
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Register a helsefellesskap in a region' })
  async registerHelsefellesskap(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<Helsefellesskap> {
    const helsefellesskap = readShape<Helsefellesskap>(body, HELSEFELLESSKAP_SHAPE);
    await this.changes.apply(caller, [{ type: 'register-helsefellesskap', helsefellesskap }]);
    return helsefellesskap;
  }

  @Post('municipalities')
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Register a kommune in a helsefellesskap' })
  async registerMunicipality(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<Municipality> {
    const municipality = readShape<Municipality>(body, MUNICIPALITY_SHAPE);
    await this.changes.apply(caller, [{ type: 'register-municipality', municipality }]);
    return municipality;
  }

  @Patch('municipalities/:number')
  @Roles('admin')
  @ApiOperation({ summary: 'Move a kommune to another helsefellesskap' })
  async moveMunicipality(
    @CurrentCaller() caller: Caller,
    @Param('number') number: string,
    @Body() body: unknown,
  ): Promise<Municipality> {
    const { helsefellesskap } = readShape<{ helsefellesskap: string }>(body, { helsefellesskap: 'string' });
    await this.changes.apply(caller, [{ type: 'move-municipality', number, helsefellesskap }]);
    return this.queries.municipality(number);
  }
}
