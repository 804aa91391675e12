import { CaseFollowersProjection } from '@lagspill/casework';
import { NotificationPlanner } from '@lagspill/notifications';
import { DataSource } from 'typeorm';
import { eventually } from '../../../test/support/eventually';
import { startSmtpCatcher, type SmtpCatcher } from '../../../test/support/smtp-catcher';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, listBody, PROBLEM, type CaseBody } from './support/case-api';

/**
 * Following a case (issue 17.4): a holder that passed a case on keeps it under «Følger» and hears of it;
 * anyone who may see a case can follow it; nobody else can, or learns that it exists.
 */
describe('following a case', () => {
  let t: TestApp;
  let api: CaseApi;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    // The senders' timers are off: what was planned stays in the outbox to be read.
    t = await startTestApp({ SMTP_URL: smtp.url, NOTIFICATION_INTERVAL_MS: '0' });
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const follow = async (username: string, id: string, method: 'put' | 'delete' = 'put') => {
    const path = `/api/cases/${id}/following`;
    const call = method === 'put' ? t.http().put(path) : t.http().delete(path);
    return call.set(await api.authorization(username));
  };

  const followingIds = async (username: string) => {
    const response = await api.list(username, '?following=true&limit=100');
    expect(response.status).toBe(200);
    return listBody(response).items.map((c) => c.id);
  };

  /** Waits until `username`'s «Følger» holds the case (`listed`) or no longer does. */
  const untilFollowing = (username: string, id: string, listed: boolean) =>
    eventually(`${username}'s «Følger» ${listed ? 'to hold' : 'to drop'} ${id}`, async () =>
      (await followingIds(username)).includes(id) === listed ? true : undefined,
    );

  const followingEvents = async (id: string) => {
    const rows: { event_type: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT event_type FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version`, [
        `following-${id}`,
      ]);
    return rows.map((row) => row.event_type);
  };

  /** What the planner put in the mail outbox for the case, as `kind person` lines. */
  const planned = async (id: string) => {
    await t.app.get(NotificationPlanner).whenCaughtUp();
    const rows: { kind: string; recipient: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT kind, recipient FROM notifications.mail_outbox WHERE case_id = $1 ORDER BY id`, [id]);
    return rows.map((row) => `${row.kind} ${row.recipient}`);
  };

  async function forwardedToNhn(): Promise<CaseBody> {
    const routed = await api.reportedAndRouted('lege.cgm');
    const forwarded = await api.command('support.cgm', routed.id, 'forward', routed.version, {
      party: 'nhn',
      reason: 'Feilen ligger i SFM',
    });
    expect(forwarded.status).toBe(200);
    return caseBody(forwarded);
  }

  it('keeps a case the party passed on under its «Følger», and not the holder’s or the reporter’s', async () => {
    const c = await forwardedToNhn();
    await untilFollowing('support.cgm', c.id, true);
    expect(await followingIds('kundesenter.nhn')).not.toContain(c.id);
    expect(await followingIds('lege.cgm')).not.toContain(c.id);
    // The past holder still reads it.
    expect((await api.getCase('support.cgm', c.id)).status).toBe(200);
  });

  it('lets anyone who may see the case follow it and stop, once however often asked', async () => {
    const c = await api.reportedAndRouted('lege.cgm');
    for (let i = 0; i < 2; i++) {
      const followed = await follow('koordinator.nord', c.id);
      expect({ status: followed.status, body: followed.body }).toEqual({
        status: 200,
        body: { case: c.id, following: true },
      });
    }
    expect(await followingEvents(c.id)).toEqual(['case.followed']);
    expect(caseBody(await api.getCase('koordinator.nord', c.id))).toMatchObject({ following: true });
    expect(caseBody(await api.getCase('support.cgm', c.id))).toMatchObject({ following: false });
    // Following is not a change of the case: its version, which others act on, stays.
    expect(caseBody(await api.getCase('lege.cgm', c.id)).version).toBe(c.version);
    await untilFollowing('koordinator.nord', c.id, true);
    // «Følger» is a read model of the following streams: folded again from the log, it holds the same.
    await t.app.get(CaseFollowersProjection).rebuild();
    expect(await followingIds('koordinator.nord')).toContain(c.id);

    const stopped = await follow('koordinator.nord', c.reference, 'delete');
    expect({ status: stopped.status, body: stopped.body }).toEqual({
      status: 200,
      body: { case: c.id, following: false },
    });
    expect(await followingEvents(c.id)).toEqual(['case.followed', 'case.unfollowed']);
    await untilFollowing('koordinator.nord', c.id, false);
  });

  it('refuses everyone who may not see the case as if it did not exist, and records nothing', async () => {
    const c = await api.reportedAndRouted('lege.cgm');
    for (const username of ['support.pridok', 'lege.pridok', 'koordinator.vest', 'lege.bergen']) {
      for (const method of ['put', 'delete'] as const) {
        const refused = await follow(username, c.id, method);
        expect({ username, method, status: refused.status }).toEqual({ username, method, status: 404 });
        expect(refused.headers['content-type']).toMatch(PROBLEM);
      }
    }
    expect((await follow('epj.morkved', c.id)).status).toBe(403);
    expect((await follow('lege.cgm', 'PLL-2099-999999')).status).toBe(404);
    expect((await t.http().put(`/api/cases/${c.id}/following`)).status).toBe(401);
    expect(await followingEvents(c.id)).toEqual([]);
  });

  it('tells the party that passed the case on and its followers what happens, each once, and nobody of their own doing', async () => {
    const c = await forwardedToNhn();
    expect((await follow('koordinator.nord', c.id)).status).toBe(200);
    expect((await follow('lege.cgm', c.id)).status).toBe(200);
    const before = await planned(c.id);

    const acknowledged = await api.command('kundesenter.nhn', c.id, 'acknowledge', c.version);
    expect(acknowledged.status).toBe(200);
    const afterAcknowledged = (await planned(c.id)).slice(before.length);
    expect(afterAcknowledged.sort()).toEqual(
      [
        'case-acknowledged person:lege.cgm',
        'followed-case-updated person:koordinator.nord',
        'followed-case-updated person:support.cgm',
      ].sort(),
    );

    // An internal note is for the party and the working group: nothing to followers.
    const internal = await api.command('kundesenter.nhn', c.id, 'comments', caseBody(acknowledged).version, {
      body: 'Intern merknad',
      visibility: 'internal',
    });
    expect(internal.status).toBe(200);
    expect((await planned(c.id)).slice(before.length + afterAcknowledged.length)).toEqual([]);

    // A follower's own doing tells them nothing.
    const asked = await api.command('koordinator.nord', c.id, 'request-information', caseBody(internal).version, {
      question: 'Hvilken versjon av SFM?',
    });
    expect(asked.status).toBe(200);
    const afterAsked = (await planned(c.id)).slice(before.length + afterAcknowledged.length);
    expect(afterAsked).toContain('followed-case-updated person:support.cgm');
    expect(afterAsked.filter((line) => line.endsWith('person:koordinator.nord'))).toEqual([]);
  });
});
