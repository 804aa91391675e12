import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { toCaseView } from '@lagspill/contracts';
import {
  Clock,
  applyToDocument,
  foldCaseDocument,
  CASE_DECIDER,
  CaseAlreadyReportedError,
  caseStreamId,
  deviationNotice,
  deviationNoticeProblems,
  Directory,
  requireConcernedOrganisation,
  reportedSystemIn,
  systemOn,
  ReportRejectedError,
  requireSubcategoryOf,
  type ActorRef,
  type CaseCommand,
  type CaseDocument,
  type CaseEvent,
  type CaseReportedData,
  type CaseState,
} from '@lagspill/domain';
import { DeciderRepository, EventStore, StreamVersionConflictError } from '@lagspill/event-store';
import { apiInstant, CaseKeyring, TextScreener } from '@lagspill/platform';
import { CaseReferenceSequence } from '../../references/case-reference.repository';
import { IdempotencyKeyReusedError } from './idempotency-key-reused.error';
import { SubmitReportCommand } from './submit-report.command';
import type { SubmitReportRequest } from './submit-report.request.dto';
import type { SubmittedReport } from './submitted-report';

/** Turns a report into a case: checks it against the taxonomy and directory, screens its text, appends `case.reported`. */
@Injectable()
export class SubmitReportHandler {
  private readonly cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(TextScreener) private readonly screener: TextScreener,
    @Inject(CaseKeyring) private readonly keyring: CaseKeyring,
    @Inject(CaseReferenceSequence) private readonly references: CaseReferenceSequence,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.cases = new DeciderRepository(store, CASE_DECIDER);
  }

  async execute({ caller, report, idempotencyKey, correlationId, tx }: SubmitReportCommand): Promise<SubmittedReport> {
    const organisation = caller.organisation;
    if (!organisation) throw new ReportRejectedError('organisation', 'the caller acts for no organisation');
    requireSubcategoryOf(report.category, report.subcategory);
    requireReportedFacts(this.directory, report, organisation.id);
    // The system the organisation runs today: a switch recorded ahead of its day routes only later cases.
    const system = reportedSystemIn(
      this.directory,
      report.system ?? systemOn(organisation, this.clock.now().toISOString()),
    );

    const fingerprint = requestFingerprint(organisation.id, report);
    const caseId = idempotencyKey ? caseIdFor(organisation.id, idempotencyKey) : uuidv7();
    const existing = idempotencyKey ? await this.replay(caseId, fingerprint, caller) : undefined;
    if (existing) return existing;

    const reporter: ActorRef & { organisation: string } = {
      username: caller.username,
      name: caller.name,
      role: caller.role,
      organisation: organisation.id,
    };
    const now = this.clock.now().toISOString();
    const [title, description, technical] = await Promise.all([
      this.screener.screen(caseId, report.title),
      this.screener.screen(caseId, report.description),
      this.screenTechnical(caseId, report),
    ]);
    const data: CaseReportedData = {
      caseId,
      reference: await this.references.next(now),
      category: report.category,
      subcategory: report.subcategory,
      title,
      description,
      occurredAt: apiInstant(report.occurredAt).toISOString(),
      reportedAt: now,
      reporter,
      system,
      multidoseMode: report.multidoseMode,
      harm: report.harm,
      scope: {
        multiplePatients: report.scope.multiplePatients,
        multipleOrganisations: report.scope.multipleOrganisations,
      },
      technical: technical.values,
      ...(report.concerns === undefined ? {} : { concerns: report.concerns }),
      ...(report.fragmentedList ? { fragmentedList: true } : {}),
      ...(report.deviationNotice === undefined ? {} : { deviationNotice: deviationNotice(report.deviationNotice) }),
    };
    try {
      await this.cases.create(
        caseStreamId(caseId),
        { type: 'report-case', actor: reporter, at: now, report: data },
        {
          metadata: {
            actor: { id: caller.username, role: caller.role, organisation: organisation.id },
            correlationId,
            fingerprint,
          },
          ...(tx ? { tx } : {}),
        },
      );
    } catch (error) {
      // A concurrent retry with the same key got there first: answer with its case.
      const replayed =
        idempotencyKey && isAlreadyThere(error) ? await this.replay(caseId, fingerprint, caller) : undefined;
      if (replayed) return replayed;
      throw error;
    }
    const piiRemoved = title.piiRedacted + description.piiRedacted + technical.piiRedacted;
    // The originals were in this request: no need to fetch the case key to show them to their reporter.
    const originals = new Map(
      [title, description].flatMap((screened, i) =>
        screened.sealed ? [[screened.sealed, i === 0 ? report.title : report.description]] : [],
      ),
    );
    return {
      case: this.viewWith(applyToDocument(undefined, { type: 'case.reported', data }, 1), caller, (sealed) =>
        originals.get(sealed),
      ),
      replayed: false,
      warnings:
        piiRemoved > 0
          ? [
              {
                code: 'IDENTITY_NUMBER_REMOVED',
                message: `Teksten inneholdt ${piiRemoved} fødselsnummer. De er skjult for alle utenfor din virksomhet; bruk heller ReseptID, MeldingsID eller TraceID.`,
              },
            ]
          : [],
    };
  }

  /** The case an earlier request with the same key made, if any; a different report under the key is refused. */
  private async replay(
    caseId: string,
    fingerprint: string,
    caller: SubmitReportCommand['caller'],
  ): Promise<SubmittedReport | undefined> {
    const recorded = await this.store.readStream(caseStreamId(caseId));
    if (recorded.length === 0) return undefined;
    if (recorded[0].metadata.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    const document = foldCaseDocument(undefined, recorded);
    return { case: await this.view(document, caller), replayed: true, warnings: [] };
  }

  private async view(document: CaseDocument, caller: SubmitReportCommand['caller']) {
    return this.viewWith(document, caller, await this.keyring.opener(document.id));
  }

  private viewWith(
    document: CaseDocument,
    caller: SubmitReportCommand['caller'],
    unseal: (sealed: string) => string | undefined,
  ) {
    const viewer = {
      role: caller.role,
      organisation: caller.organisation?.id,
      party: caller.party?.id,
      region: caller.region,
    };
    return toCaseView(document, viewer, this.directory, unseal);
  }

  private async screenTechnical(caseId: string, report: SubmitReportRequest) {
    const entries = Object.entries(report.technical ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    const screened = await Promise.all(
      entries.map(async ([name, value]) => [name, await this.screener.screen(caseId, value)] as const),
    );
    return {
      values: Object.fromEntries(screened.map(([name, s]) => [name, s.text])),
      piiRedacted: screened.reduce((sum, [, s]) => sum + s.piiRedacted, 0),
    };
  }
}

/** The organisation the report concerns, and the notice stated for its harm: each must stand. */
function requireReportedFacts(directory: Directory, report: SubmitReportRequest, reporterOrganisation: string): void {
  if (report.concerns !== undefined) {
    requireConcernedOrganisation(
      directory,
      report.concerns,
      reporterOrganisation,
      (message) => new ReportRejectedError('concerns', message),
    );
  }
  const [problem] = deviationNoticeProblems(report.harm, report.deviationNotice);
  if (problem) throw new ReportRejectedError(problem.field, problem.message);
}

function isAlreadyThere(error: unknown): boolean {
  return error instanceof StreamVersionConflictError || error instanceof CaseAlreadyReportedError;
}

/** Same organisation and key, same case id: a retry can never make a second case. */
function caseIdFor(organisation: string, key: string): string {
  const hex = createHash('sha256').update(`${organisation}\u0000${key}`).digest('hex');
  // Shaped as a UUID (version 8: vendor-specific) so it sits with the UUIDv7 ids of other cases.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function requestFingerprint(organisation: string, report: SubmitReportRequest): string {
  return createHash('sha256')
    .update(JSON.stringify([organisation, report]))
    .digest('hex');
}
