import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { DirectoryHistoryEntry, DirectoryPage, OrganisationEntry } from '@lagspill/contracts';
import type { NewOrganisation, OrganisationChanges } from '@lagspill/domain';
import { activation } from './activation';
import { DirectoryChanges } from './directory-changes';
import { DirectoryQueries } from './directory-queries';
import { DirectorySearchRequestDto, searchOf } from './directory-search.request.dto';
import { CHANGE_EXTRAS, ORGANISATION_SHAPE, readShape } from './entry-shapes';

const { id: _id, ...ORGANISATION_FIELDS } = ORGANISATION_SHAPE;

/** /api/directory/organisations: admins edit every organisation, coordinators their region's. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/directory/organisations')
@Roles('coordinator', 'admin')
export class OrganisationsController {
  constructor(
    @Inject(DirectoryQueries) private readonly queries: DirectoryQueries,
    @Inject(DirectoryChanges) private readonly changes: DirectoryChanges,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search organisations by name, orgnr or HER-id; filter by type, region or vendor' })
  list(@Query() query: DirectorySearchRequestDto): DirectoryPage<OrganisationEntry> {
    return this.queries.organisations(searchOf(query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation, with its kommune, helsefellesskap and region' })
  get(@Param('id') id: string): OrganisationEntry {
    return this.queries.organisation(id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change of the organisation, oldest first, with who made it and when' })
  history(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<DirectoryHistoryEntry[]> {
    return this.queries.historyOf(caller, 'organisation', id);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an organisation (orgnr with a valid check digit, not already registered)' })
  async register(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<OrganisationEntry> {
    const organisation = readShape<NewOrganisation>(body, ORGANISATION_SHAPE);
    await this.changes.apply(caller, [{ type: 'register-organisation', organisation }]);
    return this.queries.organisation(organisation.id);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Change an organisation: name, system (today, or `scheduledSystem` from a later day), kommune, contacts; `active`',
  })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<OrganisationEntry> {
    const { active, ...changes } = readShape<OrganisationChanges & { active?: boolean }>(
      body,
      { ...ORGANISATION_FIELDS, ...CHANGE_EXTRAS },
      { nullable: true },
    );
    await this.changes.apply(caller, [
      { type: 'change-organisation', id, changes },
      ...activation({ entry: 'organisation', id }, active),
    ]);
    return this.queries.organisation(id);
  }
}
