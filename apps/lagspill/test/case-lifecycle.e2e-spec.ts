import { startTestApp, type TestApp } from '../../../test/support/test-app';
import {
  CaseApi,
  caseBody,
  historyBody,
  PROBLEM,
  sfmSyncReport,
  type CaseBody,
  type HistoryBody,
} from './support/case-api';

/**
 * The whole life of an SFM case over HTTP, as the four people involved see it: the GP who reports it
 * (lege.cgm), the EPJ vendor's support (support.cgm), NHN kundesenter (kundesenter.nhn) and the
 * regional working group (koordinator.nord).
 */
describe('the life of a case', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('goes from report via the EPJ vendor and NHN to closed, one version at a time, seen by everyone involved', async () => {
    // Another case the coordinator will link this one to.
    const earlier = await api.reportedAndRouted('lege.cgm', sfmSyncReport({ title: 'SFM synkroniserer ikke (i går)' }));

    // 1. lege.cgm reports an SFM sync fault.
    const reported = await api.report('lege.cgm', sfmSyncReport());
    expect(reported.status).toBe(201);
    expect(reported.headers.etag).toBe('"1"');
    const id = caseBody(reported).id;
    expect(reported.headers.location).toBe(`/api/cases/${id}`);
    expect(caseBody(reported)).toMatchObject({ version: 1, status: 'reported', category: 'sfm', subcategory: 'sync' });

    // 2. The router sends it to the EPJ vendor (asynchronously).
    const routed = await api.waitForCase('lege.cgm', id, (c) => c.status === 'routed', 'routing');
    expect(routed.headers.etag).toBe('"2"');
    expect(caseBody(routed)).toMatchObject({ version: 2, status: 'routed', routedTo: { party: 'cgm' } });

    // 3. support.cgm reads it and acknowledges, with the ETag it read as If-Match.
    const read = await api.getCase('support.cgm', id);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"2"');
    let etag = read.headers.etag;

    /** One change: the caller acts at the last ETag; the answer is the next version. */
    const step = async (
      username: string,
      action: string,
      body: Record<string, unknown> | undefined,
      expected: Partial<CaseBody>,
    ): Promise<CaseBody> => {
      const response = await api.command(username, id, action, etag, body);
      expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 200 });
      const version = Number(JSON.parse(etag));
      expect(response.headers.etag).toBe(`"${version + 1}"`);
      expect(caseBody(response)).toMatchObject({ ...expected, version: version + 1 });
      etag = response.headers.etag;
      return caseBody(response);
    };

    await step('support.cgm', 'acknowledge', undefined, {
      status: 'acknowledged',
      routedTo: expect.objectContaining({ party: 'cgm' }),
    });

    // The old ETag is stale now: 409, and nothing changes.
    const stale = await api.command('support.cgm', id, 'acknowledge', '"2"');
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toMatch(PROBLEM);

    // 4. The coordinator follows along with an internal note; support.cgm keeps one of its own.
    const noted = await step(
      'koordinator.nord',
      'comments',
      { body: 'Arbeidsgruppa følger med: tredje SFM-synk-sak denne uka.', visibility: 'internal' },
      { status: 'acknowledged' },
    );
    expect(noted.comments.at(-1)).toMatchObject({
      kind: 'comment',
      visibility: 'internal',
      party: 'arbeidsgruppe-nord',
    });
    await step(
      'support.cgm',
      'comments',
      { body: 'Internt: ligner på feil 4711 i synk-jobben.', visibility: 'internal' },
      { status: 'acknowledged' },
    );

    // 5. support.cgm asks the reporter; 6. lege.cgm answers, and the case goes back to where it was.
    await step(
      'support.cgm',
      'request-information',
      { question: 'Hvilken versjon av CGM Journal?' },
      {
        status: 'awaiting-information',
      },
    );
    await step('lege.cgm', 'provide-information', { answer: 'CGM Journal 8.4.2' }, { status: 'acknowledged' });

    // 7. support.cgm finds the fault in SFM and forwards to NHN: a new party, a new clock.
    const forwarded = await step(
      'support.cgm',
      'forward',
      { party: 'nhn', reason: 'Feilen ligger i SFM, ikke i journalen.' },
      {
        status: 'routed',
        routedTo: expect.objectContaining({ party: 'nhn' }),
      },
    );
    expect(forwarded.comments.at(-1)).toMatchObject({ kind: 'forward', party: 'cgm', visibility: 'public' });

    // support.cgm still sees the case it had, but no longer acts for it.
    const notTheirsAnyMore = await api.command('support.cgm', id, 'resolve', etag, { resolution: 'Løst' });
    expect(notTheirsAnyMore.status).toBe(403);
    expect(notTheirsAnyMore.headers['content-type']).toMatch(PROBLEM);

    // 8. kundesenter.nhn acknowledges and resolves.
    const nhnRead = await api.getCase('kundesenter.nhn', id);
    expect(nhnRead.status).toBe(200);
    expect(nhnRead.headers.etag).toBe(etag);
    await step('kundesenter.nhn', 'acknowledge', undefined, {
      status: 'acknowledged',
      routedTo: expect.objectContaining({ party: 'nhn' }),
    });
    await step(
      'kundesenter.nhn',
      'resolve',
      { resolution: 'Rettet i SFM 3.2.1, synk-køen er tømt.' },
      { status: 'resolved' },
    );

    // 9. The coordinator links it to the earlier report of the same fault.
    const linked = await step(
      'koordinator.nord',
      'link',
      { case: earlier.reference, relation: 'duplicate-of' },
      {
        status: 'resolved',
      },
    );
    expect(linked.links).toEqual([{ case: earlier.id, relation: 'duplicate-of' }]);

    // 10. lege.cgm closes it.
    const closed = await step('lege.cgm', 'close', undefined, { status: 'closed' });
    expect(closed.version).toBe(12);
    expect(closed.routedTo).toMatchObject({ party: 'nhn' });

    // The history, oldest first, every step present.
    const coordinatorHistory = await api.history('koordinator.nord', id);
    expect(coordinatorHistory.status).toBe(200);
    const steps = (entries: HistoryBody[]) => entries.map((e) => [e.version, e.type, e.actor.name]);
    expect(steps(historyBody(coordinatorHistory))).toEqual([
      [1, 'case.reported', 'Kari Nordmann'],
      [2, 'case.routed', expect.any(String)],
      [3, 'case.acknowledged', 'Jonas Kristiansen'],
      [4, 'case.comment-added', 'Hanne Bakken'],
      [5, 'case.comment-added', 'Jonas Kristiansen'],
      [6, 'case.information-requested', 'Jonas Kristiansen'],
      [7, 'case.information-provided', 'Kari Nordmann'],
      [8, 'case.forwarded', 'Jonas Kristiansen'],
      [9, 'case.acknowledged', 'Nina Haugen'],
      [10, 'case.resolved', 'Nina Haugen'],
      [11, 'case.linked', 'Hanne Bakken'],
      [12, 'case.closed', 'Kari Nordmann'],
    ]);
    const entries = historyBody(coordinatorHistory);
    expect(entries[1]).toMatchObject({ party: 'cgm' });
    expect(entries[7]).toMatchObject({ from: 'cgm', to: 'nhn' });
    expect(entries[9]).toMatchObject({ party: 'nhn', resolution: 'Rettet i SFM 3.2.1, synk-køen er tømt.' });
    expect(entries[10]).toMatchObject({ case: earlier.id, relation: 'duplicate-of' });
    const times = entries.map((e) => Date.parse(e.at as string));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Internal notes: the reporter sees neither, NHN does not see the vendor's, the vendor keeps its own.
    const versionsSeenBy = async (username: string) =>
      historyBody(await api.history(username, id)).map((e) => e.version);
    const everything = entries.map((e) => e.version);
    const without = (...hidden: number[]) => everything.filter((v) => !hidden.includes(v));
    expect(await versionsSeenBy('lege.cgm')).toEqual(without(4, 5));
    // An internal comment is for its author's party and the coordinators (libs/domain canSeeEntry).
    expect(await versionsSeenBy('support.cgm')).toEqual(without(4));
    // The earlier case was never routed to NHN, so NHN does not see the link to it (version 11) either.
    expect(await versionsSeenBy('kundesenter.nhn')).toEqual(without(4, 5, 11));
    expect(await versionsSeenBy('admin')).toEqual(everything);

    // Every one of them sees the case as it is now, and finds it in their list once the read model caught up.
    for (const username of ['lege.cgm', 'support.cgm', 'kundesenter.nhn', 'koordinator.nord']) {
      const view = await api.getCase(username, id);
      expect({ username, status: view.status, etag: view.headers.etag }).toEqual({
        username,
        status: 200,
        etag: '"12"',
      });
      expect(caseBody(view)).toMatchObject({ status: 'closed', routedTo: { party: 'nhn' } });
      const listed = await api.waitForListed(username, id, 12);
      expect(listed).toMatchObject({ status: 'closed', routedTo: { party: 'nhn' } });
    }
    const reporterView = caseBody(await api.getCase('lege.cgm', id));
    expect(reporterView.comments.map((c) => c.kind)).toEqual(['question', 'answer', 'forward', 'resolution']);
    const coordinatorView = caseBody(await api.getCase('koordinator.nord', id));
    expect(coordinatorView.comments.map((c) => c.kind)).toEqual([
      'comment',
      'comment',
      'question',
      'answer',
      'forward',
      'resolution',
    ]);

    // Someone it was never routed to still does not learn it exists.
    expect((await api.getCase('support.pridok', id)).status).toBe(404);
  });
});
