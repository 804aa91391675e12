import type { Webhook, WebhookDelivery } from '../../api/types';
import { lastOutcome, webhookStatus } from './webhook-labels';

const delivery = (attempts: WebhookDelivery['attempts']): WebhookDelivery => ({
  id: 'd1',
  eventId: 'e1',
  eventType: 'case.routed',
  caseId: 'c1',
  status: 'pending',
  createdAt: '2026-12-01T10:00:00.000Z',
  nextAttemptAt: null,
  deliveredAt: null,
  attempts,
});
const attempt = (statusCode: number | null, error: string | null, durationMs: number | null, number = 1) => ({
  number,
  at: '2026-12-01T10:00:01.000Z',
  statusCode,
  error,
  durationMs,
});

describe('webhook labels', () => {
  it("describes the receiver's last answer, or why none came", () => {
    expect(lastOutcome(delivery([]))).toBe('Ikke forsøkt ennå');
    expect(lastOutcome(delivery([attempt(503, null, 40), attempt(200, null, 12, 2)]))).toBe('HTTP 200 (12 ms)');
    expect(lastOutcome(delivery([attempt(null, 'ECONNREFUSED', 3)]))).toBe('ECONNREFUSED (3 ms)');
    expect(lastOutcome(delivery([attempt(null, null, null)]))).toBe('Ukjent feil');
  });

  it('tags a webhook as on or off', () => {
    const webhook: Webhook = {
      id: 'w1',
      party: 'cgm',
      url: 'https://cgm.example.no/lagspill',
      description: null,
      status: 'active',
      createdAt: '2026-12-01T10:00:00.000Z',
      createdBy: 'support.cgm',
      disabledAt: null,
      disabledReason: null,
    };
    expect(webhookStatus(webhook).text).toBe('Aktiv');
    expect(webhookStatus({ ...webhook, status: 'disabled' }).text).toBe('Slått av');
  });
});
