import { Inject, Injectable } from '@nestjs/common';
import { wantsNotification, type PlannedNotification } from '@lagspill/domain';
import type { SqlExecutor } from '@lagspill/event-store';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from '../notifications.options';
import { NotificationPreferencesRepository } from '../preferences/notification-preferences.repository';
import { MailOutboxRepository } from './mail-outbox.repository';
import type { Notice, OutboxEntry } from './notice';

/**
 * Puts planned notifications in the mail outbox: party mailboxes always, people only for the kinds they
 * want and only if the directory has their address. Nothing at all when no mail can leave.
 */
@Injectable()
export class MailOutbox {
  constructor(
    @Inject(MailOutboxRepository) private readonly outbox: MailOutboxRepository,
    @Inject(NotificationPreferencesRepository) private readonly preferences: NotificationPreferencesRepository,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  async add(
    sql: SqlExecutor,
    source: string,
    planned: readonly PlannedNotification[],
    notice: (planned: PlannedNotification) => Notice,
  ): Promise<void> {
    await this.addAll(sql, [{ source, planned, notice }]);
  }

  /** Several events' notifications with one read of people's choices and one insert. */
  async addAll(sql: SqlExecutor, plans: readonly MailPlan[]): Promise<void> {
    if (this.options.mailTransport === 'none' || plans.every((plan) => plan.planned.length === 0)) return;
    const people = plans.flatMap((plan) =>
      plan.planned.flatMap((p) => (p.recipient.kind === 'person' ? [p.recipient.person.username] : [])),
    );
    const choices = await this.preferences.choices(sql, [...new Set(people)]);
    const entries = plans.flatMap(({ source, planned, notice }) =>
      planned.flatMap((p): OutboxEntry[] => {
        const { recipient } = p;
        if (recipient.kind === 'party-mailbox') {
          return [{ source, address: recipient.address, recipient: `party:${recipient.party}`, notice: notice(p) }];
        }
        const { person } = recipient;
        if (!person.email || !wantsNotification(person.role, p.kind, choices.get(person.username) ?? {})) return [];
        return [{ source, address: person.email, recipient: `person:${person.username}`, notice: notice(p) }];
      }),
    );
    await this.outbox.add(sql, entries);
  }
}

/** An event's planned notifications, with the notice each one carries. */
export interface MailPlan {
  /** What the notices come from (an event id): the outbox keeps one notice per source and address. */
  readonly source: string;
  readonly planned: readonly PlannedNotification[];
  readonly notice: (planned: PlannedNotification) => Notice;
}
