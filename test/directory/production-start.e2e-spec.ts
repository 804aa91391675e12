import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DirectoryImportJob, DirectoryImportPlanResponse, DirectoryPage, PersonEntry } from '@lagspill/contracts';
import { CaseApi, sfmSyncReport } from '../../apps/lagspill/test/support/case-api';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';

const HELSE_NORD_CSV = readFileSync(resolve(__dirname, '../../examples/directory/helse-nord.csv'));

/**
 * Issue 16's "done when", over HTTP: an installation that starts with an empty directory and one bootstrap
 * administrator from configuration; the administrator imports the Helse Nord example; a GP from it logs
 * in and reports. (Dev login stands in for HelseID: it issues tokens only for people in the directory.)
 */
describe('an installation that starts with an empty directory', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp({
      LAGSPILL_DEMO_DIRECTORY: 'false',
      LAGSPILL_BOOTSTRAP_ADMIN: 'drift',
      LAGSPILL_BOOTSTRAP_ADMIN_NAME: 'Regional drift',
      LAGSPILL_BOOTSTRAP_ADMIN_EMAIL: 'drift@helse-nord.example.no',
    });
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  const asAdmin = async () => ({ Authorization: `Bearer ${await t.tokenFor('drift')}` });

  async function importFile(dryRun: boolean) {
    return t
      .http()
      .post(`/api/directory/imports${dryRun ? '?dryRun=true' : ''}`)
      .set(await asAdmin())
      .set('Content-Type', 'text/csv')
      .send(HELSE_NORD_CSV);
  }

  async function finished(job: DirectoryImportJob): Promise<DirectoryImportJob> {
    return eventually(`import ${job.id} to finish`, async () => {
      const polled = await t
        .http()
        .get(`/api/directory/imports/${job.id}`)
        .set(await asAdmin())
        .expect(200);
      const body = polled.body as DirectoryImportJob;
      return body.status === 'running' ? undefined : body;
    });
  }

  it('holds only the bootstrap administrator: nobody else can log in', async () => {
    const people = await t
      .http()
      .get('/api/directory/people')
      .set(await asAdmin())
      .expect(200);
    expect((people.body as DirectoryPage<PersonEntry>).items).toEqual([
      {
        username: 'drift',
        name: 'Regional drift',
        role: 'admin',
        email: 'drift@helse-nord.example.no',
        version: expect.any(Number),
      },
    ]);
    await t.http().post('/api/dev/token').send({ username: 'lege.cgm' }).expect(404);
  });

  it('imports the Helse Nord example: a dry run first, then the import as one unit with progress, then a GP reports', async () => {
    const dry = await importFile(true);
    expect(dry.status).toBe(200);
    const plan = dry.body as DirectoryImportPlanResponse;
    expect(plan.summary.organisations).toMatchObject({ changed: 0, unchanged: 0 });
    expect(plan.summary.organisations.added).toBeGreaterThanOrEqual(164);
    expect(
      (
        await t
          .http()
          .get('/api/directory/organisations')
          .set(await asAdmin())
      ).body.total,
    ).toBe(0);

    const started = await importFile(false);
    expect(started.status).toBe(202);
    expect(started.headers.location).toBe(`/api/directory/imports/${(started.body as DirectoryImportJob).id}`);
    const done = await finished(started.body as DirectoryImportJob);
    expect(done).toMatchObject({ status: 'done', summary: plan.summary });
    expect(done.progress.done).toBe(done.progress.total);

    const gps = await t
      .http()
      .get('/api/directory/people?role=reporter&limit=500')
      .set(await asAdmin())
      .expect(200);
    const gp = (gps.body as DirectoryPage<PersonEntry>).items.find(
      (p) => p.hprNumber !== undefined && p.organisation !== undefined,
    );
    if (!gp?.organisation) throw new Error('the example has no reporter with an HPR number');
    const organisation = (
      await t
        .http()
        .get(`/api/directory/organisations/${gp.organisation}`)
        .set(await asAdmin())
        .expect(200)
    ).body;
    const routed = await api.reportedAndRouted(gp.username, sfmSyncReport());
    expect(routed.routedTo?.party).toBe(organisation.system.vendor);
  }, 120_000);

  it('changes nothing when the same file is imported again', async () => {
    const dry = (await importFile(true)).body as DirectoryImportPlanResponse;
    expect(dry.entries).toEqual([]);
    for (const counts of Object.values(dry.summary)) expect(counts).toMatchObject({ added: 0, changed: 0 });
    const done = await finished((await importFile(false)).body as DirectoryImportJob);
    expect(done).toMatchObject({ status: 'done', progress: { done: 0, total: 0 } });
  }, 60_000);

  it('exports what it imported: the file again, and the bootstrap administrator', async () => {
    const exported = await t
      .http()
      .get('/api/directory/export')
      .set(await asAdmin())
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const lines = (exported.body as Buffer).toString('utf8').split('\r\n');
    const adminLine = lines.find((line) => line.startsWith('person;drift;'));
    expect(adminLine).toBeDefined();
    expect(lines.filter((line) => line !== adminLine)).toEqual(HELSE_NORD_CSV.toString('utf8').split('\r\n'));
  });
});
