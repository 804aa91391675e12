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
    if (this.options.mailTransport === 'none' || planned.length === 0) return;
    const people = planned.flatMap((p) => (p.recipient.kind === 'person' ? [p.recipient.person.username] : []));
    const choices = await this.preferences.choices(sql, people);
    const entries = planned.flatMap((p): OutboxEntry[] => {
      const { recipient } = p;
      if (recipient.kind === 'party-mailbox') {
        return [{ source, address: recipient.address, recipient: `party:${recipient.party}`, notice: notice(p) }];
      }
      const { person } = recipient;
      if (!person.email || !wantsNotification(person.role, p.kind, choices.get(person.username) ?? {})) return [];
      return [{ source, address: person.email, recipient: `person:${person.username}`, notice: notice(p) }];
    });
    await this.outbox.add(sql, entries);
  }
}
