import { Client } from 'pg';
import { sfmSyncReport } from '../../apps/lagspill/test/support/case-api';
import {
  type AppProcess,
  devTokens,
  forEachBounded,
  freePort,
  reportersByOrganisation,
  startAllInOne,
} from '../support/app-process';
import { eventually } from '../support/eventually';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * The all-in-one app is SIGKILLed (no shutdown hook runs) in the middle of a load of reports, then
 * restarted on the same database, and the clients retry what got no answer, as a client with an
 * Idempotency-Key may. Every acknowledged report must exist exactly once, and nothing else.
 */
const REPORTS = 5000;
const IN_FLIGHT = 16;
/** The kill comes once this share of the reports has been acknowledged. */
const KILL_AFTER = 0.4;
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * Every how many'th report is also sent again after the restart, and read back through the API. The log
 * is checked for every report; these two prove the idempotent replay and the sealed text on a sample
 * spread over the load (with every report whose answer was lost), at a fifth of the requests.
 */
const SAMPLE_EVERY = 10;

interface Answer {
  readonly status: number;
  readonly caseId: string;
  readonly replayed: boolean;
}

describe('crash safety: the app SIGKILLed under a load of reports', () => {
  let database: TestDatabase;
  let db: Client;
  let port: number;
  let app: AppProcess | undefined;

  const start = (): Promise<AppProcess> => startAllInOne(port, database.url);

  beforeAll(async () => {
    // An empty database: the app migrates it, as in production.
    database = await createTestDatabase([]);
    db = new Client({ connectionString: database.url });
    await db.connect();
    port = await freePort();
  }, 60_000);

  afterAll(async () => {
    app?.child.kill('SIGTERM');
    await app?.exited;
    await db?.end();
    await database?.drop();
  }, 30_000);

  it(`keeps every acknowledged report exactly once across a SIGKILL, with ${REPORTS} reports`, async () => {
    const began = Date.now();
    const running = await start();
    app = running;
    const reporters = await reportersByOrganisation(running);
    expect(reporters.length).toBeGreaterThanOrEqual(3);
    let tokens = await devTokens(running, reporters);

    const keys = Array.from({ length: REPORTS }, (_, i) => `crash-${i}`);
    const reporterOf = (key: string) => reporters[Number(key.slice('crash-'.length)) % reporters.length];
    /** Same key, same body: a retry is the same request. */
    const bodyOf = (key: string) => JSON.stringify(sfmSyncReport({ title: `SFM synkroniserer ikke (${key})` }));
    const submit = async (key: string): Promise<Answer> => {
      const response = await fetch(`${app?.url}/api/reports`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens.get(reporterOf(key))}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: bodyOf(key),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = (await response.json()) as { id: string };
      return { status: response.status, caseId: body.id, replayed: response.headers.has('idempotent-replayed') };
    };

    /** Every answer each key got, in order. */
    const answers = new Map<string, Answer[]>();
    const record = (key: string, answer: Answer) => answers.set(key, [...(answers.get(key) ?? []), answer]);
    const lost: string[] = [];
    const unsent: string[] = [];
    let killed: Promise<unknown> | undefined;

    // Phase 1: the load, until the kill.
    await forEachBounded(keys, IN_FLIGHT, async (key) => {
      if (killed) {
        unsent.push(key);
        return;
      }
      try {
        record(key, await submit(key));
      } catch {
        lost.push(key);
        return;
      }
      if (!killed && answers.size >= REPORTS * KILL_AFTER) {
        running.child.kill('SIGKILL');
        killed = running.exited;
      }
    });
    expect(await killed).toBe('SIGKILL');
    const ackedBeforeKill = [...answers.keys()];
    const killedAfterMs = Date.now() - began;

    // Phase 2: the same database, a new process; retry what got no answer, send the rest, and send a sample
    // of the acknowledged reports once more.
    app = await start();
    tokens = await devTokens(app, reporters);
    const sampled = (key: string) => Number(key.slice('crash-'.length)) % SAMPLE_EVERY === 0;
    const replayed = ackedBeforeKill.filter(sampled);
    const retried = [...lost, ...unsent, ...replayed];
    const unanswered: string[] = [];
    await forEachBounded(retried, IN_FLIGHT, async (key) => {
      try {
        record(key, await submit(key));
      } catch {
        unanswered.push(key);
      }
    });
    const loadMs = Date.now() - began;
    expect(unanswered).toEqual([]);
    // The kill met requests in flight: otherwise it proved nothing about them.
    expect(lost.length).toBeGreaterThan(0);

    // Every answer was a 201, and every answer for a key names the same case.
    const caseOf = new Map<string, string>();
    for (const [key, given] of answers) {
      expect({ key, statuses: given.map((a) => a.status) }).toEqual({ key, statuses: given.map(() => 201) });
      expect({ key, cases: new Set(given.map((a) => a.caseId)).size }).toEqual({ key, cases: 1 });
      caseOf.set(key, given[0].caseId);
    }
    expect(caseOf.size).toBe(REPORTS);
    // A lost answer whose report had been stored before the kill comes back as a replay.
    const storedButUnanswered = lost.filter((key) => answers.get(key)?.[0].replayed).length;
    expect(replayed.length).toBeGreaterThan(0);
    expect(replayed.every((key) => answers.get(key)?.[1].replayed)).toBe(true);

    // The log: one case.reported per acknowledged case, and no other case.
    const { rows } = await db.query<{ case_id: string; reported: number }>(
      `SELECT data->>'caseId' AS case_id, count(*)::int AS reported
         FROM event_store.events WHERE event_type = 'case.reported' GROUP BY 1`,
    );
    const reportedTimes = new Map(rows.map((row) => [row.case_id, row.reported]));
    expect(reportedTimes.size).toBe(REPORTS);
    expect([...reportedTimes.values()].every((times) => times === 1)).toBe(true);
    expect(new Set(caseOf.values())).toEqual(new Set(reportedTimes.keys()));

    // The API: the sampled cases and those whose answer was lost read back as their reporter sent them.
    const unreadable: string[] = [];
    await forEachBounded([...new Set([...keys.filter(sampled), ...lost])], IN_FLIGHT, async (key) => {
      const response = await fetch(`${app?.url}/api/cases/${caseOf.get(key)}`, {
        headers: { authorization: `Bearer ${tokens.get(reporterOf(key))}` },
      });
      const body = (await response.json()) as { id: string; title: string };
      if (response.status !== 200 || body.title !== `SFM synkroniserer ikke (${key})`) unreadable.push(key);
    });
    expect(unreadable).toEqual([]);

    // The subscribers crossed the kill too: each case routed once and in the case list's read model once.
    const derived = await eventually(
      'the router and the case view to catch up',
      async () => {
        const {
          rows: [counts],
        } = await db.query<{ routed: number; routedCases: number; listed: number }>(
          `SELECT (SELECT count(*)::int FROM event_store.events WHERE event_type = 'case.routed') AS routed,
                  (SELECT count(DISTINCT stream_id)::int FROM event_store.events WHERE event_type = 'case.routed') AS "routedCases",
                  (SELECT count(*)::int FROM casework.case_view) AS listed`,
        );
        return counts.routedCases === REPORTS && counts.listed === REPORTS ? counts : undefined;
      },
      { attempts: 300, intervalMs: 100 },
    );
    expect(derived).toEqual({ routed: REPORTS, routedCases: REPORTS, listed: REPORTS });

    const seconds = loadMs / 1000;
    const answered = [...answers.values()].reduce((sum, given) => sum + given.length, 0);
    process.stdout.write(
      `crash safety: ${REPORTS} reports, ${IN_FLIGHT} in flight; SIGKILL after ${ackedBeforeKill.length} acknowledged ` +
        `(${(killedAfterMs / 1000).toFixed(1)} s); ${lost.length} answers lost in flight ` +
        `(${storedButUnanswered} of them stored before the kill), ${unsent.length} not yet sent; ` +
        `${retried.length} sent after the restart (the lost, the unsent, and ${replayed.length} acknowledged ones again); ` +
        `${answers.size} keys = ${reportedTimes.size} cases, each reported once; ` +
        `${answered} answers in ${seconds.toFixed(1)} s, restart included (${Math.round(answered / seconds)} reports/s)\n`,
    );
  }, 150_000);
});
