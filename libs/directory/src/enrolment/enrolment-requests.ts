import { Inject, Injectable } from '@nestjs/common';
import { viewerOf, type Caller, type VerifiedToken } from '@lagspill/auth';
import type {
  EnrolmentRequestAsked,
  EnrolmentRequestEntry,
  MyEnrolment,
  OrganisationChoice,
} from '@lagspill/contracts';
import {
  Clock,
  decideDirectory,
  Directory,
  DirectoryChangeForbiddenError,
  DirectoryEntryNotFoundError,
  mayChangeDirectory,
  regionOfOrganisation,
  type ActorRef,
  type EnrolmentRequestState,
} from '@lagspill/domain';
import { v7 as uuidv7 } from 'uuid';
import { DirectoryChanges } from '../api/directory-changes';
import { DirectoryWriter } from '../live/directory-writer';

const CHOICES = 20;

/**
 * Access for a verified person the directory does not know: they ask for an organisation, the
 * coordinators of its region are told (notifications) and approve or refuse; approval enrols them as a
 * reporter of it. The HPR number and the username come from the token, never from the request.
 */
@Injectable()
export class EnrolmentRequests {
  constructor(
    @Inject(Directory) private readonly directory: Directory,
    @Inject(DirectoryWriter) private readonly writer: DirectoryWriter,
    @Inject(DirectoryChanges) private readonly changes: DirectoryChanges,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async ask(identity: VerifiedToken, asked: EnrolmentRequestAsked): Promise<EnrolmentRequestEntry> {
    const requestId = uuidv7();
    const name = asked.name ?? identity.name ?? '';
    const by: ActorRef = { username: identity.subject, name: name || identity.subject, role: 'reporter' };
    await this.writer.change((directory) => ({
      events: decideDirectory(
        directory,
        {
          type: 'request-enrolment',
          request: {
            requestId,
            username: identity.subject,
            name,
            email: asked.email ?? identity.email ?? '',
            organisation: asked.organisation,
            ...(identity.hprNumber === undefined ? {} : { hprNumber: identity.hprNumber }),
            ...(asked.message === undefined ? {} : { message: asked.message }),
          },
        },
        by,
        this.clock.now().toISOString(),
      ),
      result: undefined,
    }));
    return this.entry(this.found(requestId));
  }

  /** What the person sees of their own requests, and the organisation their token names, if any. */
  mine(identity: VerifiedToken): MyEnrolment {
    const suggested = (identity.organisationNumbers ?? [])
      .map((orgnr) => this.directory.findOrganisationByOrgnr(orgnr))
      .find((organisation) => organisation !== undefined && organisation.deactivatedAt === undefined);
    return {
      requests: this.directory
        .enrolmentRequests()
        .filter((request) => request.username === identity.subject)
        .map((request) => this.entry(request)),
      ...(identity.name ? { name: identity.name } : {}),
      ...(identity.hprNumber ? { hprNumber: identity.hprNumber } : {}),
      ...(identity.email ? { email: identity.email } : {}),
      ...(suggested ? { suggestedOrganisation: { id: suggested.id, name: suggested.name } } : {}),
    };
  }

  /** Active organisations whose name holds `q`, or whose orgnr or HER-id it is. */
  organisations(q: string): OrganisationChoice[] {
    const wanted = q.trim().toLowerCase();
    if (wanted.length < 2) return [];
    return this.directory.data.organisations
      .filter(
        (o) =>
          o.deactivatedAt === undefined &&
          (o.name.toLowerCase().includes(wanted) || o.orgnr === wanted || String(o.herId) === wanted),
      )
      .slice(0, CHOICES)
      .map((o) => ({ id: o.id, name: o.name, municipality: this.directory.findMunicipality(o.municipality)?.name }));
  }

  /** The requests a coordinator decides (their region's) or an admin (all), newest first. */
  list(caller: Caller, status?: EnrolmentRequestState['status']): EnrolmentRequestEntry[] {
    const viewer = viewerOf(caller);
    return this.directory
      .enrolmentRequests()
      .filter(
        (request) =>
          (status === undefined || request.status === status) &&
          mayChangeDirectory(viewer, this.directory, {
            type: 'refuse-enrolment',
            requestId: request.requestId,
            reason: '',
          }),
      )
      .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
      .map((request) => this.entry(request));
  }

  async approve(caller: Caller, requestId: string): Promise<EnrolmentRequestEntry> {
    this.visible(caller, requestId);
    await this.changes.apply(caller, [{ type: 'approve-enrolment', requestId }]);
    return this.entry(this.found(requestId));
  }

  async refuse(caller: Caller, requestId: string, reason: string): Promise<EnrolmentRequestEntry> {
    this.visible(caller, requestId);
    await this.changes.apply(caller, [{ type: 'refuse-enrolment', requestId, reason }]);
    return this.entry(this.found(requestId));
  }

  /** Another region's request is as good as absent to a coordinator. */
  private visible(caller: Caller, requestId: string): void {
    const request = this.found(requestId);
    const command = { type: 'refuse-enrolment', requestId: request.requestId, reason: '' } as const;
    if (!mayChangeDirectory(viewerOf(caller), this.directory, command)) {
      if (caller.role === 'coordinator')
        throw new DirectoryEntryNotFoundError('requestId', `enrolment request ${requestId}`);
      throw new DirectoryChangeForbiddenError(caller.role);
    }
  }

  private found(requestId: string): EnrolmentRequestState {
    const request = this.directory.enrolmentRequest(requestId);
    if (!request) throw new DirectoryEntryNotFoundError('requestId', `enrolment request ${requestId}`);
    return request;
  }

  private entry(request: EnrolmentRequestState): EnrolmentRequestEntry {
    const organisation = this.directory.findOrganisation(request.organisation);
    const region = regionOfOrganisation(this.directory, request.organisation);
    return {
      ...request,
      ...(organisation ? { organisationName: organisation.name } : {}),
      ...(region ? { region } : {}),
    };
  }
}
