import type { Viewer } from '../case/case-access';
import { DEMO_DIRECTORY } from '../directory/demo-directory';
import { Directory } from '../directory/directory';
import {
  managesWebhooksOf,
  MAX_WEBHOOKS_PER_PARTY,
  ownWebhookParty,
  requireRoomForWebhook,
  WebhookLimitReachedError,
  webhookPartyFor,
  WebhookRefusedError,
  WebhookRejectedError,
} from './webhook-rules';

const directory = new Directory(DEMO_DIRECTORY);
const admin: Viewer = { role: 'admin' };
const cgmResponder: Viewer = { role: 'responder', party: 'cgm' };
const coordinator: Viewer = { role: 'coordinator', party: 'arbeidsgruppe-nord', region: 'helse-nord' };
const reporter: Viewer = { role: 'reporter', organisation: 'morkved-legesenter' };

describe('webhook rules', () => {
  it('registers for the party one acts for, named or not', () => {
    expect(webhookPartyFor(cgmResponder, undefined, directory)).toBe('cgm');
    expect(webhookPartyFor(cgmResponder, 'cgm', directory)).toBe('cgm');
    expect(webhookPartyFor(coordinator, undefined, directory)).toBe('arbeidsgruppe-nord');
  });

  it('refuses another party, and anyone who acts for none', () => {
    expect(() => webhookPartyFor(cgmResponder, 'eg', directory)).toThrow(WebhookRefusedError);
    expect(() => webhookPartyFor(reporter, undefined, directory)).toThrow(WebhookRefusedError);
    expect(() => ownWebhookParty(reporter)).toThrow(WebhookRefusedError);
  });

  it('lets an admin register for any party in the directory, which they must name', () => {
    expect(webhookPartyFor(admin, 'nhn', directory)).toBe('nhn');
    expect(() => webhookPartyFor(admin, undefined, directory)).toThrow(WebhookRejectedError);
    expect(() => webhookPartyFor(admin, 'ukjent', directory)).toThrow(
      expect.objectContaining({ field: 'party', kind: 'validation' }),
    );
  });

  it('lets an admin manage every webhook, others only their own party’s', () => {
    expect(managesWebhooksOf(admin, 'cgm')).toBe(true);
    expect(managesWebhooksOf(cgmResponder, 'cgm')).toBe(true);
    expect(managesWebhooksOf(cgmResponder, 'eg')).toBe(false);
    expect(managesWebhooksOf(reporter, 'cgm')).toBe(false);
  });

  it(`allows ${MAX_WEBHOOKS_PER_PARTY} webhooks a party and not one more`, () => {
    expect(() => requireRoomForWebhook('cgm', MAX_WEBHOOKS_PER_PARTY - 1)).not.toThrow();
    expect(() => requireRoomForWebhook('cgm', MAX_WEBHOOKS_PER_PARTY)).toThrow(WebhookLimitReachedError);
  });
});
