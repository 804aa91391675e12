import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { DirectoryHistoryEntry, DirectoryPage, PersonEntry } from '@lagspill/contracts';
import { Directory, type NewPerson, type PersonChanges } from '@lagspill/domain';
import type { Response } from 'express';
import { activation } from './activation';
import { DirectoryChanges } from './directory-changes';
import { ifMatchVersion, requireEntryVersion, tagEntry } from './entry-version';
import { DirectoryQueries } from './directory-queries';
import { DirectorySearchRequestDto, searchOf } from './directory-search.request.dto';
import { CHANGE_EXTRAS, PERSON_SHAPE, readShape } from './entry-shapes';

const { username: _username, ...PERSON_FIELDS } = PERSON_SHAPE;

/** /api/directory/people: admins edit everyone, coordinators their region's organisations' people and their group's. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/directory/people')
@Roles('coordinator', 'admin')
export class PeopleController {
  constructor(
    @Inject(DirectoryQueries) private readonly queries: DirectoryQueries,
    @Inject(DirectoryChanges) private readonly changes: DirectoryChanges,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search people by name, username or HPR number; filter by role, organisation or party' })
  list(@CurrentCaller() caller: Caller, @Query() query: DirectorySearchRequestDto): DirectoryPage<PersonEntry> {
    return this.queries.people(caller, searchOf(query));
  }

  @Get(':username')
  @ApiOperation({ summary: 'One person' })
  get(
    @CurrentCaller() caller: Caller,
    @Param('username') username: string,
    @Res({ passthrough: true }) response: Response,
  ): PersonEntry {
    const person = this.queries.person(caller, username);
    tagEntry(response, this.directory, 'person', username);
    return person;
  }

  @Get(':username/history')
  @ApiOperation({ summary: 'Every change of the person, oldest first, with who made it and when' })
  history(@CurrentCaller() caller: Caller, @Param('username') username: string): Promise<DirectoryHistoryEntry[]> {
    return this.queries.historyOf(caller, 'person', username);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Enrol a person: username is their subject at the identity provider (or a client id)' })
  async enrol(
    @CurrentCaller() caller: Caller,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PersonEntry> {
    const person = readShape<NewPerson>(body, PERSON_SHAPE);
    await this.changes.apply(caller, [{ type: 'enrol-person', person }]);
    return this.get(caller, person.username, response);
  }

  @Patch(':username')
  @ApiOperation({
    summary:
      'Change a person: name, e-mail, HPR number, role and organisation or party; `active`; with If-Match, only at that version',
  })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('username') username: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PersonEntry> {
    const basedOn = ifMatchVersion(ifMatch);
    const { active, ...changes } = readShape<PersonChanges & { active?: boolean }>(
      body,
      { ...PERSON_FIELDS, ...CHANGE_EXTRAS },
      { nullable: true },
    );
    await this.changes.apply(
      caller,
      [{ type: 'change-person', username, changes }, ...activation({ entry: 'person', id: username }, active)],
      (directory) => requireEntryVersion(directory, 'person', username, basedOn),
    );
    return this.get(caller, username, response);
  }
}
