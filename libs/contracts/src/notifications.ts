import type { NotificationKind } from '@lagspill/domain';

/** GET/PUT /api/me/notifications: where the caller's mail goes and each kind they may choose. */
export interface NotificationPreferencesResponse {
  /** The caller's address in the directory; null when mail cannot reach them. */
  readonly email: string | null;
  readonly kinds: readonly {
    readonly kind: NotificationKind;
    readonly label: string;
    readonly enabled: boolean;
  }[];
}

/** PUT /api/me/notifications: the kinds to change; those left out keep their setting. */
export interface NotificationPreferencesRequest {
  readonly kinds: Readonly<Partial<Record<NotificationKind, boolean>>>;
}

export const WEBHOOK_STATUSES = ['active', 'disabled'] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

/** A party's webhook as GET /api/webhooks lists it; the secret is shown once, when it is registered. */
export interface WebhookResponse {
  readonly id: string;
  readonly party: string;
  readonly url: string;
  readonly description: string | null;
  readonly status: WebhookStatus;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly disabledAt: string | null;
  readonly disabledReason: string | null;
}

/** POST /api/webhooks: where deliveries go; only an admin names the party, everyone else registers for their own. */
export interface RegisterWebhookRequest {
  readonly url: string;
  readonly description?: string;
  readonly party?: string;
}

/** POST /api/webhooks: the webhook and its signing secret, which is never shown again. */
export interface WebhookCreatedResponse extends WebhookResponse {
  readonly secret: string;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'uncertain', 'abandoned'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One try at delivering an event to a webhook. */
export interface DeliveryAttemptView {
  readonly number: number;
  readonly at: string;
  /** The receiver's HTTP status; null when none came (refused, timed out, unreachable). */
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly durationMs: number | null;
}

/** GET /api/webhooks/{id}/deliveries: one event's delivery and every attempt at it. */
export interface WebhookDeliveryView {
  readonly id: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly caseId: string;
  readonly status: DeliveryStatus;
  readonly createdAt: string;
  readonly nextAttemptAt: string | null;
  readonly deliveredAt: string | null;
  readonly attempts: readonly DeliveryAttemptView[];
}

export interface WebhookDeliveryPage {
  readonly items: readonly WebhookDeliveryView[];
  readonly nextCursor: string | null;
}
