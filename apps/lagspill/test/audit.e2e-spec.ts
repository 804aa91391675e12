import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CaseViewProjection } from '@lagspill/casework';
import { eventually } from '../../../test/support/eventually';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

interface AuditItem {
  id: string;
  at: string;
  username: string;
  role: string;
  organisation?: string;
  party?: string;
  action: string;
  caseId?: string;
  caseReference?: string;
  subject?: string;
  method: string;
  route: string;
  status: number;
}

const FNR = '01018010018';

/** The audit log (decision 0011): reads of a case's details and every change, queryable by admins only. */
describe('the audit log', () => {
  let t: TestApp;
  let api: CaseApi;
  let routed: CaseBody;

  const audit = (query: string) => api.get('admin', `/api/audit${query}`);
  /** Waits until the entry matching `match` is in the log (it is written once the answer has gone). */
  const entry = (query: string, match: Partial<AuditItem>) =>
    eventually(`an audit entry like ${JSON.stringify(match)}`, async () => {
      const items = (await audit(query)).body.items as AuditItem[];
      return items.find((item) =>
        Object.entries(match).every(([key, value]) => item[key as keyof AuditItem] === value),
      );
    });

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
    routed = await api.reportedAndRouted('lege.cgm', sfmSyncReport({ description: `Gjelder pasient ${FNR}.` }));
    // A reference is looked up in the case list's read model, which may lag the stream a moment.
    await t.app.get(CaseViewProjection).whenCaughtUp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('records the report and a read of the case by reference, with who, what, when and the outcome', async () => {
    const read = await api.getCase('support.cgm', routed.reference);
    expect(read.status).toBe(200);

    const submitted = await entry(`?case=${routed.id}`, { action: 'report.submit' });
    expect(submitted).toMatchObject({
      username: 'lege.cgm',
      role: 'reporter',
      organisation: expect.any(String),
      caseId: routed.id,
      caseReference: routed.reference,
      method: 'POST',
      route: '/api/reports',
      status: 201,
    });
    const readEntry = await entry(`?case=${routed.reference}&user=support.cgm`, { action: 'case.read' });
    expect(readEntry).toMatchObject({
      role: 'responder',
      party: 'cgm',
      caseId: routed.id,
      caseReference: routed.reference,
      method: 'GET',
      route: '/api/cases/:id',
      status: 200,
    });
    expect(Date.parse(readEntry.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records a change, and a refused one with its outcome: 409 for a stale version, 403 for a role', async () => {
    const acknowledged = await api.command('support.cgm', routed.id, 'acknowledge', routed.version);
    expect(acknowledged.status).toBe(200);
    const stale = await api.command('support.cgm', routed.id, 'resolve', routed.version, { resolution: 'Rettet.' });
    expect(stale.status).toBe(409);
    // A coordinator may not acknowledge in a party's place: refused by role before anything else.
    const forbidden = await api.command('koordinator.nord', routed.id, 'acknowledge', routed.version);
    expect(forbidden.status).toBe(403);

    await entry(`?case=${routed.id}`, { action: 'case.acknowledge', username: 'support.cgm', status: 200 });
    await entry(`?case=${routed.id}`, { action: 'case.resolve', status: 409, route: '/api/cases/:id/resolve' });
    await entry(`?case=${routed.id}`, { action: 'case.acknowledge', username: 'koordinator.nord', status: 403 });
  });

  it('records changes outside casework too: routing rules, cluster decisions, incident updates', async () => {
    const refused = await api.put('koordinator.nord', '/api/routing/rules', { rules: [] });
    expect(refused.status).toBe(400);
    await entry('?user=koordinator.nord', { action: 'routing-rules.publish', role: 'coordinator', status: 400 });

    const unknown = randomUUID();
    const coordinator = { Authorization: `Bearer ${await t.tokenFor('koordinator.nord')}` };
    const reject = await t.http().post(`/api/clusters/${unknown}/reject`).set(coordinator).send({ reason: 'Støy' });
    const update = await t.http().post(`/api/incidents/${unknown}/updates`).set(coordinator).send({ body: 'Rettet' });
    const rejected = await entry('?user=koordinator.nord', { action: 'cluster.reject' });
    expect(rejected).toMatchObject({ subject: unknown, status: reject.status, route: '/api/clusters/:id/reject' });
    const updated = await entry('?user=koordinator.nord', { action: 'incident.publish-update' });
    expect(updated).toMatchObject({ subject: unknown, status: update.status });
  });

  it('keeps case text and identity numbers out of the log, even one typed into the path', async () => {
    await api.history('lege.cgm', routed.id);
    expect((await api.getCase('support.cgm', FNR)).status).toBe(404);
    await entry(`?case=${routed.id}`, { action: 'case.read-history', status: 200 });
    const notFound = await entry('?user=support.cgm', { action: 'case.read', status: 404 });
    expect(notFound.caseId).toBeUndefined();
    expect(notFound.caseReference).toBeUndefined();
    expect(JSON.stringify((await audit('?limit=500')).body)).not.toMatch(new RegExp(`${FNR}|Gjelder pasient`));
  });

  it('records each of many calls answered at once, once, with its caller and outcome', async () => {
    const fresh = await api.reportedAndRouted('lege.cgm', sfmSyncReport());
    const readers = ['support.cgm', 'admin', 'lege.cgm', 'koordinator.nord'];
    const calls = Array.from({ length: 20 }, (_, n) => readers[n % readers.length]);
    // Waiting for the routing above read the case too.
    const since = Date.now();
    const answers = await Promise.all(calls.map((username) => api.getCase(username, fresh.id)));
    const expected = calls.map((username, n) => `${username} ${answers[n].status}`).sort();

    const recorded = await eventually('an entry for every read', async () => {
      const items = (await audit(`?case=${fresh.id}&limit=500`)).body.items as AuditItem[];
      const reads = items.filter((item) => item.action === 'case.read' && Date.parse(item.at) >= since);
      return reads.length >= expected.length ? reads : undefined;
    });
    expect(recorded.map((r) => `${r.username} ${r.status}`).sort()).toEqual(expected);
  });

  it('pages newest first with a cursor', async () => {
    const first = await audit('?limit=2');
    expect(first.status).toBe(200);
    const page = first.body as { items: AuditItem[]; nextCursor: string };
    expect(page.items).toHaveLength(2);
    expect(Number(page.items[0].id)).toBeGreaterThan(Number(page.items[1].id));
    const next = (await audit(`?limit=2&cursor=${page.nextCursor}`)).body as { items: AuditItem[] };
    expect(Number(next.items[0].id)).toBeLessThan(Number(page.items[1].id));
  });

  it('is for admins only: everyone else gets 403, a bad query 400', async () => {
    for (const username of ['lege.cgm', 'support.cgm', 'koordinator.nord']) {
      const response = await api.get(username, '/api/audit');
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    }
    expect((await audit('?cursor=abc')).status).toBe(400);
    expect((await audit('?from=yesterday')).status).toBe(400);
  });

  it('cannot be rewritten: the table refuses updates and deletes', async () => {
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await expect(client.query(`DELETE FROM audit.entries`)).rejects.toThrow(/append-only/);
      await expect(client.query(`UPDATE audit.entries SET status = 200`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
