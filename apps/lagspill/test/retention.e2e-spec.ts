import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CASE_DECIDER, caseStreamId, type CaseCommand, type CaseEvent, type CaseState } from '@lagspill/domain';
import { DeciderRepository, EventStore } from '@lagspill/event-store';
import { CaseFactsProjection, IndicatorRefresher } from '@lagspill/insights';
import { TextScreener } from '@lagspill/platform';
import { CASE_ERASED } from '@lagspill/contracts';
import { ClosedCasesProjection, ExpiredCaseEraser } from '@lagspill/retention';
import { RouteReportedCaseHandler } from '@lagspill/routing';
import { ACTORS, aReport, plain, SERVICE_LEVEL } from '../../../libs/casework/src/testing/case-fixtures';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, historyBody } from './support/case-api';

const FNR = '01018010018';
const DAY_MS = 86_400_000;
const RETENTION_DAYS = 30;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
/** The day the old case was reported, as the coordinator's indicators show it. */
const OLD_REPORTED = daysAgo(60);
const OLD_DAY = OLD_REPORTED.toISOString().slice(0, 10);

/**
 * Retention by crypto-shredding (RETENTION_CLOSED_CASE_DAYS, here 30 so that the indicators to recompute
 * span weeks, not years): a case closed longer ago loses its key; its originals are gone for good, its
 * redacted text and its figures stay.
 */
describe('retention', () => {
  let t: TestApp;
  let api: CaseApi;
  let eraser: ExpiredCaseEraser;
  let cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;

  /** A case from lege.cgm with an identity number in its description, routed to CGM, closed at `closedAt`. */
  async function aCase(reportedAt: Date, closedAt?: Date): Promise<string> {
    const caseId = randomUUID();
    const description = await t.app.get(TextScreener).screen(caseId, `Gjelder pasient ${FNR}.`);
    const at = (date: Date, hours = 0) => new Date(date.getTime() + hours * 3_600_000).toISOString();
    const report = aReport({ caseId, reportedAt: at(reportedAt), occurredAt: at(reportedAt, -1), description });
    const stream = caseStreamId(caseId);
    await cases.handle(stream, { type: 'report-case', actor: ACTORS.reporter, at: at(reportedAt), report });
    const route = { actor: ACTORS.routing, at: at(reportedAt, 1), party: 'cgm', rule: 'test' };
    await cases.handle(stream, { type: 'route-case', ...route, serviceLevel: SERVICE_LEVEL });
    if (closedAt) {
      const resolution = plain('Rettet i versjon 8.5.');
      await cases.handle(stream, { type: 'resolve-case', actor: ACTORS.cgm, at: at(closedAt, -2), resolution });
      await cases.handle(stream, { type: 'close-case', actor: ACTORS.reporter, at: at(closedAt) });
    }
    return caseId;
  }

  const description = async (username: string, id: string) => caseBody(await api.getCase(username, id)).description;
  const keyCount = async (id: string) => {
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    try {
      return (await client.query(`SELECT count(*)::int AS n FROM privacy.case_keys WHERE case_id = $1`, [id])).rows[0]
        .n as number;
    } finally {
      await client.end();
    }
  };
  /** The coordinator's figures for the old case's day, recomputed from the case facts now. */
  const oldDay = async () => {
    await t.app.get(CaseFactsProjection).whenCaughtUp();
    await t.app.get(IndicatorRefresher).refresh();
    return (await api.get('koordinator.nord', `/api/indicators?from=${OLD_DAY}&to=${OLD_DAY}&interval=day`)).body
      .rows as { cases: number }[];
  };

  beforeAll(async () => {
    t = await startTestApp({ INDICATOR_REFRESH_INTERVAL_MS: '0', RETENTION_CLOSED_CASE_DAYS: String(RETENTION_DAYS) });
    api = new CaseApi(t);
    eraser = t.app.get(ExpiredCaseEraser);
    cases = new DeciderRepository(t.app.get(EventStore), CASE_DECIDER);
    // The cases here are routed by the test, at a time in the past; the live router would race it.
    await t.app.get(RouteReportedCaseHandler).stop();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('erases an old closed case, leaves young and open ones alone, and is harmless when run again', async () => {
    const old = await aCase(OLD_REPORTED, daysAgo(RETENTION_DAYS + 5));
    const young = await aCase(daysAgo(40), daysAgo(RETENTION_DAYS - 5));
    const open = await aCase(daysAgo(50));
    await t.app.get(ClosedCasesProjection).whenCaughtUp();
    expect(await description('lege.cgm', old)).toBe(`Gjelder pasient ${FNR}.`);
    const figures = await oldDay();
    expect(figures).toMatchObject([{ cases: 1, reported: 1 }]);

    const first = await eraser.sweep();
    expect(first).toEqual({ ran: true, erased: [old] });

    // The key is gone: the reporter sees that the original was erased, in the view and the history.
    expect(await keyCount(old)).toBe(0);
    expect(await description('lege.cgm', old)).toBe('Gjelder pasient [slettet].');
    const [reported] = historyBody(await api.history('lege.cgm', old));
    expect(reported.description).toBe('Gjelder pasient [slettet].');
    // Everyone else saw only the redacted text before, and still does.
    expect(await description('support.cgm', old)).toBe('Gjelder pasient [fødselsnummer].');
    // The figures for its day are those from before.
    expect(await oldDay()).toEqual(figures);

    for (const id of [young, open]) {
      expect(await keyCount(id)).toBe(1);
      expect(await description('lege.cgm', id)).toBe(`Gjelder pasient ${FNR}.`);
    }

    // Again at once (before the projection marked the erasure) and again later: nothing new happens.
    expect(await eraser.sweep()).toEqual({ ran: true, erased: [] });
    await t.app.get(ClosedCasesProjection).whenCaughtUp();
    expect(await eraser.sweep()).toEqual({ ran: true, erased: [] });
    const recorded = await t.app.get(EventStore).readStream(`retention-${old}`);
    expect(recorded.map((e) => [e.type, e.schemaVersion, (e.data as { caseId: string }).caseId])).toEqual([
      [CASE_ERASED, 1, old],
    ]);
  });

  it('sweeps in one process at a time: while another holds the lock, a sweep does nothing', async () => {
    const old = await aCase(daysAgo(50), daysAgo(RETENTION_DAYS + 1));
    await t.app.get(ClosedCasesProjection).whenCaughtUp();
    const other = new Client({ connectionString: t.database.url });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtextextended('retention.expired-case-eraser', 0))`);
      expect(await eraser.sweep()).toEqual({ ran: false, erased: [] });
      expect(await keyCount(old)).toBe(1);
    } finally {
      await other.end();
    }
    expect(await eraser.sweep()).toEqual({ ran: true, erased: [old] });
  });
});
