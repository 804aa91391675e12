import { Client } from 'pg';
import { sfmSyncReport } from '../../apps/lagspill/test/support/case-api';
import { type AppProcess, devTokens, freePort, startAllInOne } from '../support/app-process';
import { eventually } from '../support/eventually';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

/** Reports per reporter before the kill, and after the restart. */
const BEFORE_KILL = 15;
const AFTER_RESTART = 5;
/** Each vendor's EPJ reporter; the default rules route each one's SFM faults to that vendor. */
const REPORTERS = {
  'lege.cgm': 'saker@cgm.example.no',
  'lege.pridok': 'saker@pridok.example.no',
  'lege.eg': 'saker@eg.example.no',
};
/** How long the SMTP server and the webhook receiver take to answer, so that the kill finds both busy. */
const ANSWER_DELAY_MS = 300;

/**
 * The all-in-one app is SIGKILLed while a mail sits with the SMTP server and webhook deliveries sit
 * with the receiver, unanswered; then it starts again on the same database. Whatever was in flight may
 * have arrived, so it must not be sent again: every case's mail and every delivery arrives at most once,
 * and everything not in flight at the kill arrives exactly once.
 */
describe('notifications across a SIGKILL mid-delivery', () => {
  let database: TestDatabase;
  let db: Client;
  let smtp: SmtpCatcher;
  let receiver: WebhookReceiver;
  let port: number;
  let app: AppProcess | undefined;

  const start = (): Promise<AppProcess> =>
    startAllInOne(port, database.url, {
      SMTP_URL: smtp.url,
      SMTP_TIMEOUT_MS: '1000',
      WEBHOOK_TIMEOUT_MS: '1000',
      MAIL_DIGEST_SECONDS: '0',
      NOTIFICATION_INTERVAL_MS: '100',
    });

  const report = async (running: AppProcess, tokens: Map<string, string>, reporter: string, n: number) => {
    const response = await fetch(`${running.url}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get(reporter)}`, 'content-type': 'application/json' },
      body: JSON.stringify(sfmSyncReport({ title: `SFM synkroniserer ikke (${reporter} ${n})` })),
    });
    expect(response.status).toBe(201);
  };
  const reportAll = (running: AppProcess, tokens: Map<string, string>, count: number, offset = 0) =>
    Promise.all(
      Object.keys(REPORTERS).flatMap((reporter) =>
        Array.from({ length: count }, (_, i) => report(running, tokens, reporter, offset + i)),
      ),
    );
  const rows = async <T>(sql: string): Promise<T[]> => (await db.query(sql)).rows as T[];

  beforeAll(async () => {
    database = await createTestDatabase([]);
    db = new Client({ connectionString: database.url });
    await db.connect();
    smtp = await startSmtpCatcher({ holdMs: ANSWER_DELAY_MS });
    receiver = await startWebhookReceiver(() => 200, { delayMs: ANSWER_DELAY_MS });
    port = await freePort();
  }, 60_000);

  afterAll(async () => {
    app?.child.kill('SIGTERM');
    await app?.exited;
    await db?.end();
    await database?.drop();
    await smtp?.close();
    await receiver?.close();
  }, 30_000);

  it('sends nothing twice, and everything that was not in flight once', async () => {
    const running = await start();
    app = running;
    let tokens = await devTokens(running, [...Object.keys(REPORTERS), 'support.cgm']);
    const registered = await fetch(`${running.url}/api/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('support.cgm')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.url }),
    });
    expect(registered.status).toBe(201);

    await reportAll(running, tokens, BEFORE_KILL);
    await eventually(
      'a mail and a delivery both in flight',
      async () => (smtp.holding() > 0 && receiver.pending() > 0 ? true : undefined),
      // Up to 30 s: on a loaded machine routing and planning the first reports can take seconds.
      { attempts: 3_000, intervalMs: 10 },
    );
    running.child.kill('SIGKILL');
    expect(await running.exited).toBe('SIGKILL');
    // What the dead process held claimed: exactly these may end uncertain, and nothing else.
    const claimedAtKill = async (table: string) =>
      (
        await rows<{ id: string }>(`SELECT id::text FROM notifications.${table} WHERE status = 'sending' ORDER BY id`)
      ).map((row) => row.id);
    const mailsInFlight = await claimedAtKill('mail');
    const deliveriesInFlight = await claimedAtKill('webhook_delivery');
    expect(mailsInFlight.length).toBeGreaterThan(0);
    expect(deliveriesInFlight.length).toBeGreaterThan(0);

    app = await start();
    tokens = await devTokens(app, Object.keys(REPORTERS));
    await reportAll(app, tokens, AFTER_RESTART, BEFORE_KILL);
    const cases = Object.keys(REPORTERS).length * (BEFORE_KILL + AFTER_RESTART);

    // Settled: every case planned, and nothing waiting or in flight (a dead sender's claims time out).
    await eventually(
      'every notification to be sent or given up',
      async () => {
        const [open] = await rows<{ outbox: number; mails: number; deliveries: number }>(`
          SELECT (SELECT count(*)::int FROM notifications.mail_outbox WHERE mail_id IS NULL) AS outbox,
                 (SELECT count(*)::int FROM notifications.mail WHERE status IN ('pending', 'sending')) AS mails,
                 (SELECT count(*)::int FROM notifications.webhook_delivery
                   WHERE status IN ('pending', 'sending')) AS deliveries`);
        const [planned] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.mail_outbox`);
        return planned.n === cases && open.outbox + open.mails + open.deliveries === 0 ? true : undefined;
      },
      { attempts: 300, intervalMs: 100 },
    );

    // Mail: one notice per case, to its party's mailbox; received at most once, and once unless in flight.
    const notices = await rows<{ address: string; case_id: string; status: string }>(`
      SELECT o.address, o.case_id, m.status FROM notifications.mail_outbox o JOIN notifications.mail m ON m.id = o.mail_id`);
    const received = smtp.mails.flatMap((mail) =>
      [...mail.text.matchAll(/\/saker\/([0-9a-f-]{36})/g)].map((match) => `${mail.to.join(',')} ${match[1]}`),
    );
    expect(received.length).toBe(new Set(received).size);
    const uncertainMails = await rows<{ id: string }>(
      `SELECT id::text FROM notifications.mail WHERE status = 'uncertain' ORDER BY id`,
    );
    expect(uncertainMails.map((m) => m.id)).toEqual(mailsInFlight);
    const timesReceived = (notice: (typeof notices)[number]) =>
      received.filter((r) => r === `${notice.address} ${notice.case_id}`).length;
    // Sent: arrived once. Uncertain (in flight at the kill): arrived once or not at all, never twice.
    const wrongMail = notices.filter((notice) =>
      notice.status === 'sent'
        ? timesReceived(notice) !== 1
        : notice.status !== 'uncertain' || timesReceived(notice) > 1,
    );
    expect(wrongMail).toEqual([]);
    // Not vacuous: the notices of the cases reported after the restart cannot be in a mail the dead
    // process held, so every one of them was sent. (How many before the kill end uncertain depends on
    // the moment of the kill: a digest in flight may carry most of them.)
    expect(notices.filter((n) => n.status === 'sent').length).toBeGreaterThanOrEqual(
      Object.keys(REPORTERS).length * AFTER_RESTART,
    );

    // Webhook: every delivery id POSTed at most once; each delivered one exactly once.
    const ids = receiver.received.map((r) => String(r.headers['x-lagspill-delivery']));
    expect(ids.length).toBe(new Set(ids).size);
    const deliveries = await rows<{ id: string; status: string }>(
      `SELECT id::text, status FROM notifications.webhook_delivery ORDER BY id`,
    );
    // CGM's cases, each with case.reported and case.routed.
    expect(deliveries).toHaveLength(2 * (BEFORE_KILL + AFTER_RESTART));
    const uncertain = deliveries.filter((d) => d.status === 'uncertain');
    expect(uncertain.map((d) => d.id)).toEqual(deliveriesInFlight);
    const wrongDeliveries = deliveries.filter(
      (d) => d.status !== 'uncertain' && !(d.status === 'delivered' && ids.includes(d.id)),
    );
    expect(wrongDeliveries).toEqual([]);
    process.stdout.write(
      `notification restart: ${cases} cases, ${smtp.mails.length} mails (${mailsInFlight.length} in flight at the ` +
        `kill, now uncertain), ${deliveries.length} deliveries (${deliveriesInFlight.length} in flight, now ` +
        `uncertain, ${uncertain.filter((d) => ids.includes(d.id)).length} of them had reached the receiver)\n`,
    );
  }, 120_000);
});
