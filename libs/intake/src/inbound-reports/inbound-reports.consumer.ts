import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CallerResolver, type Caller } from '@lagspill/auth';
import { Directory, ReportRejectedError, UnknownDirectoryEntryError } from '@lagspill/domain';
import type { EventStoreTransaction } from '@lagspill/event-store';
import {
  EventStreamConsumer,
  MessageRejectedError,
  TOPICS,
  type IntegrationEnvelope,
  type StreamConsumption,
} from '@lagspill/messaging';
import { createValidationPipe, ValidationFailedException } from '@lagspill/platform';
import { IdempotencyKeyReusedError } from '../commands/submit-report/idempotency-key-reused.error';
import { SubmitReportCommand } from '../commands/submit-report/submit-report.command';
import { SubmitReportHandler } from '../commands/submit-report/submit-report.handler';
import { InboundReportRequest } from './inbound-report.request.dto';

/**
 * Reports from vendor and EPJ systems over lagspill.reports.inbound, taken exactly as POST /api/reports
 * takes them: the same DTO through the same validation pipe, then the same SubmitReportHandler. The
 * envelope id is the Idempotency-Key, and the case is appended in the consumer's transaction with its
 * inbox row, so a redelivered message neither makes a second case nor is judged twice. A message that
 * can never become a case goes to lagspill.reports.inbound.dlq with the field errors, as problem+json
 * would list them, and the consumer goes on. On the Postgres-log transport this topic does not exist
 * and the consumer is idle: reports come in over HTTP only.
 */
@Injectable()
export class InboundReportsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly GROUP = 'intake.inbound-reports';
  private readonly validation = createValidationPipe();
  private readonly callers: CallerResolver;
  private consumption: StreamConsumption | undefined;

  constructor(
    @Inject(EventStreamConsumer) private readonly consumer: EventStreamConsumer,
    @Inject(SubmitReportHandler) private readonly submitReport: SubmitReportHandler,
    @Inject(Directory) private readonly directory: Directory,
  ) {
    this.callers = new CallerResolver(directory);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.consumption ??= await this.consumer.consume({
      group: InboundReportsConsumer.GROUP,
      topic: TOPICS.reportsInbound,
      deadLetterTopic: TOPICS.reportsInboundDeadLetter,
      handle: (envelope, tx) => this.handle(envelope, tx),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const consumption = this.consumption;
    this.consumption = undefined;
    await consumption?.stop();
  }

  async handle(envelope: IntegrationEnvelope, tx: EventStoreTransaction): Promise<void> {
    const { organisation, ...report } = await this.validated(envelope.data);
    const caller = this.callerFor(organisation);
    try {
      await this.submitReport.execute(new SubmitReportCommand(caller, report, envelope.id, tx, envelope.id));
    } catch (error) {
      if (error instanceof ReportRejectedError) {
        throw new MessageRejectedError([{ field: error.field, message: error.message }]);
      }
      if (error instanceof IdempotencyKeyReusedError) {
        throw new MessageRejectedError([{ field: 'id', message: error.message }]);
      }
      throw error;
    }
  }

  private async validated(data: unknown): Promise<InboundReportRequest> {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new MessageRejectedError([{ field: 'data', message: 'data must be a report object' }]);
    }
    try {
      return (await this.validation.transform(data, {
        type: 'body',
        metatype: InboundReportRequest,
      })) as InboundReportRequest;
    } catch (error) {
      if (error instanceof ValidationFailedException) throw new MessageRejectedError(error.errors);
      throw error;
    }
  }

  /** The submitting system, as a caller acting for its organisation (what a system token would give). */
  private callerFor(organisationId: string): Caller {
    try {
      const organisation = this.directory.organisation(organisationId);
      return this.callers.toCaller({
        username: `inbound:${organisation.id}`,
        name: organisation.name,
        role: 'system',
        organisation: organisation.id,
      });
    } catch (error) {
      if (!(error instanceof UnknownDirectoryEntryError)) throw error;
      throw new MessageRejectedError([
        { field: 'organisation', message: `"${organisationId}" is not a known organisation` },
      ]);
    }
  }
}
