import { CaseFactsProjection, ClusterWatch } from '@lagspill/insights';
import { NotificationPlanner } from '@lagspill/notifications';
import { CaseClockProjection, SlaSweeper } from '@lagspill/routing';
import { eventually } from '../../../test/support/eventually';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, sfmSyncReport } from './support/case-api';

const CGM_842 = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' };
const COORDINATOR = 'hanne.bakken@helse-nord.example.no';

interface DevMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly raw: string;
}

/**
 * The embedded default (no SMTP_URL, dev login): mail lands in the built-in mailbox, readable at
 * /dev/mail, with the senders' timers running as they do after `npm start`. Mails are found by their
 * text, as several notices to one address may come as one digest.
 */
describe('the dev mailbox', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp({ NOTIFICATION_INTERVAL_MS: '100', MAIL_DIGEST_SECONDS: '0' });
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  const mailTo = (address: string, content: RegExp) =>
    eventually(`a mail to ${address} saying ${content}`, async () => {
      const response = await t.http().get(`/api/dev/mail?to=${encodeURIComponent(address)}`);
      expect(response.status).toBe(200);
      return (response.body as DevMail[]).find((mail) => content.test(mail.text));
    });

  it('shows the mail a routed case sends its party at /dev/mail', async () => {
    const routed = await api.reportedAndRouted();
    const mail = await mailTo('saker@cgm.example.no', new RegExp(`Ny sak til .*${routed.reference}`));

    const page = await t.http().get('/dev/mail').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Utgående e-post');
    expect(page.text).toContain(`href="/dev/mail/${mail.id}"`);
    expect(page.text).toContain(routed.reference);

    const html = await t.http().get(`/dev/mail/${mail.id}`);
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.text).toContain(`/saker/${routed.id}`);
    const raw = await t.http().get(`/dev/mail/${mail.id}/raw`);
    expect(raw.text).toMatch(/^To: saker@cgm\.example\.no$/m);
    expect(raw.text).toMatch(/multipart\/alternative/);
    expect((await t.http().get('/dev/mail/999999999')).status).toBe(404);
  });

  it("tells the region's coordinator when a deadline passes", async () => {
    const routed = await api.reportedAndRouted();
    await t.app.get(CaseClockProjection).whenCaughtUp();
    const swept = await t.app.get(SlaSweeper).sweep(new Date(Date.now() + 25 * 3_600_000));
    expect(swept.recorded.map((clock) => [clock.caseId, clock.kind])).toContainEqual([routed.id, 'first-response']);
    const mail = await mailTo(
      COORDINATOR,
      new RegExp(`Fristbrudd hos CompuGroup Medical \\(CGM\\): fristen for første svar i ${routed.reference}`),
    );
    expect(mail.text).toContain(`/saker/${routed.id}`);
  });

  it('tells the coordinator once of a new cluster suggestion from three organisations within a day', async () => {
    for (const username of ['lege.cgm', 'lege.pridok', 'lege.eg']) {
      await api.reportedAndRouted(username, sfmSyncReport({ subcategory: 'performance', system: CGM_842 }));
    }
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    const watch = t.app.get(ClusterWatch);
    expect(await watch.look()).toHaveLength(1);
    expect(await watch.look()).toEqual([]);
    const mail = await mailTo(COORDINATOR, /3 virksomheter har meldt samme feil i CGM Journal 8\.4\.2/);
    expect(mail.text).toContain('/klynger');
    await t.app.get(NotificationPlanner).whenCaughtUp();
    const all = (await t.http().get(`/api/dev/mail?to=${COORDINATOR}`)).body as DevMail[];
    expect(all.filter((m) => /samme feil/.test(m.text))).toHaveLength(1);
  });
});
