import { caseStreamId } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, sfmSyncReport } from './support/case-api';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

/**
 * One id per request (docs/api.md, "Request ids"): taken from X-Request-Id, a W3C traceparent or the
 * older X-Correlation-Id, made up otherwise, echoed in X-Request-Id and recorded as the correlation id
 * of every event the request appends.
 */
describe('the request id', () => {
  let t: TestApp;
  let cases: CaseApi;

  beforeAll(async () => {
    t = await startTestApp();
    cases = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  const correlationIds = async (caseId: string, type: string) =>
    (await t.app.get(EventStore).readStream(caseStreamId(caseId)))
      .filter((event) => event.type === type)
      .map((event) => event.metadata.correlationId);

  it.each([
    ['X-Request-Id', (n: string) => ({ 'X-Request-Id': `client-${n}` }), (n: string) => `client-${n}`],
    [
      'a W3C traceparent',
      (n: string) => ({ traceparent: `00-${TRACE_ID.slice(0, -1)}${n}-00f067aa0ba902b7-01` }),
      (n: string) => `${TRACE_ID.slice(0, -1)}${n}`,
    ],
    ['X-Correlation-Id', (n: string) => ({ 'X-Correlation-Id': `corr-${n}` }), (n: string) => `corr-${n}`],
  ])('is taken from %s, echoed, and recorded on the events the request appends', async (_, headers, id) => {
    const reported = await t
      .http()
      .post('/api/reports')
      .set(await cases.authorization('lege.cgm'))
      .set(headers('1'))
      .send(sfmSyncReport())
      .expect(201);
    expect(reported.headers['x-request-id']).toBe(id('1'));
    const caseId = caseBody(reported).id;
    expect(await correlationIds(caseId, 'case.reported')).toEqual([id('1')]);

    const routed = await cases.waitForCase('support.cgm', caseId, (c) => c.status === 'routed', 'the case routed');
    const acknowledged = await t
      .http()
      .post(`/api/cases/${caseId}/acknowledge`)
      .set(await cases.authorization('support.cgm'))
      .set('If-Match', routed.headers.etag)
      .set(headers('2'))
      .expect(200);
    expect(acknowledged.headers['x-request-id']).toBe(id('2'));
    expect(await correlationIds(caseId, 'case.acknowledged')).toEqual([id('2')]);
  });

  it('is a new UUID for a request that brings none, or none that is a plain token', async () => {
    for (const headers of [{}, { 'X-Request-Id': 'not a token' }]) {
      const reported = await t
        .http()
        .post('/api/reports')
        .set(await cases.authorization('lege.cgm'))
        .set(headers)
        .send(sfmSyncReport())
        .expect(201);
      const id = reported.headers['x-request-id'];
      expect(id).toMatch(UUID);
      expect(await correlationIds(caseBody(reported).id, 'case.reported')).toEqual([id]);
    }
  });

  it('is echoed on answers that never reach a route: a 404 and a body too large', async () => {
    const missing = await t.http().get('/nowhere').set('X-Request-Id', 'lost-1').expect(404);
    expect(missing.headers['x-request-id']).toBe('lost-1');
    const tooLarge = await t
      .http()
      .post('/api/reports')
      .set(await cases.authorization('lege.cgm'))
      .set('X-Request-Id', 'big-1')
      .send({ description: 'x'.repeat(300_000) })
      .expect(413);
    expect(tooLarge.headers['x-request-id']).toBe('big-1');
  });
});
