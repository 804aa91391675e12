import {
  hasValidSignature,
  MailSender,
  NOTIFICATION_PLANNER_SUBSCRIPTION,
  NotificationPlanner,
  NotificationPruner,
  WebhookDeliverer,
} from '@lagspill/notifications';
import { IDENTITY_NUMBER_PLACEHOLDER } from '@lagspill/domain';
import { DataSource } from 'typeorm';
import { eventually } from '../../../test/support/eventually';
import { startSmtpCatcher, type SmtpCatcher } from '../../../test/support/smtp-catcher';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/support/webhook-receiver';
import { CaseApi, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

const FNR = '01018010018';
const CGM = 'CompuGroup Medical (CGM)';
const CGM_MAILBOX = 'saker@cgm.example.no';
const REPORTER = 'kari.nordmann@morkved-legesenter.example.no';
const HOUR_MS = 3_600_000;
const DIGEST_SECONDS = 300;

/**
 * Notifications against real servers on loopback: an SMTP server receives the mail, an HTTP receiver
 * the webhook deliveries. The senders' timers are off; each test runs their rounds at chosen instants,
 * so the digest window and 24 hours of retries take no waiting.
 */
describe('notifications', () => {
  let t: TestApp;
  let api: CaseApi;
  let smtp: SmtpCatcher;
  let planner: NotificationPlanner;
  let mail: MailSender;
  let deliverer: WebhookDeliverer;
  /** The instant the next sender round runs at; moved forward by the tests. */
  let clock: number;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      SMTP_TIMEOUT_MS: '2000',
      NOTIFICATION_INTERVAL_MS: '0',
      MAIL_DIGEST_SECONDS: String(DIGEST_SECONDS),
      WEBHOOK_RETRY_BASE_MS: '1000',
      PUBLIC_BASE_URL: 'https://lagspill.example.no',
    });
    api = new CaseApi(t);
    planner = t.app.get(NotificationPlanner);
    mail = t.app.get(MailSender);
    deliverer = t.app.get(WebhookDeliverer);
    clock = Date.now();
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Lets the planner catch up, then runs a mail round `advanceMs` after the last. */
  async function mailRound(advanceMs = 1000) {
    await planner.whenCaughtUp();
    clock += advanceMs;
    return mail.round(new Date(clock));
  }

  /** The newest mail to `address`: its status and why it was not sent, if it was not. */
  const lastMailTo = async (address: string): Promise<{ status: string; last_error: string }> => {
    const [mailed]: { status: string; last_error: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT status, last_error FROM notifications.mail WHERE address = $1 ORDER BY id DESC LIMIT 1`, [
        address,
      ]);
    return mailed;
  };

  /** Every digest window passes: whatever waits for any address goes out now. */
  const windowPassed = () => mailRound(DIGEST_SECONDS * 1000 + 1000);

  async function routedCase(overrides: Record<string, unknown> = {}): Promise<CaseBody> {
    return api.reportedAndRouted('lege.cgm', sfmSyncReport(overrides));
  }

  describe('mail', () => {
    it('tells the party a case is routed to, in Norwegian, plain and HTML, with no identity number', async () => {
      await windowPassed();
      const before = smtp.to(CGM_MAILBOX).length;
      const routed = await routedCase({
        title: `SFM viser feil liste for pasient ${FNR}`,
        description: `Pasient ${FNR} har to legemiddellister.`,
      });
      await mailRound();
      const [sent] = smtp.to(CGM_MAILBOX).slice(before);
      expect(sent.subject).toBe(
        `Ny sak ${routed.reference} til ${CGM}: «SFM viser feil liste for pasient ${IDENTITY_NUMBER_PLACEHOLDER}»`,
      );
      expect(sent.text).toContain(`https://lagspill.example.no/saker/${routed.id}`);
      expect(sent.html).toContain(`href="https://lagspill.example.no/saker/${routed.id}"`);
      expect(sent.text).toContain(`felles adresse for ${CGM}`);
      expect(sent.raw).toMatch(/multipart\/alternative/);
      expect(sent.raw).not.toContain(FNR);
      // The mail links to the case; it does not quote the description.
      expect(sent.text).not.toContain('to legemiddellister');
    });

    it('tells the reporter their case was acknowledged, and not the responder who did it', async () => {
      const routed = await routedCase();
      await windowPassed();
      const reporterBefore = smtp.to(REPORTER).length;
      const responderBefore = smtp.to('jonas.kristiansen@cgm.example.no').length;
      expect((await api.command('support.cgm', routed.id, 'acknowledge', routed.version)).status).toBe(200);
      await windowPassed();
      const mails = smtp.to(REPORTER).slice(reporterBefore);
      expect(mails.map((m) => m.subject)).toEqual([`Tatt imot av ${CGM}: ${routed.reference} «${routed.title}»`]);
      expect(mails[0].text).toContain('https://lagspill.example.no/varsler');
      expect(smtp.to('jonas.kristiansen@cgm.example.no')).toHaveLength(responderBefore);
    });

    it('sends one digest, not a flood, when many events reach one person within the window', async () => {
      const cases = [await routedCase(), await routedCase(), await routedCase()];
      await windowPassed();
      const before = smtp.to(REPORTER).length;
      expect((await api.command('support.cgm', cases[0].id, 'acknowledge', cases[0].version)).status).toBe(200);
      await mailRound();
      expect(smtp.to(REPORTER)).toHaveLength(before + 1);
      for (const c of cases.slice(1)) {
        expect((await api.command('support.cgm', c.id, 'acknowledge', c.version)).status).toBe(200);
      }
      for (const c of cases) {
        const comment = { body: 'Vi ser på det.', visibility: 'public' };
        expect((await api.command('support.cgm', c.id, 'comments', c.version + 1, comment)).status).toBe(200);
      }
      // Within the window: nothing is composed, nothing sent, nothing was lost.
      expect(await mailRound(60_000)).toEqual({ lost: 0, composed: 0, attempted: 0 });
      expect(smtp.to(REPORTER)).toHaveLength(before + 1);
      await windowPassed();
      const digests = smtp.to(REPORTER).slice(before + 1);
      expect(digests).toHaveLength(1);
      expect(digests[0].subject).toBe('5 nye varsler i Lagspill: Tatt imot (2), Ny kommentar (3)');
      for (const c of cases) expect(digests[0].text).toContain(`https://lagspill.example.no/saker/${c.id}`);
    });

    it("follows each person's choices, and sends nothing twice however often the planner runs", async () => {
      await api.put('lege.cgm', '/api/me/notifications', { kinds: { 'public-comment': false } });
      const routed = await routedCase();
      await windowPassed();
      const before = smtp.to(REPORTER).length;
      const question = { body: 'Kan du sjekke versjonen?', visibility: 'public' };
      expect((await api.command('support.cgm', routed.id, 'comments', routed.version, question)).status).toBe(200);
      await api.command('support.cgm', routed.id, 'resolve', routed.version + 1, { resolution: 'Rettet i 8.5.' });
      await windowPassed();
      const subjects = smtp
        .to(REPORTER)
        .slice(before)
        .map((m) => m.subject);
      expect(subjects).toEqual([`Løst av ${CGM}: ${routed.reference} «${routed.title}»`]);

      // The planner handles the whole log again from the start: nothing new is planned or sent.
      const total = smtp.mails.length;
      await planner.stop();
      await t.app
        .get(DataSource)
        .query(`UPDATE event_store.subscriptions SET transaction_id = '0', global_position = 0 WHERE name = $1`, [
          NOTIFICATION_PLANNER_SUBSCRIPTION,
        ]);
      planner.start();
      await windowPassed();
      expect(smtp.mails).toHaveLength(total);
      await api.put('lege.cgm', '/api/me/notifications', { kinds: { 'public-comment': true } });
    });
    it('tries a mail the server refused again later, and it arrives once', async () => {
      const routed = await routedCase();
      await windowPassed();
      const before = smtp.to(REPORTER).length;
      smtp.refuseNext(1);
      expect((await api.command('support.cgm', routed.id, 'acknowledge', routed.version)).status).toBe(200);
      expect(await windowPassed()).toEqual({ lost: 0, composed: 1, attempted: 1 });
      expect(smtp.to(REPORTER)).toHaveLength(before);
      const refused = await lastMailTo(REPORTER);
      expect(refused.status).toBe('pending');
      expect(refused.last_error).toMatch(/Try again later/);
      // The first retry waits a minute.
      expect((await mailRound(30_000)).attempted).toBe(0);
      expect((await mailRound(31_000)).attempted).toBe(1);
      const arrived = smtp.to(REPORTER).slice(before);
      expect(arrived.map((m) => m.subject)).toEqual([`Tatt imot av ${CGM}: ${routed.reference} «${routed.title}»`]);
    });

    it('does not send again a mail whose reply never came, since the server may have taken it: it arrives once', async () => {
      const routed = await routedCase();
      await windowPassed();
      const before = smtp.to(REPORTER).length;
      // The server takes the whole message but answers only after the sender stopped waiting for a reply
      // (twice SMTP_TIMEOUT_MS: 4 s).
      smtp.holdNext(1, 4_500);
      expect((await api.command('support.cgm', routed.id, 'acknowledge', routed.version)).status).toBe(200);
      expect(await windowPassed()).toEqual({ lost: 0, composed: 1, attempted: 1 });
      const unknown = await lastMailTo(REPORTER);
      expect(unknown.status).toBe('uncertain');
      expect(unknown.last_error).toMatch(/not sent again/);
      await eventually('the late reply', async () => (smtp.holding() === 0 ? true : undefined));
      // Past every retry the sender would make of a refused mail: nothing is attempted again.
      for (const hours of [1, 2, 4, 8]) expect((await mailRound(hours * 3_600_000)).attempted).toBe(0);
      expect(smtp.to(REPORTER).slice(before)).toHaveLength(1);
    });
  });

  describe('GET/PUT /api/me/notifications', () => {
    it("lists the kinds the caller's role may choose, with their settings", async () => {
      const response = await api.get('support.eg', '/api/me/notifications');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        email: 'lars.moen@eg.example.no',
        kinds: [
          { kind: 'case-assigned', label: 'Ny sak til oss', enabled: false },
          { kind: 'reporter-replied', label: 'Melderen har svart, kommentert eller gjenåpnet', enabled: false },
          { kind: 'followed-case-updated', label: 'Nytt i en sak du følger, eller som dere har hatt', enabled: true },
        ],
      });
      const changed = await api.put('support.eg', '/api/me/notifications', { kinds: { 'case-assigned': true } });
      expect(changed.status).toBe(200);
      expect((changed.body as { kinds: { enabled: boolean }[] }).kinds.map((k) => k.enabled)).toEqual([
        true,
        false,
        true,
      ]);
    });

    it('refuses a kind the role may not choose and a value that is not true or false, naming the field', async () => {
      const response = await api.put('lege.eg', '/api/me/notifications', {
        kinds: { 'sla-breached': true, 'case-resolved': 'yes' },
      });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
        'kinds.sla-breached',
        'kinds.case-resolved',
      ]);
      const kinds = (await api.get('lege.eg', '/api/me/notifications')).body as { kinds: { enabled: boolean }[] };
      expect(kinds.kinds.every((k) => k.enabled)).toBe(true);
      expect((await api.get('epj.morkved', '/api/me/notifications')).status).toBe(403);
    });
  });

  describe('webhooks', () => {
    let receiver: WebhookReceiver;
    afterEach(() => receiver?.close());

    async function register(username: string, url: string, extra: Record<string, unknown> = {}) {
      return t
        .http()
        .post('/api/webhooks')
        .set(await api.authorization(username))
        .send({ url, ...extra });
    }

    const deliveriesOf = async (username: string, id: string) =>
      (await api.get(username, `/api/webhooks/${id}/deliveries`)).body as {
        items: { eventType: string; status: string; caseId: string; attempts: { statusCode: number | null }[] }[];
      };

    it('signs each delivery, retries a 500 with backoff and stops at the 200: three attempts, one delivery', async () => {
      receiver = await startWebhookReceiver((previous) => (previous < 2 ? 500 : 200));
      const registered = await register('support.cgm', receiver.url, { description: 'Vår saksbehandling' });
      expect(registered.status).toBe(201);
      const { id, secret } = registered.body as { id: string; secret: string };
      expect(secret).toMatch(/^whsec_/);

      const routed = await routedCase({ description: `Gjelder pasient ${FNR}.` });
      await planner.whenCaughtUp();
      clock += HOUR_MS;
      expect(await deliverer.deliverDue(new Date(clock))).toBe(2);
      // Not due yet: the first retry waits the base (1 s), the second twice that.
      expect(await deliverer.deliverDue(new Date(clock + 500))).toBe(0);
      expect(await deliverer.deliverDue(new Date(clock + 1000))).toBe(2);
      expect(await deliverer.deliverDue(new Date(clock + 2500))).toBe(0);
      expect(await deliverer.deliverDue(new Date(clock + 3000))).toBe(2);
      expect(await deliverer.deliverDue(new Date(clock + 60_000))).toBe(0);
      clock += 60_000;

      const log = await deliveriesOf('support.cgm', id);
      expect(log.items.map((d) => [d.eventType, d.status, d.attempts.map((a) => a.statusCode)])).toEqual([
        ['case.routed', 'delivered', [500, 500, 200]],
        ['case.reported', 'delivered', [500, 500, 200]],
      ]);
      const ids = [...new Set(receiver.received.map((r) => String(r.headers['x-lagspill-delivery'])))];
      expect(ids).toHaveLength(2);
      for (const deliveryId of ids) {
        const attempts = receiver.attemptsOf(deliveryId);
        expect(attempts.map((a) => a.answered)).toEqual([500, 500, 200]);
        for (const attempt of attempts) {
          expect(hasValidSignature(secret, attempt.body, attempt.headers['x-lagspill-signature'] as string)).toBe(true);
          expect(attempt.body).toBe(attempts[0].body);
        }
      }
      const reported = receiver.received.find((r) => r.headers['x-lagspill-event'] === 'case.reported');
      const envelope = JSON.parse(reported!.body) as Record<string, unknown> & { data: Record<string, unknown> };
      expect(envelope).toMatchObject({ specversion: '1.0', type: 'case.reported', subject: routed.id });
      expect(envelope.data).toMatchObject({ caseId: routed.id, reference: routed.reference, piiRedacted: 1 });
      expect(receiver.received.map((r) => r.body).join('\n')).not.toContain(FNR);
      expect(
        hasValidSignature('whsec_wrong', reported!.body, reported!.headers['x-lagspill-signature'] as string),
      ).toBe(false);
      await t
        .http()
        .delete(`/api/webhooks/${id}`)
        .set(await api.authorization('support.cgm'))
        .expect(204);
    });

    it('turns a webhook off after 24 hours of failures and tells the party by mail', async () => {
      receiver = await startWebhookReceiver(() => 503);
      const { id } = (await register('support.cgm', receiver.url)).body as { id: string };
      await routedCase();
      await planner.whenCaughtUp();
      clock += HOUR_MS;
      const start = clock;
      expect(await deliverer.deliverDue(new Date(start))).toBe(2);
      expect(await deliverer.deliverDue(new Date(start + 23 * HOUR_MS))).toBe(2);
      await windowPassed();
      const before = smtp.to(CGM_MAILBOX).length;
      clock = start + 24 * HOUR_MS + 1000;
      expect(await deliverer.deliverDue(new Date(clock))).toBe(2);

      const listed = (await api.get('support.cgm', '/api/webhooks')).body as {
        id: string;
        status: string;
        disabledReason: string;
      }[];
      const webhook = listed.find((w) => w.id === id)!;
      expect(webhook.status).toBe('disabled');
      expect(webhook.disabledReason).toContain('HTTP 503');
      expect((await deliveriesOf('support.cgm', id)).items.map((d) => d.status)).toEqual(['failed', 'failed']);
      expect(await deliverer.deliverDue(new Date(clock + 48 * HOUR_MS))).toBe(0);
      await windowPassed();
      const told = smtp.to(CGM_MAILBOX).slice(before);
      expect(told).toHaveLength(1);
      expect(told[0].text).toContain(`Webhooken ${receiver.url} er slått av`);
      expect(told[0].text).toContain('https://lagspill.example.no/webhooker');
    });

    it("keeps each party's webhooks to itself, and refuses a URL that cannot be one", async () => {
      const { id } = (await register('support.cgm', 'http://127.0.0.1:9/hook')).body as { id: string };
      expect(((await api.get('support.eg', '/api/webhooks')).body as unknown[]).length).toBe(0);
      expect((await api.get('support.eg', `/api/webhooks/${id}/deliveries`)).status).toBe(404);
      expect(
        (
          await t
            .http()
            .delete(`/api/webhooks/${id}`)
            .set(await api.authorization('support.eg'))
        ).status,
      ).toBe(404);
      expect((await api.get('lege.cgm', '/api/webhooks')).status).toBe(403);
      expect((await register('support.eg', 'https://eg.example.no/hook', { party: 'cgm' })).status).toBe(403);

      for (const [url, message] of [
        ['ftp://cgm.example.no/hook', 'url must use http or https'],
        ['ikke en adresse', 'url must be an absolute URL'],
        ['https://user:pw@cgm.example.no/hook', 'url must not carry a user name or password'],
      ]) {
        const refused = await register('support.cgm', url);
        expect(refused.status).toBe(400);
        expect(refused.headers['content-type']).toMatch(PROBLEM);
        expect((refused.body as { errors: unknown[] }).errors).toEqual([{ field: 'url', message }]);
      }
      const admin = await register('admin', 'https://cgm.example.no/hook');
      expect((admin.body as { errors: unknown[] }).errors).toEqual([
        { field: 'party', message: 'party is required for an admin' },
      ]);
      expect((await register('admin', 'https://cgm.example.no/hook', { party: 'cgm' })).status).toBe(201);
    });
  });

  describe('pruning', () => {
    it('deletes sent mail and finished deliveries past NOTIFICATION_RETENTION_DAYS, and nothing newer', async () => {
      const pruner = t.app.get(NotificationPruner);
      const nothing = { mails: 0, notices: 0, devMailbox: 0, deliveries: 0, webhooks: 0 };
      expect(await pruner.prune(new Date(clock))).toEqual(nothing);
      const pruned = await pruner.prune(new Date(clock + 91 * 24 * HOUR_MS));
      expect(pruned.mails).toBe(smtp.mails.length);
      expect(pruned.notices).toBeGreaterThan(pruned.mails);
      expect(pruned.deliveries).toBeGreaterThanOrEqual(4);
      // The first test's webhook was deleted; its deliveries are gone now, so it goes too.
      expect(pruned.webhooks).toBe(1);
      const [left]: { mails: number; attempts: number }[] = await t.app.get(DataSource).query(`
        SELECT (SELECT count(*)::int FROM notifications.mail) AS mails,
               (SELECT count(*)::int FROM notifications.webhook_attempt) AS attempts`);
      expect(left).toEqual({ mails: 0, attempts: 0 });
      expect(await pruner.prune(new Date(clock + 91 * 24 * HOUR_MS))).toEqual(nothing);
    });
  });
});
