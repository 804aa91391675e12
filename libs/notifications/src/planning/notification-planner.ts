import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  Clock,
  assignedParty,
  CASE_EVENT_TYPES,
  CASE_FOLLOWING_EVENT_TYPES,
  caseEventTime,
  caseIdOfFollowing,
  caseIdOf,
  caseIdOfStream,
  CLUSTER_SUGGESTED,
  Directory,
  FOLLOWING_STREAM,
  foldFollowers,
  foldNotifiedCase,
  planCaseNotifications,
  regionOfOrganisation,
  toCoordinators,
  type CaseEvent,
  type CaseFollowingEvent,
  type ClusterSuggestedEvent,
  type DirectoryEventOf,
  type NotifiedCase,
  type PlannedNotification,
} from '@lagspill/domain';
import { EventProcessor, EventStore, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { WebhookDeliveryRepository, type NewDelivery } from '../webhooks/delivery/webhook-delivery.repository';
import { WebhookFanOut } from '../webhooks/delivery/webhook-fan-out';
import { WebhookRepository, type DeliverableWebhook } from '../webhooks/webhook.repository';
import { MailOutbox, type MailPlan } from './mail-outbox';
import type { Notice } from './notice';
import { NotifiedCaseRepository } from './notified-case.repository';

export const NOTIFICATION_PLANNER_SUBSCRIPTION = 'notifications.planner';
const ENROLMENT_REQUESTED = 'directory.enrolment-requested';
type EnrolmentRequestedEvent = DirectoryEventOf<typeof ENROLMENT_REQUESTED>;
type PlannedEvent = CaseEvent | CaseFollowingEvent | ClusterSuggestedEvent | EnrolmentRequestedEvent;
/** Older events are history, not news: a log replayed or a demo year seeded tells nobody anything. */
const NEWS_MAX_AGE_MS = 72 * 3_600_000;

/**
 * Turns the log's events into notifications: one outbox row per event and address for mail, one
 * delivery per event and webhook. Transactional, so what it plans commits with its checkpoint and is
 * planned exactly once, through restarts and redeliveries alike. Sending is someone else's job.
 */
@Injectable()
export class NotificationPlanner extends EventProcessor<PlannedEvent> {
  private readonly logger = new Logger(NotificationPlanner.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(NotifiedCaseRepository) private readonly notifiedCases: NotifiedCaseRepository,
    @Inject(MailOutbox) private readonly mail: MailOutbox,
    @Inject(WebhookRepository) private readonly hooks: WebhookRepository,
    @Inject(WebhookFanOut) private readonly webhooks: WebhookFanOut,
    @Inject(WebhookDeliveryRepository) private readonly deliveries: WebhookDeliveryRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super(store, {
      name: NOTIFICATION_PLANNER_SUBSCRIPTION,
      eventTypes: [...CASE_EVENT_TYPES, ...CASE_FOLLOWING_EVENT_TYPES, CLUSTER_SUGGESTED, ENROLMENT_REQUESTED],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
  }

  /**
   * A batch's cases and the active webhooks are read once, and what it plans is written at its end, one
   * statement per table: the planner is on every event.
   */
  protected async apply(events: readonly RecordedEvent<PlannedEvent>[], { sql }: EventStoreTransaction): Promise<void> {
    const caseIds = events.flatMap((e) => caseIdOfStream(e.streamId) ?? FOLLOWING_STREAM.keyOf(e.streamId) ?? []);
    const batch: BatchPlan = {
      cases: await this.notifiedCases.notifiedCases(sql, [...new Set(caseIds)]),
      hooks: await this.hooks.active(sql),
      changedCases: new Map(),
      mails: [],
      deliveries: [],
    };
    for (const event of events) {
      if (event.type === CLUSTER_SUGGESTED) this.clusterSuggested(event, batch);
      else if (event.type === ENROLMENT_REQUESTED) this.enrolmentRequested(event, batch);
      else if (event.type === 'case.followed' || event.type === 'case.unfollowed') this.following(event, batch);
      else if (caseIdOfStream(event.streamId) !== undefined) await this.caseEvent(sql, event, batch);
    }
    await this.notifiedCases.saveAll(sql, [...batch.changedCases.values()]);
    await this.mail.addAll(sql, batch.mails);
    await this.deliveries.add(sql, batch.deliveries);
  }

  private async caseEvent(
    sql: EventStoreTransaction['sql'],
    event: RecordedEvent<CaseEvent>,
    batch: BatchPlan,
  ): Promise<void> {
    const caseId = caseIdOf(event);
    const before = batch.cases.get(caseId);
    const notified = foldNotifiedCase(before, caseId, event, this.directory);
    if (!notified) return;
    if (notified !== before) {
      batch.cases.set(caseId, notified);
      batch.changedCases.set(caseId, notified);
    }
    if (!isNews(event, caseEventTime(event), this.clock.now())) return;
    const planned = planCaseNotifications(notified, event, this.directory);
    batch.mails.push({ source: event.eventId, planned, notice: (n) => caseNotice(n, notified, event) });
    const assigned = assignedParty(event);
    const newParty = assigned !== undefined && !(before?.routedParties.includes(assigned) ?? false);
    const linked =
      event.type === 'case.linked'
        ? (batch.cases.get(event.data.case) ?? (await this.notifiedCases.notifiedCase(sql, event.data.case)))
        : undefined;
    batch.deliveries.push(
      ...(await this.webhooks.deliveriesOf(event, notified, batch.hooks, newParty ? assigned : undefined, linked)),
    );
  }

  /** Who follows a case, kept with what the planner knows of it; a case it does not know yet has nobody to tell. */
  private following(event: RecordedEvent<CaseFollowingEvent>, batch: BatchPlan): void {
    const caseId = caseIdOfFollowing(event);
    const known = batch.cases.get(caseId);
    if (!known) return;
    const notified = { ...known, followers: foldFollowers(known.followers ?? [], event) };
    batch.cases.set(caseId, notified);
    batch.changedCases.set(caseId, notified);
  }

  private clusterSuggested(recorded: RecordedEvent<ClusterSuggestedEvent>, batch: BatchPlan): void {
    const { data } = recorded;
    if (!isNews(recorded, data.at, this.clock.now())) return;
    const planned = toCoordinators('cluster-suggested', data.regions, this.directory);
    const notice = (): Notice => ({
      kind: 'cluster-suggested',
      at: data.at,
      category: data.category,
      detail: {
        clusterId: data.clusterId,
        product: data.system.version ? `${data.system.product} ${data.system.version}` : data.system.product,
        organisations: data.organisations,
        reports: data.reports,
      },
    });
    batch.mails.push({ source: recorded.eventId, planned, notice });
  }

  /** The coordinators of the region of the organisation asked for; only the name of who asks is in the mail. */
  private enrolmentRequested(recorded: RecordedEvent<EnrolmentRequestedEvent>, batch: BatchPlan): void {
    const { request, at } = recorded.data;
    const region = regionOfOrganisation(this.directory, request.organisation);
    if (region === undefined || !isNews(recorded, at, this.clock.now())) return;
    const planned = toCoordinators('enrolment-requested', [region], this.directory);
    const organisation = this.directory.findOrganisation(request.organisation)?.name ?? request.organisation;
    const notice = (): Notice => ({ kind: 'enrolment-requested', at, detail: { name: request.name, organisation } });
    batch.mails.push({ source: recorded.eventId, planned, notice });
  }
}

/** What the planner knows and has planned while it works through one batch. */
interface BatchPlan {
  /** What it knows of the batch's cases, updated event by event. */
  readonly cases: Map<string, NotifiedCase>;
  readonly hooks: readonly DeliverableWebhook[];
  readonly changedCases: Map<string, NotifiedCase>;
  readonly mails: MailPlan[];
  readonly deliveries: NewDelivery[];
}

function caseNotice(planned: PlannedNotification, notified: NotifiedCase, event: CaseEvent): Notice {
  const detail: Notice['detail'] =
    event.type === 'case.sla-breached'
      ? { sla: event.data.kind, dueAt: event.data.dueAt }
      : planned.kind === 'reporter-replied'
        ? { reply: REPLY_OF[event.type] ?? 'replied' }
        : planned.kind === 'followed-case-updated'
          ? { update: event.type }
          : undefined;
  const party = partyOf(planned, notified, event);
  return {
    kind: planned.kind,
    at: caseEventTime(event),
    caseId: notified.caseId,
    reference: notified.reference,
    title: notified.title,
    category: notified.category,
    ...(party ? { party } : {}),
    ...(detail ? { detail } : {}),
  };
}

/** Which of the reporter's doings a `reporter-replied` notice is, so its mail's subject can say so. */
const REPLY_OF: Partial<Record<CaseEvent['type'], string>> = {
  'case.information-provided': 'answered',
  'case.comment-added': 'commented',
  'case.reopened': 'reopened',
};

/** The party a notice names: the one whose deadline passed, the one it is written for, or the case's. */
function partyOf(planned: PlannedNotification, notified: NotifiedCase, event: CaseEvent): string | undefined {
  if (event.type === 'case.sla-breached') return event.data.party;
  return planned.forParty ?? notified.party;
}

/** Whether an event that happened `at` is recent enough to tell anyone (and was recorded recently too). */
function isNews(recorded: RecordedEvent, at: string, now: Date): boolean {
  return Math.min(Date.parse(at), recorded.recordedAt.getTime()) > now.getTime() - NEWS_MAX_AGE_MS;
}
