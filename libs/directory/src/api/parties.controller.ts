import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { DirectoryHistoryEntry, DirectoryPage, PartyEntry } from '@lagspill/contracts';
import { Directory, type NewParty, type PartyChanges } from '@lagspill/domain';
import type { Response } from 'express';
import { activation } from './activation';
import { DirectoryChanges } from './directory-changes';
import { ifMatchVersion, requireEntryVersion, tagEntry } from './entry-version';
import { DirectoryQueries } from './directory-queries';
import { DirectorySearchRequestDto, searchOf } from './directory-search.request.dto';
import { CHANGE_EXTRAS, PARTY_SHAPE, readShape } from './entry-shapes';

const { id: _id, ...PARTY_FIELDS } = PARTY_SHAPE;

/** /api/directory/parties: vendors, NHN, pharmacy chains and working groups; only admins change them. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/directory/parties')
@Roles('coordinator', 'admin')
export class PartiesController {
  constructor(
    @Inject(DirectoryQueries) private readonly queries: DirectoryQueries,
    @Inject(DirectoryChanges) private readonly changes: DirectoryChanges,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search parties by name; filter by kind (`type`)' })
  list(@Query() query: DirectorySearchRequestDto): DirectoryPage<PartyEntry> {
    return this.queries.parties(searchOf(query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One party: products, region (none: national), contact addresses, service levels' })
  get(@Param('id') id: string, @Res({ passthrough: true }) response: Response): PartyEntry {
    const party = this.queries.party(id);
    tagEntry(response, this.directory, 'party', id);
    return party;
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change of the party, oldest first, with who made it and when' })
  history(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<DirectoryHistoryEntry[]> {
    return this.queries.historyOf(caller, 'party', id);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Register a party' })
  async register(
    @CurrentCaller() caller: Caller,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PartyEntry> {
    const party = readShape<NewParty>(body, PARTY_SHAPE);
    await this.changes.apply(caller, [{ type: 'register-party', party }]);
    return this.get(party.id, response);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a party: name, products, region, contact addresses, service levels; `active`' })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PartyEntry> {
    const basedOn = ifMatchVersion(ifMatch);
    const { active, ...changes } = readShape<PartyChanges & { active?: boolean }>(
      body,
      { ...PARTY_FIELDS, ...CHANGE_EXTRAS },
      { nullable: true },
    );
    await this.changes.apply(
      caller,
      [{ type: 'change-party', id, changes }, ...activation({ entry: 'party', id }, active)],
      (directory) => requireEntryVersion(directory, 'party', id, basedOn),
    );
    return this.get(id, response);
  }
}
