import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { DirectoryHistoryEntry, DirectoryPage, OrganisationEntry } from '@lagspill/contracts';
import { Directory, type NewOrganisation, type OrganisationChanges } from '@lagspill/domain';
import type { Response } from 'express';
import { activation } from './activation';
import { DirectoryChanges } from './directory-changes';
import { ifMatchVersion, requireEntryVersion, tagEntry } from './entry-version';
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
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search organisations by name, orgnr or HER-id; filter by type, region or vendor' })
  list(@Query() query: DirectorySearchRequestDto): DirectoryPage<OrganisationEntry> {
    return this.queries.organisations(searchOf(query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation, with its kommune, helsefellesskap and region; its ETag for If-Match' })
  get(@Param('id') id: string, @Res({ passthrough: true }) response: Response): OrganisationEntry {
    const organisation = this.queries.organisation(id);
    tagEntry(response, this.directory, 'organisation', id);
    return organisation;
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change of the organisation, oldest first, with who made it and when' })
  history(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<DirectoryHistoryEntry[]> {
    return this.queries.historyOf(caller, 'organisation', id);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an organisation (orgnr with a valid check digit, not already registered)' })
  async register(
    @CurrentCaller() caller: Caller,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrganisationEntry> {
    const organisation = readShape<NewOrganisation>(body, ORGANISATION_SHAPE);
    await this.changes.apply(caller, [{ type: 'register-organisation', organisation }]);
    return this.get(organisation.id, response);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Change an organisation: name, system (today, or `scheduledSystem` from a later day), kommune, contacts; `active`. With If-Match, only if it is still at that version',
  })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrganisationEntry> {
    const basedOn = ifMatchVersion(ifMatch);
    const { active, ...changes } = readShape<OrganisationChanges & { active?: boolean }>(
      body,
      { ...ORGANISATION_FIELDS, ...CHANGE_EXTRAS },
      { nullable: true },
    );
    await this.changes.apply(
      caller,
      [{ type: 'change-organisation', id, changes }, ...activation({ entry: 'organisation', id }, active)],
      (directory) => requireEntryVersion(directory, 'organisation', id, basedOn),
    );
    return this.get(id, response);
  }
}
