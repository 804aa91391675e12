import type { DeliveryStatus, Webhook, WebhookDelivery } from '../../api/types';

type TagColor = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

export const DELIVERY_STATUS_LABELS: Readonly<Record<DeliveryStatus, string>> = {
  pending: 'Venter',
  delivered: 'Levert',
  failed: 'Feilet',
  uncertain: 'Uviss',
  abandoned: 'Forkastet',
};

export const DELIVERY_STATUS_COLORS: Readonly<Record<DeliveryStatus, TagColor>> = {
  pending: 'info',
  delivered: 'success',
  failed: 'danger',
  uncertain: 'warning',
  abandoned: 'danger',
};

/** The status tag of a webhook: on, or off and why. */
export function webhookStatus(webhook: Webhook): { readonly text: string; readonly color: TagColor } {
  return webhook.status === 'active' ? { text: 'Aktiv', color: 'success' } : { text: 'Slått av', color: 'warning' };
}

/** What the receiver answered the last time: its HTTP status, else why no answer came. */
export function lastOutcome(delivery: WebhookDelivery): string {
  const last = delivery.attempts.at(-1);
  if (!last) return 'Ikke forsøkt ennå';
  const answer = last.statusCode !== null ? `HTTP ${last.statusCode}` : (last.error ?? 'Ukjent feil');
  return last.durationMs === null ? answer : `${answer} (${last.durationMs} ms)`;
}
