import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { AuthModule } from '@lagspill/auth';
import {
  CASE_DECIDER,
  caseStreamId,
  Directory,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
} from '@lagspill/domain';
import { DeciderRepository, EventStore, EventStoreModule, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import {
  AppConfig,
  createHttpApp,
  DatabaseConnection,
  loadConfig,
  PlatformModule,
  type PlatformContext,
} from '@lagspill/platform';
import { eventually } from '../../../test/support/eventually';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { CASEWORK_MIGRATIONS } from './casework.migrations';
import { CaseworkModule } from './casework.module';
import { CaseViewProjection } from './read-model/case-view.projection';
import { CaseViewRepository } from './read-model/case-view.repository';
import { ACTORS, aReport, plain, SERVICE_LEVEL } from './testing/case-fixtures';
import { DEMO_DIRECTORY, DirectoryModule } from '@lagspill/directory';

const PROBLEM = /^application\/problem\+json/;
const FNR = '01018010018';

/** The parts of the app casework needs, until apps/lagspill wires it in. */
@Module({})
class CaseworkTestApp {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: CaseworkTestApp,
      imports: [
        PlatformModule.forRoot(context, { migrations: [EventStoreSchema1763769600000, ...CASEWORK_MIGRATIONS] }),
        AuthModule.forRoot(context.config),
        DirectoryModule.fixed(new Directory(DEMO_DIRECTORY)),
        EventStoreModule.forRootAsync({
          inject: [DatabaseConnection, AppConfig],
          useFactory: (connection: DatabaseConnection) => ({ connectionString: connection.url, pollIntervalMs: 50 }),
        }),
        CaseworkModule,
      ],
    };
  }
}

describe('casework over HTTP', () => {
  let database: TestDatabase;
  let app: INestApplication;
  const tokens = new Map<string, string>();
  const http = () => request(app.getHttpServer());
  const as = async (username: string) => {
    if (!tokens.has(username)) {
      const { body } = await http().post('/api/dev/token').send({ username }).expect(200);
      tokens.set(username, body.access_token as string);
    }
    return `Bearer ${tokens.get(username)}`;
  };
  const caughtUp = () => app.get(CaseViewProjection).whenCaughtUp();

  /** Reports a case from Mørkved (lege.cgm) and routes it to a party (CGM), as intake and routing would. */
  async function reportedAndRouted(party = 'cgm') {
    const cases = new DeciderRepository<CaseCommand, CaseEvent, CaseState>(app.get(EventStore), CASE_DECIDER);
    const report = aReport({ reportedAt: new Date().toISOString() });
    const stream = caseStreamId(report.caseId);
    await cases.handle(stream, { type: 'report-case', actor: report.reporter, at: report.reportedAt, report });
    await cases.handle(stream, {
      type: 'route-case',
      actor: ACTORS.routing,
      at: report.reportedAt,
      party,
      rule: 'test',
      serviceLevel: SERVICE_LEVEL,
    });
    await caughtUp();
    return report;
  }

  beforeAll(async () => {
    database = await createTestDatabase([]);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, LAGSPILL_DEV_LOGIN: 'true' });
    app = await createHttpApp(
      CaseworkTestApp.forRoot({ config, connection: new DatabaseConnection(database.url, false) }),
      'lagspill',
    );
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('lists and shows a case only to those who may see it, with its version as ETag', async () => {
    const report = await reportedAndRouted();
    const list = await http()
      .get('/api/cases')
      .set('Authorization', await as('lege.cgm'))
      .expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(report.caseId);
    expect(list.body).toHaveProperty('nextCursor');

    const shown = await http()
      .get(`/api/cases/${report.reference}`)
      .set('Authorization', await as('support.cgm'))
      .expect(200);
    expect(shown.headers.etag).toBe('"2"');
    expect(shown.body).toMatchObject({ id: report.caseId, status: 'routed', routedTo: { party: 'cgm' } });

    const hidden = await http()
      .get(`/api/cases/${report.caseId}`)
      .set('Authorization', await as('support.pridok'))
      .expect(404);
    expect(hidden.headers['content-type']).toMatch(PROBLEM);
    const missing = await http()
      .get('/api/cases/no-such-case')
      .set('Authorization', await as('support.pridok'));
    expect({ ...missing.body, detail: undefined, instance: undefined }).toEqual({
      ...hidden.body,
      detail: undefined,
      instance: undefined,
    });
    const notListed = await http()
      .get('/api/cases')
      .set('Authorization', await as('support.pridok'))
      .expect(200);
    expect(notListed.body.items.map((c: { id: string }) => c.id)).not.toContain(report.caseId);
  });

  it('validates the list query', async () => {
    const response = await http()
      .get('/api/cases?limit=500&status=lost&colour=red')
      .set('Authorization', await as('admin'))
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['limit', 'status', 'colour']));
    await http()
      .get('/api/cases?cursor=bogus')
      .set('Authorization', await as('admin'))
      .expect(400);
  });

  describe("a list that includes the caller's own last change (Lagspill-Consistent-With)", () => {
    it('waits for the read model to fold the change it names, while a list without it answers at once', async () => {
      const cases = new DeciderRepository<CaseCommand, CaseEvent, CaseState>(app.get(EventStore), CASE_DECIDER);
      // Case ids the API gives out are UUIDs; the header takes nothing else.
      const report = aReport({ caseId: randomUUID(), reportedAt: new Date().toISOString() });
      const holder = new Client({ connectionString: database.url });
      await holder.connect();
      try {
        // The projection cannot write while this transaction holds the table; readers still can.
        await holder.query('BEGIN');
        await holder.query('LOCK TABLE casework.case_view IN EXCLUSIVE MODE');
        await cases.handle(caseStreamId(report.caseId), {
          type: 'report-case',
          actor: report.reporter,
          at: report.reportedAt,
          report,
        });
        const ids = (response: request.Response) => (response.body.items as { id: string }[]).map((c) => c.id);
        const lagging = await http()
          .get('/api/cases')
          .set('Authorization', await as('lege.cgm'))
          .expect(200);
        expect(ids(lagging)).not.toContain(report.caseId);

        const looks = jest.spyOn(app.get(CaseViewRepository), 'hasFolded');
        const consistent = http()
          .get('/api/cases')
          .set('Authorization', await as('lege.cgm'))
          .set('Lagspill-Consistent-With', `${report.caseId};v=1`)
          .then((response) => response);
        // The consistent list has looked for the change, and not found it, while the projection could not write.
        const firstLook = await eventually('the consistent list to look for the change', async () =>
          looks.mock.results.length > 0 ? (looks.mock.results[0].value as Promise<boolean>) : undefined,
        );
        expect(firstLook).toBe(false);
        await holder.query('COMMIT');
        const answered = await consistent;
        expect(answered.status).toBe(200);
        expect(ids(answered)).toContain(report.caseId);
        looks.mockRestore();
      } finally {
        await holder.end();
      }
    });

    it('answers as the read model stands when the change never arrives, and refuses a malformed header', async () => {
      const unknown = await http()
        .get('/api/cases')
        .set('Authorization', await as('lege.cgm'))
        .set('Lagspill-Consistent-With', '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b;v=7')
        .expect(200);
      expect(unknown.body).toHaveProperty('items');
      for (const value of ['PLL-2026-000001;v=1', '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'x;v=0']) {
        const refused = await http()
          .get('/api/cases')
          .set('Authorization', await as('lege.cgm'))
          .set('Lagspill-Consistent-With', value)
          .expect(400);
        expect(refused.headers['content-type']).toMatch(PROBLEM);
        expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'Lagspill-Consistent-With' })]);
      }
    });
  });

  describe("a responder's inbox: soonest due first (sort=due)", () => {
    const eg = { username: 'support.eg', name: 'Lars Moen', role: 'responder', party: 'eg' } as const;
    const marker = 'innboksprove';
    const start = Date.now();
    const hours = (n: number) => new Date(start + n * 3_600_000).toISOString();
    /** The cases of this block by name, with the due time their view should show. */
    const made = new Map<string, { id: string; dueAt: string | null }>();
    const open = ['routed', 'acknowledged', 'awaiting-information'];

    /** Reports a case (from Tromsø, an EG office) and takes it through `steps` at the times given. */
    async function aCase(name: string, dueAt: string | null, steps: CaseCommand[]) {
      const cases = new DeciderRepository<CaseCommand, CaseEvent, CaseState>(app.get(EventStore), CASE_DECIDER);
      const report = aReport({
        reporter: ACTORS.otherReporter,
        title: plain(`${marker} ${name}`),
        reportedAt: hours(-300),
      });
      const stream = caseStreamId(report.caseId);
      await cases.handle(stream, { type: 'report-case', actor: report.reporter, at: report.reportedAt, report });
      for (const step of steps) await cases.handle(stream, step);
      made.set(name, { id: report.caseId, dueAt });
    }
    const routed = (at: string, firstResponseHours = 24): CaseCommand => ({
      type: 'route-case',
      actor: ACTORS.routing,
      at,
      party: 'eg',
      rule: 'test',
      serviceLevel: { firstResponseHours, resolutionHours: 240 },
    });

    beforeAll(async () => {
      await aCase('due in 30 h', hours(30), [routed(hours(6))]);
      await aCase('overdue', hours(-2), [routed(hours(-26))]);
      await aCase('due in 30 h as well', hours(30), [routed(hours(-18), 48)]);
      await aCase('due in 4 h', hours(4), [routed(hours(-20))]);
      await aCase('acknowledged', hours(230), [
        routed(hours(-10)),
        { type: 'acknowledge-case', actor: eg, at: hours(-9) },
      ]);
      await aCase('awaiting information', hours(140), [
        routed(hours(-100)),
        { type: 'request-information', actor: eg, at: hours(-99), question: plain('Hvilken versjon?') },
      ]);
      // Resolving is the party's response: the view shows the resolution due time.
      await aCase('resolved', hours(217), [
        routed(hours(-23)),
        { type: 'resolve-case', actor: eg, at: hours(-22), resolution: plain('Rettet') },
      ]);
      await aCase('not routed', null, []);
      await aCase('not routed either', null, []);
      await caughtUp();
    });

    /** The ids of these cases in the order they should be listed: due time, none last, ties by id. */
    const inOrder = (...names: string[]) =>
      names
        .map((name) => made.get(name) as { id: string; dueAt: string | null })
        .sort((a, b) => {
          const key = (c: { dueAt: string | null }) => (c.dueAt === null ? Infinity : Date.parse(c.dueAt));
          return key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        })
        .map((c) => c.id);
    /** Every page of GET /api/cases?<query>, following nextCursor: the items in the order listed. */
    async function allPages(username: string, query: string) {
      const items: { id: string; routedTo: { dueAt: string } | null }[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 50; page += 1) {
        const url = `/api/cases?${query}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
        const response = await http()
          .get(url)
          .set('Authorization', await as(username))
          .expect(200);
        const body = response.body as { items: typeof items; nextCursor: string | null };
        items.push(...body.items);
        cursor = body.nextCursor;
        if (cursor === null) return items;
      }
      throw new Error('more than 50 pages');
    }

    it('lists the open cases of the party by the due time their view shows, page after page', async () => {
      for (const limit of [1, 2, 3, 50]) {
        const items = await allPages('support.eg', `party=eg&status=${open.join(',')}&sort=due&limit=${limit}`);
        const ids = items.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        // Only this block routes to eg.
        expect(ids).toEqual(
          inOrder(
            'due in 30 h',
            'overdue',
            'due in 30 h as well',
            'due in 4 h',
            'acknowledged',
            'awaiting information',
          ),
        );
        expect(items.map((c) => c.routedTo?.dueAt)).toEqual(
          ids.map((id) => [...made.values()].find((c) => c.id === id)?.dueAt),
        );
      }
    });

    it('takes open=true for every status but resolved and closed, alone or with a status list', async () => {
      const openIds = (await allPages('support.eg', 'party=eg&open=true&sort=due')).map((c) => c.id);
      expect(openIds).toEqual(
        (await allPages('support.eg', `party=eg&status=${open.join(',')}&sort=due`)).map((c) => c.id),
      );
      expect((await allPages('support.eg', 'party=eg&open=false&sort=due')).map((c) => c.id)).toEqual(
        inOrder('resolved'),
      );
      expect(
        (await allPages('support.eg', 'party=eg&open=true&status=acknowledged,resolved')).map((c) => c.id),
      ).toEqual(inOrder('acknowledged'));
    });

    it('puts cases without a due time last, and keeps the resolved one where its due time is', async () => {
      const items = await allPages('admin', `q=${marker}&sort=due&limit=2`);
      expect(items.map((c) => c.id)).toEqual(inOrder(...made.keys()));
      expect(items.slice(-2).map((c) => c.routedTo)).toEqual([null, null]);
    });

    it('filters by several statuses, newest first by default', async () => {
      const items = await allPages('admin', `q=${marker}&status=routed,awaiting-information&limit=2`);
      const newestFirst = (names: string[]) =>
        names.map((name) => made.get(name)?.id as string).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
      // All were reported at the same time: newest first is then by id, descending.
      expect(items.map((c) => c.id)).toEqual(
        newestFirst(['due in 30 h', 'overdue', 'due in 30 h as well', 'due in 4 h', 'awaiting information']),
      );
      // The parameter repeated means the same as the list.
      const repeated = await allPages('admin', `q=${marker}&status=routed&status=awaiting-information`);
      expect(repeated.map((c) => c.id)).toEqual(items.map((c) => c.id));
    });

    it('refuses bad statuses, sorts and flags, and a cursor of the other order, naming the field', async () => {
      const admin = await as('admin');
      const problem = async (query: string) => {
        const response = await http().get(`/api/cases?${query}`).set('Authorization', admin).expect(400);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({ type: '/problems/validation', status: 400 });
        return (response.body.errors as { field: string; message: string }[]).map((e) => e.field);
      };
      expect(await problem('status=routed,lost')).toEqual(['status']);
      expect(await problem('status=routed,')).toEqual(['status']);
      expect(await problem('status=')).toEqual(['status']);
      expect(await problem('sort=priority')).toEqual(['sort']);
      expect(await problem('open=yes')).toEqual(['open']);

      const byDue = await http().get(`/api/cases?q=${marker}&sort=due&limit=1`).set('Authorization', admin).expect(200);
      const newest = await http().get(`/api/cases?q=${marker}&limit=1`).set('Authorization', admin).expect(200);
      expect(await problem(`q=${marker}&cursor=${byDue.body.nextCursor}`)).toEqual(['cursor']);
      expect(await problem(`q=${marker}&sort=reported&cursor=${byDue.body.nextCursor}`)).toEqual(['cursor']);
      expect(await problem(`q=${marker}&sort=due&cursor=${newest.body.nextCursor}`)).toEqual(['cursor']);
    });
  });

  it('takes changes only at the current version: 428 without If-Match, 409 when stale', async () => {
    const report = await reportedAndRouted();
    const url = `/api/cases/${report.caseId}/acknowledge`;
    const cgm = await as('support.cgm');
    const missing = await http().post(url).set('Authorization', cgm).expect(428);
    expect(missing.headers['content-type']).toMatch(PROBLEM);
    await http().post(url).set('Authorization', cgm).set('If-Match', '"1"').expect(409);
    await http()
      .post(url)
      .set('Authorization', await as('support.pridok'))
      .set('If-Match', '"2"')
      .expect(404);
    await http()
      .post(url)
      .set('Authorization', await as('lege.cgm'))
      .set('If-Match', '"2"')
      .expect(403);

    const acknowledged = await http().post(url).set('Authorization', cgm).set('If-Match', '"2"').expect(200);
    expect(acknowledged.headers.etag).toBe('"3"');
    expect(acknowledged.body).toMatchObject({ version: 3, status: 'acknowledged' });
  });

  it('screens free text: the responder never sees the identity number, the reporter does', async () => {
    const report = await reportedAndRouted();
    const commented = await http()
      .post(`/api/cases/${report.caseId}/comments`)
      .set('Authorization', await as('lege.cgm'))
      .set('If-Match', '"2"')
      .send({ body: `Gjelder pasient ${FNR}`, visibility: 'public' })
      .expect(200);
    expect(commented.body.comments.at(-1).body).toBe(`Gjelder pasient ${FNR}`);

    await caughtUp();
    const cgm = await as('support.cgm');
    const view = await http().get(`/api/cases/${report.caseId}`).set('Authorization', cgm).expect(200);
    expect(view.body.comments.at(-1).body).toBe('Gjelder pasient [fødselsnummer]');
    expect(view.body.piiRedacted).toBe(1);
    const history = await http().get(`/api/cases/${report.caseId}/history`).set('Authorization', cgm).expect(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual([
      'case.reported',
      'case.routed',
      'case.comment-added',
    ]);
    expect(JSON.stringify(history.body)).not.toContain(FNR);
  });

  it('forwards to a known party only, and rejects unknown fields', async () => {
    const report = await reportedAndRouted();
    const url = `/api/cases/${report.caseId}/forward`;
    const coordinator = await as('koordinator.nord');
    const unknownParty = await http()
      .post(url)
      .set('Authorization', coordinator)
      .set('If-Match', '"2"')
      .send({ party: 'nobody', reason: 'x' })
      .expect(400);
    expect(unknownParty.body.errors).toEqual([expect.objectContaining({ field: 'party' })]);
    const extra = await http()
      .post(url)
      .set('Authorization', coordinator)
      .set('If-Match', '"2"')
      .send({ party: 'nhn', reason: 'SFM', urgent: true })
      .expect(400);
    expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'urgent' })]);

    const forwarded = await http()
      .post(url)
      .set('Authorization', coordinator)
      .set('If-Match', '"2"')
      .send({ party: 'nhn', reason: 'Feil i SFM' })
      .expect(200);
    expect(forwarded.body).toMatchObject({ version: 3, status: 'routed', routedTo: { party: 'nhn' } });
    await caughtUp();
    await http()
      .get(`/api/cases/${report.caseId}`)
      .set('Authorization', await as('kundesenter.nhn'))
      .expect(200);
  });

  it('links only to a case the caller may see', async () => {
    const first = await reportedAndRouted();
    const second = await reportedAndRouted();
    const cgm = await as('support.cgm');
    await http()
      .post(`/api/cases/${first.caseId}/link`)
      .set('Authorization', cgm)
      .set('If-Match', '"2"')
      .send({ case: 'no-such-case', relation: 'related' })
      .expect(404);
    const linked = await http()
      .post(`/api/cases/${first.caseId}/link`)
      .set('Authorization', cgm)
      .set('If-Match', '"2"')
      .send({ case: second.reference, relation: 'duplicate-of' })
      .expect(200);
    expect(linked.body.links).toEqual([{ case: second.caseId, relation: 'duplicate-of' }]);
  });

  it('shows a link only to those who may see the linked case', async () => {
    const ours = await reportedAndRouted('cgm');
    const theirs = await reportedAndRouted('pridok');
    await http()
      .post(`/api/cases/${ours.caseId}/link`)
      .set('Authorization', await as('koordinator.nord'))
      .set('If-Match', '"2"')
      .send({ case: theirs.caseId, relation: 'related' })
      .expect(200);
    const link = { case: theirs.caseId, relation: 'related' };
    for (const username of ['koordinator.nord', 'lege.cgm']) {
      const shown = await http()
        .get(`/api/cases/${ours.caseId}`)
        .set('Authorization', await as(username))
        .expect(200);
      expect(shown.body.links).toEqual([link]);
    }
    const cgm = await as('support.cgm');
    const shown = await http().get(`/api/cases/${ours.caseId}`).set('Authorization', cgm).expect(200);
    expect(shown.body.links).toEqual([]);
    const history = await http().get(`/api/cases/${ours.caseId}/history`).set('Authorization', cgm).expect(200);
    expect(JSON.stringify(history.body)).not.toContain(theirs.caseId);
    await caughtUp();
    const listed = await http().get('/api/cases').set('Authorization', cgm).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(theirs.caseId);
  });
  it('runs a case through information, resolution, closing and reopening, one ETag after the other', async () => {
    const report = await reportedAndRouted();
    let etag = '"2"';
    const step = async (username: string, action: string, body: object | undefined, status: string) => {
      const call = http()
        .post(`/api/cases/${report.caseId}/${action}`)
        .set('Authorization', await as(username))
        .set('If-Match', etag);
      const response = await (body ? call.send(body) : call).expect(200);
      expect(response.body.status).toBe(status);
      etag = response.headers.etag;
      return response.body as { comments: { kind: string }[] };
    };
    await step('support.cgm', 'request-information', { question: 'Hvilken versjon?' }, 'awaiting-information');
    await step('lege.cgm', 'provide-information', { answer: '8.4.2' }, 'routed');
    await step('support.cgm', 'resolve', { resolution: 'Rettet i 8.4.3' }, 'resolved');
    await step('lege.cgm', 'close', undefined, 'closed');
    const reopened = await step('lege.cgm', 'reopen', { reason: 'Feilen er tilbake' }, 'routed');
    expect(etag).toBe('"7"');
    expect(reopened.comments.map((c) => c.kind)).toEqual(['question', 'answer', 'resolution', 'reopening']);
    const tooLong = await http()
      .post(`/api/cases/${report.caseId}/resolve`)
      .set('Authorization', await as('support.cgm'))
      .set('If-Match', etag)
      .send({ resolution: 'x'.repeat(10_001) })
      .expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'resolution' })]);
  });
});
