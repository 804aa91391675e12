import { startTestApp, type TestApp } from '../../../test/support/test-app';

const PROBLEM = /^application\/problem\+json/;
// A valid synthetic (Tenor) fødselsnummer and a D-nummer variant, in two written forms.
const FNR = '01818010083';

const report = (overrides: Record<string, unknown> = {}) => ({
  category: 'multidose',
  subcategory: 'paper-and-emd',
  title: 'Pasient på papirmultidose har også PLL',
  description: 'Pasienten har ordinasjonskort hos apoteket og fikk samtidig PLL sendt fra legekontoret.',
  occurredAt: '2026-11-20T09:30:00Z',
  multidoseMode: 'paper',
  harm: 'near-miss',
  scope: { multiplePatients: false, multipleOrganisations: true },
  technical: { reseptId: 'RID-2026-4471' },
  ...overrides,
});

describe('reporting over HTTP', () => {
  let t: TestApp;
  let reporter: string;

  beforeAll(async () => {
    t = await startTestApp();
    reporter = await t.tokenFor('lege.cgm');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('serves the taxonomy with Norwegian labels', async () => {
    const { body } = await t.http().get('/api/taxonomy').set('Authorization', `Bearer ${reporter}`).expect(200);
    expect(body.map((c: { code: string }) => c.code)).toContain('reseptformidler');
    expect(body.find((c: { code: string }) => c.code === 'multidose')).toMatchObject({
      label: 'Multidose',
      defaultRoute: 'pharmacy',
    });
  });

  it('makes a case of a report, with the organisation and system from the caller, and a PLL reference', async () => {
    const response = await t
      .http()
      .post('/api/reports')
      .set('Authorization', `Bearer ${reporter}`)
      .send(report())
      .expect(201);
    expect(response.headers.location).toBe(`/api/cases/${response.body.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      reference: expect.stringMatching(/^PLL-\d{4}-\d{6}$/),
      version: 1,
      status: 'reported',
      category: 'multidose',
      subcategory: 'paper-and-emd',
      reporter: {
        name: 'Kari Nordmann',
        role: 'reporter',
        organisation: { id: 'morkved-legesenter', orgnr: '974123002', helsefellesskap: 'lovesa', region: 'helse-nord' },
      },
      system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
      technical: { reseptId: 'RID-2026-4471' },
      piiRedacted: 0,
      warnings: [],
    });
  });

  it('keeps identity numbers out of the stored text, warns the reporter, and shows them their own text', async () => {
    const description = `Gjelder pasient ${FNR} og f.nr. 018180 10083 (samme person).`;
    const response = await t
      .http()
      .post('/api/reports')
      .set('Authorization', `Bearer ${reporter}`)
      .send(report({ description }))
      .expect(201);
    expect(response.body.warnings).toEqual([expect.objectContaining({ code: 'IDENTITY_NUMBER_REMOVED' })]);
    expect(response.body.description).toBe(description);

    const { rows } = await queryEvents(t, response.body.id);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(FNR);
    expect(stored).not.toContain('018180 10083');
    expect(rows[0].data.description.text).toBe(
      'Gjelder pasient [fødselsnummer] og f.nr. [fødselsnummer] (samme person).',
    );
    expect(rows[0].data.description.piiRedacted).toBe(2);
  });

  it('answers a retry with the same Idempotency-Key with the same case, never a second one', async () => {
    const send = () =>
      t
        .http()
        .post('/api/reports')
        .set('Authorization', `Bearer ${reporter}`)
        .set('Idempotency-Key', 'retry-1')
        .send(report());
    const [first, second, third] = await Promise.all([send(), send(), send()]);
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    expect(new Set([first.body.id, second.body.id, third.body.id]).size).toBe(1);
    expect(new Set([first.body.reference, second.body.reference, third.body.reference]).size).toBe(1);
    const { rows } = await queryEvents(t, first.body.id);
    expect(rows.filter((r) => r.event_type === 'case.reported')).toHaveLength(1);
  });

  it('refuses a different report under a used Idempotency-Key', async () => {
    await t
      .http()
      .post('/api/reports')
      .set('Authorization', `Bearer ${reporter}`)
      .set('Idempotency-Key', 'retry-2')
      .send(report())
      .expect(201);
    const response = await t
      .http()
      .post('/api/reports')
      .set('Authorization', `Bearer ${reporter}`)
      .set('Idempotency-Key', 'retry-2')
      .send(report({ title: 'Noe annet' }))
      .expect(422);
    expect(response.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it.each([
    [{ category: 'weather' }, 'category'],
    [{ subcategory: 'transition-x' }, 'subcategory'],
    [{ title: '' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ occurredAt: 'yesterday' }, 'occurredAt'],
    [{ harm: 'catastrophic' }, 'harm'],
    [{ scope: { multiplePatients: 'yes', multipleOrganisations: false } }, 'scope.multiplePatients'],
    [{ system: { vendor: 'unknown-vendor', product: 'X' } }, 'system.vendor'],
    [{ patientName: 'Ola' }, 'patientName'],
  ])('rejects %j with a 400 problem naming %s', async (overrides, field) => {
    const response = await t
      .http()
      .post('/api/reports')
      .set('Authorization', `Bearer ${reporter}`)
      .send(report(overrides))
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('takes reports only from reporters and systems', async () => {
    const responder = await t.tokenFor('support.cgm');
    await t.http().post('/api/reports').set('Authorization', `Bearer ${responder}`).send(report()).expect(403);
    await t.http().post('/api/reports').send(report()).expect(401);
  });
});

async function queryEvents(t: TestApp, caseId: string) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: t.database.url });
  await client.connect();
  try {
    return await client.query(
      `SELECT event_type, data, metadata FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version`,
      [`case-${caseId}`],
    );
  } finally {
    await client.end();
  }
}
