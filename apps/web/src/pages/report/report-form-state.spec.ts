import {
  DRAFT_FIELD_KINDS,
  draftFieldOf,
  draftProblems,
  emptyDraft,
  fieldsWithIdentityNumbers,
  reportBody,
  savedDraft,
} from './report-form-state';

// A valid fødselsnummer from the domain's own identifier tests.
const VALID_FNR = '31129956715';

function filled() {
  return {
    ...emptyDraft('2026-11-20T09:30'),
    category: 'sfm',
    subcategory: 'sync',
    title: 'SFM synkroniserer ikke',
    description: 'Doseendringer kommer ikke over i journalen.',
  };
}

describe('report form', () => {
  it('warns about identity numbers in any free-text field, not elsewhere', () => {
    expect(fieldsWithIdentityNumbers(filled())).toEqual([]);
    const draft = {
      ...filled(),
      description: `Gjelder pasient ${VALID_FNR.slice(0, 6)} ${VALID_FNR.slice(6)}`,
      traceId: VALID_FNR,
    };
    expect(fieldsWithIdentityNumbers(draft)).toEqual(['description', 'traceId']);
    // 11 digits with wrong check digits are not an identity number.
    expect(fieldsWithIdentityNumbers({ ...filled(), title: '31129956716' })).toEqual([]);
  });

  it.each(Object.entries(DRAFT_FIELD_KINDS).filter(([, kind]) => kind === 'text'))(
    'warns about an identity number in the typed field %s, the system version included',
    (field) => {
      expect(fieldsWithIdentityNumbers({ ...filled(), [field]: `pasient ${VALID_FNR}` })).toEqual([field]);
    },
  );

  it('counts every field the reporter types as text', () => {
    const typed = Object.entries(DRAFT_FIELD_KINDS).filter(([, kind]) => kind === 'text');
    expect(typed.map(([field]) => field).sort()).toEqual(
      ['description', 'messageId', 'reseptId', 'systemVersion', 'title', 'traceId'].sort(),
    );
  });

  it('warns about an identity number however it was pasted (the domain scanner normalises it)', () => {
    const pasted = {
      ...filled(),
      title: 'Pasient 31.12.99 567\u200b15',
      description: `Fnr ${Array.from(VALID_FNR, (digit) => String.fromCodePoint(0xff10 + Number(digit))).join('')}`,
      messageId: `${VALID_FNR.slice(0, 6)}\r\n${VALID_FNR.slice(6)}`,
    };
    expect(fieldsWithIdentityNumbers(pasted)).toEqual(['title', 'description', 'messageId']);
  });

  it('asks for what is missing before anything is sent', () => {
    const problems = draftProblems(emptyDraft(''));
    expect(Object.keys(problems).sort()).toEqual(['category', 'description', 'occurredAt', 'title']);
    expect(draftProblems({ ...filled(), subcategory: '' })).toEqual({ subcategory: 'Velg hvilken type feil det er.' });
    expect(draftProblems(filled())).toEqual({});
  });

  it('sends Oslo time as UTC, the known system with the typed version, and only the filled technical ids', () => {
    const body = reportBody(
      { ...filled(), systemVersion: '8.4.3', reseptId: ' R-1 ' },
      { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
    );
    expect(body).toMatchObject({
      occurredAt: '2026-11-20T08:30:00.000Z',
      system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.3' },
      technical: { reseptId: 'R-1' },
      scope: { multiplePatients: false, multipleOrganisations: false },
    });
    expect(reportBody(filled(), undefined)).not.toHaveProperty('system');
    expect(reportBody(filled(), undefined)).not.toHaveProperty('technical');
  });

  it('maps the server field names to the form fields', () => {
    expect(draftFieldOf('scope.multiplePatients')).toBe('multiplePatients');
    expect(draftFieldOf('technical.traceId')).toBe('traceId');
    expect(draftFieldOf('system.version')).toBe('systemVersion');
    expect(draftFieldOf('title')).toBe('title');
    expect(draftFieldOf('organisation')).toBeUndefined();
  });
});

describe('the saved draft', () => {
  function memory() {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  }
  const fresh = () => ({ draft: emptyDraft('2026-12-01T10:00'), idempotencyKey: 'new-key' });

  it('comes back as it was typed, with the key it will be sent under, and is gone once cleared', () => {
    const storage = memory();
    expect(savedDraft.load(fresh, storage)).toEqual(fresh());
    savedDraft.save({ draft: { ...filled(), harm: 'minor' }, idempotencyKey: 'typed-key' }, storage);
    expect(savedDraft.load(fresh, storage)).toEqual({
      draft: { ...filled(), harm: 'minor' },
      idempotencyKey: 'typed-key',
    });
    savedDraft.clear(storage);
    expect(savedDraft.load(fresh, storage)).toEqual(fresh());
  });

  it('ignores a damaged or foreign entry', () => {
    const storage = memory();
    storage.setItem('lagspill.report-draft', '{not json');
    expect(savedDraft.load(fresh, storage)).toEqual(fresh());
    storage.setItem('lagspill.report-draft', JSON.stringify({ draft: filled() }));
    expect(savedDraft.load(fresh, storage)).toEqual(fresh());
  });
});
