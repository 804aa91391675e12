import type { Viewer } from '../case/case-access';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { ROLES } from '../directory/directory.types';
import { Directory } from '../directory/directory';
import {
  managesWebhooksOf,
  MAX_WEBHOOKS_PER_PARTY,
  ownWebhookParty,
  requireRoomForWebhook,
  WebhookLimitReachedError,
  webhookPartyFor,
  webhookPartyListedFor,
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

  // Every role, acting for a party or not, against every party in the directory.
  const viewers: Viewer[] = ROLES.flatMap((role) => [{ role }, { role, party: 'cgm' }]);
  const parties = DEMO_DIRECTORY.parties.map((p) => p.id);
  it.each(
    viewers.flatMap((viewer) =>
      parties.map((party) => [viewer.role, viewer.party ?? 'no party', party, viewer] as const),
    ),
  )('%s (%s) and the webhooks of %s: an admin any, everyone else only their own party’s', (_, __, party, viewer) => {
    const own = viewer.role === 'admin' || viewer.party === party;
    expect(managesWebhooksOf(viewer, party)).toBe(own);
    if (own) expect(webhookPartyFor(viewer, party, directory)).toBe(party);
    else expect(() => webhookPartyFor(viewer, party, directory)).toThrow(WebhookRefusedError);
    if (viewer.role !== 'admin' && !viewer.party)
      expect(() => webhookPartyListedFor(viewer, party)).toThrow(WebhookRefusedError);
    else expect(webhookPartyListedFor(viewer, party)).toBe(viewer.role === 'admin' ? party : viewer.party);
  });

  it(`allows ${MAX_WEBHOOKS_PER_PARTY} webhooks a party and not one more`, () => {
    expect(() => requireRoomForWebhook('cgm', MAX_WEBHOOKS_PER_PARTY - 1)).not.toThrow();
    expect(() => requireRoomForWebhook('cgm', MAX_WEBHOOKS_PER_PARTY)).toThrow(WebhookLimitReachedError);
  });
});
