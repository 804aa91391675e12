import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { DirectoryHistoryEntry, DirectoryPage, PersonEntry } from '@lagspill/contracts';
import type { NewPerson, PersonChanges } from '@lagspill/domain';
import { activation } from './activation';
import { DirectoryChanges } from './directory-changes';
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
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search people by name, username or HPR number; filter by role, organisation or party' })
  list(@CurrentCaller() caller: Caller, @Query() query: DirectorySearchRequestDto): DirectoryPage<PersonEntry> {
    return this.queries.people(caller, searchOf(query));
  }

  @Get(':username')
  @ApiOperation({ summary: 'One person' })
  get(@CurrentCaller() caller: Caller, @Param('username') username: string): PersonEntry {
    return this.queries.person(caller, username);
  }

  @Get(':username/history')
  @ApiOperation({ summary: 'Every change of the person, oldest first, with who made it and when' })
  history(@CurrentCaller() caller: Caller, @Param('username') username: string): Promise<DirectoryHistoryEntry[]> {
    return this.queries.historyOf(caller, 'person', username);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Enrol a person: username is their subject at the identity provider (or a client id)' })
  async enrol(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<PersonEntry> {
    const person = readShape<NewPerson>(body, PERSON_SHAPE);
    await this.changes.apply(caller, [{ type: 'enrol-person', person }]);
    return this.queries.person(caller, person.username);
  }

  @Patch(':username')
  @ApiOperation({ summary: 'Change a person: name, e-mail, HPR number, role and organisation or party; `active`' })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('username') username: string,
    @Body() body: unknown,
  ): Promise<PersonEntry> {
    const { active, ...changes } = readShape<PersonChanges & { active?: boolean }>(
      body,
      { ...PERSON_FIELDS, ...CHANGE_EXTRAS },
      { nullable: true },
    );
    await this.changes.apply(caller, [
      { type: 'change-person', username, changes },
      ...activation({ entry: 'person', id: username }, active),
    ]);
    return this.queries.person(caller, username);
  }
}
