import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, historyBody, PROBLEM } from './support/case-api';

/** The events of a case's stream, straight from the log: what really happened, whatever the API says. */
async function streamOf(t: TestApp, caseId: string): Promise<{ version: number; type: string }[]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: t.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ stream_version: number; event_type: string }>(
      'SELECT stream_version, event_type FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version',
      [`case-${caseId}`],
    );
    return rows.map((r) => ({ version: Number(r.stream_version), type: r.event_type }));
  } finally {
    await client.end();
  }
}

describe('two people acting on the same version of a case', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Exactly one 200 at the next version; every other answer a 409 problem. */
  function oneWins(responses: Response[], version: number): Response {
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(responses.length - 1).fill(409)]);
    const winner = responses.find((r) => r.status === 200) as Response;
    expect(winner.headers.etag).toBe(`"${version + 1}"`);
    expect(caseBody(winner).version).toBe(version + 1);
    for (const loser of responses.filter((r) => r.status === 409)) {
      expect(loser.headers['content-type']).toMatch(PROBLEM);
      expect(loser.body).toMatchObject({ status: 409, code: 'STREAM_VERSION_CONFLICT' });
    }
    return winner;
  }

  it('takes one of two comments sent by the same responder at the same version, and refuses the other', async () => {
    const routed = await api.reportedAndRouted();
    const before = await streamOf(t, routed.id);
    expect(before.map((e) => e.version)).toEqual([1, 2]);

    const bodies = ['Første svar fra CGM', 'Andre svar fra CGM'];
    const responses = await Promise.all(
      bodies.map((body) => api.command('support.cgm', routed.id, 'comments', '"2"', { body, visibility: 'public' })),
    );
    const winner = oneWins(responses, 2);

    const after = await streamOf(t, routed.id);
    expect(after).toEqual([...before, { version: 3, type: 'case.comment-added' }]);
    const written = caseBody(winner).comments.map((c) => c.body);
    expect(written).toHaveLength(1);
    const history = historyBody(await api.history('support.cgm', routed.id));
    expect(history.map((e) => [e.version, e.type])).toEqual([
      [1, 'case.reported'],
      [2, 'case.routed'],
      [3, 'case.comment-added'],
    ]);
    expect(history[2]).toMatchObject({ body: written[0] });
  });

  it('resolves once when the responder and the coordinator both resolve the same version', async () => {
    const routed = await api.reportedAndRouted();
    const responses = await Promise.all([
      api.command('support.cgm', routed.id, 'resolve', routed.version, { resolution: 'Rettet av CGM' }),
      api.command('koordinator.nord', routed.id, 'resolve', routed.version, { resolution: 'Løst av arbeidsgruppa' }),
    ]);
    const winner = oneWins(responses, routed.version);
    expect(caseBody(winner).status).toBe('resolved');

    const stream = await streamOf(t, routed.id);
    expect(stream.map((e) => e.type)).toEqual(['case.reported', 'case.routed', 'case.resolved']);
    const view = caseBody(await api.getCase('koordinator.nord', routed.id));
    expect(view.comments.filter((c) => c.kind === 'resolution')).toHaveLength(1);
  });

  it('lets exactly one of several different changes at the same version through', async () => {
    const routed = await api.reportedAndRouted();
    const responses = await Promise.all([
      api.command('support.cgm', routed.id, 'acknowledge', routed.version),
      api.command('support.cgm', routed.id, 'request-information', routed.version, { question: 'Hvilken versjon?' }),
      api.command('koordinator.nord', routed.id, 'forward', routed.version, { party: 'nhn', reason: 'SFM' }),
      api.command('koordinator.nord', routed.id, 'comments', routed.version, { body: 'Notat', visibility: 'internal' }),
      api.command('lege.cgm', routed.id, 'comments', routed.version, { body: 'Haster', visibility: 'public' }),
    ]);
    oneWins(responses, routed.version);
    expect((await streamOf(t, routed.id)).map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('stays one event per version over many rounds of racing comments', async () => {
    const routed = await api.reportedAndRouted();
    let version = routed.version;
    for (let round = 0; round < 10; round += 1) {
      const responses = await Promise.all(
        ['support.cgm', 'support.cgm', 'koordinator.nord'].map((username, i) =>
          api.command(username, routed.id, 'comments', version, { body: `runde ${round}.${i}`, visibility: 'public' }),
        ),
      );
      oneWins(responses, version);
      version += 1;
    }
    const stream = await streamOf(t, routed.id);
    expect(stream.map((e) => e.version)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
    expect(stream.filter((e) => e.type === 'case.comment-added')).toHaveLength(10);
    const view = caseBody(await api.getCase('support.cgm', routed.id));
    expect(view.version).toBe(version);
    expect(view.comments).toHaveLength(10);
  });
});
