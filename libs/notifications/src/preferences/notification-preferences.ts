import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@lagspill/auth';
import type { NotificationPreferencesResponse } from '@lagspill/contracts';
import {
  Directory,
  NOTIFICATION_CHOICES,
  NOTIFICATION_KIND_LABELS,
  wantsNotification,
  type NotificationKind,
} from '@lagspill/domain';
import { ValidationFailedException } from '@lagspill/platform';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import type { NotificationPreferencesRequestDto } from './notification-preferences.request.dto';

/** Where a person's notification mail goes, and the kinds their role lets them turn on or off. */
@Injectable()
export class NotificationPreferences {
  constructor(
    @Inject(NotificationPreferencesRepository) private readonly preferences: NotificationPreferencesRepository,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  get(caller: Caller): Promise<NotificationPreferencesResponse> {
    return this.response(caller);
  }

  async choose(caller: Caller, body: NotificationPreferencesRequestDto): Promise<NotificationPreferencesResponse> {
    const choosable = NOTIFICATION_CHOICES[caller.role];
    // Own names only: `kind in choosable` took "__proto__", "constructor" and "toString" for kinds.
    const errors = Object.entries(body.kinds).flatMap(([kind, enabled]) => {
      const field = `kinds.${kind}`;
      if (!Object.hasOwn(choosable, kind)) {
        const allowed = Object.keys(choosable).join(', ') || 'none';
        return [{ field, message: `${field} is not a kind a ${caller.role} may choose (may: ${allowed})` }];
      }
      return typeof enabled === 'boolean' ? [] : [{ field, message: `${field} must be true or false` }];
    });
    if (errors.length > 0) throw new ValidationFailedException(errors);
    await this.preferences.choose(caller.username, body.kinds);
    return this.response(caller);
  }

  private async response(caller: Caller): Promise<NotificationPreferencesResponse> {
    const chosen = await this.preferences.chosen(caller.username);
    const kinds = Object.keys(NOTIFICATION_CHOICES[caller.role]) as NotificationKind[];
    return {
      email: this.directory.findPerson(caller.username)?.email ?? null,
      kinds: kinds.map((kind) => ({
        kind,
        label: NOTIFICATION_KIND_LABELS[kind],
        enabled: wantsNotification(caller.role, kind, chosen),
      })),
    };
  }
}
