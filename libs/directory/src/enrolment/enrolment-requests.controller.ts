import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AllowUnenrolled,
  CurrentCaller,
  Roles,
  VerifiedIdentity,
  type Caller,
  type VerifiedToken,
} from '@lagspill/auth';
import type {
  EnrolmentRequestAsked,
  EnrolmentRequestEntry,
  MyEnrolment,
  OrganisationChoice,
} from '@lagspill/contracts';
import { readShape } from '../api/entry-shapes';
import { EnrolmentRequests } from './enrolment-requests';
import { EnrolmentListRequestDto, OrganisationChoiceRequestDto } from './enrolment.request.dto';

/**
 * /api/enrolment-requests. The first three routes serve a verified person whom the directory does not
 * know yet (and anyone known); deciding is for coordinators (their region) and admins.
 */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/enrolment-requests')
export class EnrolmentRequestsController {
  constructor(@Inject(EnrolmentRequests) private readonly enrolments: EnrolmentRequests) {}

  @Post()
  @HttpCode(201)
  @AllowUnenrolled()
  @ApiOperation({ summary: 'Ask for access for an organisation; its region’s coordinators are notified' })
  ask(@VerifiedIdentity() identity: VerifiedToken, @Body() body: unknown): Promise<EnrolmentRequestEntry> {
    const asked = readShape<EnrolmentRequestAsked>(body, {
      organisation: 'string',
      name: 'string',
      email: 'string',
      message: 'string',
    });
    return this.enrolments.ask(identity, asked);
  }

  @Get('mine')
  @AllowUnenrolled()
  @ApiOperation({ summary: 'My requests, and the organisation my token names (HelseID’s orgnr claims)' })
  mine(@VerifiedIdentity() identity: VerifiedToken): MyEnrolment {
    return this.enrolments.mine(identity);
  }

  @Get('organisations')
  @AllowUnenrolled()
  @ApiOperation({ summary: 'Organisations to ask for: name, orgnr or HER-id (at least two characters)' })
  organisations(@Query() query: OrganisationChoiceRequestDto): OrganisationChoice[] {
    return this.enrolments.organisations(query.q);
  }

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Requests to decide: a coordinator’s region’s, or every one for an admin' })
  list(@CurrentCaller() caller: Caller, @Query() query: EnrolmentListRequestDto): EnrolmentRequestEntry[] {
    return this.enrolments.list(caller, query.status);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Approve: the person is enrolled as a reporter of the organisation asked for' })
  approve(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<EnrolmentRequestEntry> {
    return this.enrolments.approve(caller, id);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Refuse, with a reason the person sees' })
  refuse(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<EnrolmentRequestEntry> {
    const { reason } = readShape<{ reason: string }>(body, { reason: 'string' });
    return this.enrolments.refuse(caller, id, reason);
  }
}
