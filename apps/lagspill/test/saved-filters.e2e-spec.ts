import { computeNationalIdentityCheckDigits } from '@lagspill/domain';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, PROBLEM } from './support/case-api';

/** Every person of the demo directory, one or more of each role that may save filters. */
const PEOPLE = [
  'lege.cgm',
  'lege.pridok',
  'farmasoyt',
  'sykepleier',
  'lege.bergen',
  'support.cgm',
  'kundesenter.nhn',
  'it.apotek1',
  'koordinator.nord',
  'koordinator.vest',
  'admin',
] as const;
const SYSTEM_CLIENT = 'epj.morkved';

/** A fødselsnummer (Tenor test person) and a D-nummer (day + 40), both with valid check digits. */
const FNR = '01818010083';
const DNR = ((prefix: string) => `${prefix}${(computeNationalIdentityCheckDigits(prefix) ?? []).join('')}`)(
  '418180100',
);

interface SavedFilterBody {
  readonly id: string;
  readonly name: string;
  readonly filters: Record<string, unknown>;
  readonly createdAt: string;
}

interface ProblemBody {
  readonly type: string;
  readonly status: number;
  readonly code?: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
}

/** Saved filters per person (issue 17, point 5): their own, nobody else's, and only what is allowed. */
describe('saved filters', () => {
  let t: TestApp;
  let api: CaseApi;

  const list = (username: string) => api.get(username, '/api/saved-filters');
  const save = async (username: string, body: unknown): Promise<Response> =>
    t
      .http()
      .post('/api/saved-filters')
      .set(await api.authorization(username))
      .send(body as object);
  const remove = async (username: string | undefined, id: string): Promise<Response> =>
    t
      .http()
      .delete(`/api/saved-filters/${encodeURIComponent(id)}`)
      .set(await api.authorization(username));
  const names = async (username: string) => ((await list(username)).body as SavedFilterBody[]).map((f) => f.name);
  const fieldsOf = (response: Response) => [...new Set((response.body as ProblemBody).errors?.map((e) => e.field))];

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each(PEOPLE)('lets %s save, list, apply and delete filters of their own', async (username) => {
    const filters = { status: 'routed,acknowledged', open: 'true', party: 'cgm', sort: 'due', from: '2026-01-01' };
    const saved = await save(username, { name: '  Frist først hos CGM ', filters });
    expect(saved.status).toBe(201);
    const body = saved.body as SavedFilterBody;
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      name: 'Frist først hos CGM',
      // As the list query reads them: a list of statuses, a boolean.
      filters: { status: ['routed', 'acknowledged'], open: true, party: 'cgm', sort: 'due', from: '2026-01-01' },
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    await save(username, { name: 'Alle mine', filters: {} }).then((r) => expect(r.status).toBe(201));

    // Listed by name, and the filters are the case list's own: the list and the export take them as they are.
    const listed = await list(username);
    expect(listed.status).toBe(200);
    expect((listed.body as SavedFilterBody[]).map((f) => f.name)).toEqual(['Alle mine', 'Frist først hos CGM']);
    expect((listed.body as SavedFilterBody[])[1]).toEqual(body);
    const applied = new URLSearchParams({ ...filters }).toString();
    expect((await api.list(username, `?${applied}`)).status).toBe(200);
    expect((await api.get(username, `/api/cases/export.csv?${applied}`)).status).toBe(200);

    // A name is one's own once, whatever the case of its letters.
    const twice = await save(username, { name: 'FRIST FØRST HOS CGM', filters: {} });
    expect(twice.status).toBe(409);
    expect(twice.headers['content-type']).toMatch(PROBLEM);
    expect(twice.body).toMatchObject({ type: '/problems/saved-filter-name-taken', code: 'SAVED_FILTER_NAME_TAKEN' });
    expect(fieldsOf(twice)).toEqual(['name']);

    const deleted = await remove(username, body.id);
    expect(deleted.status).toBe(204);
    expect(await names(username)).toEqual(['Alle mine']);
    const again = await remove(username, body.id);
    expect(again.status).toBe(404);
    expect(again.headers['content-type']).toMatch(PROBLEM);
  });

  it('never shows a person another person’s filters, nor lets them delete one (404, and it stays)', async () => {
    const own = new Map<string, string>();
    for (const username of PEOPLE) {
      const saved = await save(username, { name: 'Delt navn', filters: { q: `filter av ${username}` } });
      expect({ username, status: saved.status }).toEqual({ username, status: 201 });
      own.set(username, (saved.body as SavedFilterBody).id);
    }
    for (const username of PEOPLE) {
      const mine = (await list(username)).body as SavedFilterBody[];
      const shared = mine.filter((filter) => filter.name === 'Delt navn');
      expect({ username, shared }).toEqual({
        username,
        shared: [expect.objectContaining({ id: own.get(username), filters: { q: `filter av ${username}` } })],
      });
    }
    for (const username of PEOPLE) {
      for (const [owner, id] of own) {
        if (owner === username) continue;
        const refused = await remove(username, id);
        expect({ username, owner, status: refused.status }).toEqual({ username, owner, status: 404 });
        expect(refused.headers['content-type']).toMatch(PROBLEM);
      }
    }
    for (const [owner, id] of own)
      expect(((await list(owner)).body as SavedFilterBody[]).map((f) => f.id)).toContain(id);
  });

  it('refuses a system client (403) and a call without a token (401), for every route', async () => {
    const calls = [
      () => list(SYSTEM_CLIENT),
      () => save(SYSTEM_CLIENT, { name: 'Maskinens', filters: {} }),
      () => remove(SYSTEM_CLIENT, '0196a6e4-6c58-7c2c-8a8f-3e2f6d1b2c3d'),
    ];
    for (const call of calls) {
      const response = await call();
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    }
    expect((await t.http().get('/api/saved-filters')).status).toBe(401);
    expect((await t.http().post('/api/saved-filters').send({ name: 'x', filters: {} })).status).toBe(401);
    expect((await remove(undefined, '0196a6e4-6c58-7c2c-8a8f-3e2f6d1b2c3d')).status).toBe(401);
  });

  const VALID = { name: 'Mine', filters: { status: ['routed'], category: 'multidose' } };
  it.each([
    ['no name', { filters: {} }, 'name'],
    ['an empty name', { ...VALID, name: ' ' }, 'name'],
    ['a name that is a number', { ...VALID, name: 7 }, 'name'],
    ['a name that is null', { ...VALID, name: null }, 'name'],
    ['a name of 81 characters', { ...VALID, name: 'n'.repeat(81) }, 'name'],
    ['a fødselsnummer in the name', { ...VALID, name: `Pasient ${FNR}` }, 'name'],
    ['a fødselsnummer spaced in the name', { ...VALID, name: `pas ${FNR.slice(0, 6)} ${FNR.slice(6)}` }, 'name'],
    ['a D-nummer in the name', { ...VALID, name: `dnr ${DNR}` }, 'name'],
    ['a bidi control in the name', { ...VALID, name: 'Mine\u202Esaker' }, 'name'],
    ['a line break in the name', { ...VALID, name: 'Mine\nsaker' }, 'name'],
    ['no filters', { name: 'Mine' }, 'filters'],
    ['filters that are a list', { name: 'Mine', filters: [{ status: 'routed' }] }, 'filters'],
    ['filters that are null', { name: 'Mine', filters: null }, 'filters'],
    ['an unknown field', { ...VALID, owner: 'admin' }, 'owner'],
    ['an unknown filter', { ...VALID, filters: { region: 'helse-nord' } }, 'filters.region'],
    ['paging among the filters', { ...VALID, filters: { cursor: 'abc' } }, 'filters.cursor'],
    ['an unknown status', { ...VALID, filters: { status: 'open' } }, 'filters.status'],
    ['open as a word', { ...VALID, filters: { open: 'ja' } }, 'filters.open'],
    ['a category in capitals', { ...VALID, filters: { category: 'MULTIDOSE' } }, 'filters.category'],
    ['a party with a space', { ...VALID, filters: { party: 'arbeidsgruppe nord' } }, 'filters.party'],
    [
      'a helsefellesskap of 65 characters',
      { ...VALID, filters: { helsefellesskap: 'h'.repeat(65) } },
      'filters.helsefellesskap',
    ],
    ['an empty search', { ...VALID, filters: { q: '' } }, 'filters.q'],
    ['a search of 201 characters', { ...VALID, filters: { q: 's'.repeat(201) } }, 'filters.q'],
    ['a fødselsnummer in the search', { ...VALID, filters: { q: `fnr: ${FNR}` } }, 'filters.q'],
    ['a D-nummer in the search', { ...VALID, filters: { q: DNR } }, 'filters.q'],
    ['a day that does not exist', { ...VALID, filters: { from: '2026-02-29' } }, 'filters.from'],
    ['a week date', { ...VALID, filters: { to: '2026-W47' } }, 'filters.to'],
    ['an unknown order', { ...VALID, filters: { sort: 'newest' } }, 'filters.sort'],
    ['a prototype name as a filter', { ...VALID, filters: JSON.parse('{"__proto__": {"x": 1}}') }, 'filters.__proto__'],
  ])('refuses %s with a problem naming the field, and stores nothing', async (_, body, field) => {
    const before = await names('sykepleier');
    const refused = await save('sykepleier', body);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(PROBLEM);
    expect(refused.body).toMatchObject({ type: '/problems/validation', status: 400 });
    expect(fieldsOf(refused)).toEqual([field]);
    expect(await names('sykepleier')).toEqual(before);
  });

  it('answers a body that is no JSON, and an id that is none, with a problem', async () => {
    const malformed = await t
      .http()
      .post('/api/saved-filters')
      .set(await api.authorization('sykepleier'))
      .set('Content-Type', 'application/json')
      .send('{"name": "Mine",');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ type: '/problems/malformed-json' });
    for (const id of ['not-a-uuid', '0196a6e4-6c58-7c2c-8a8f-3e2f6d1b2c3d', `${FNR}`]) {
      const response = await remove('sykepleier', id);
      expect({ id, status: response.status }).toEqual({ id, status: 404 });
      expect(response.headers['content-type']).toMatch(PROBLEM);
    }
  });

  it('keeps at most 50 filters a person, also when they are saved at once', async () => {
    const username = 'lege.eg';
    for (let n = 1; n <= 45; n += 1) {
      expect((await save(username, { name: `Filter ${n}`, filters: {} })).status).toBe(201);
    }
    // Ten at once for the last five places: the lock makes each count the others.
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => save(username, { name: `Samtidig ${i}`, filters: {} })),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(5);
    const refused = burst.filter((r) => r.status !== 201);
    expect(refused.map((r) => r.status)).toEqual([409, 409, 409, 409, 409]);
    for (const response of refused) {
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ type: '/problems/saved-filter-limit-reached', status: 409 });
    }
    expect(await names(username)).toHaveLength(50);
    // Deleting one makes room for one.
    const first = ((await list(username)).body as SavedFilterBody[])[0];
    expect((await remove(username, first.id)).status).toBe(204);
    expect((await save(username, { name: 'Den nye', filters: {} })).status).toBe(201);
    expect((await save(username, { name: 'Én for mye', filters: {} })).status).toBe(409);
  });
});
