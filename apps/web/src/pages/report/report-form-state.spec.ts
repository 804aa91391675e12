import { HARM_LEVELS, needsDeviationNotice } from '@lagspill/domain';
import {
  changedDraft,
  DRAFT_FIELD_KINDS,
  draftFieldOf,
  draftProblems,
  emptyDraft,
  fieldsWithIdentityNumbers,
  problemsNow,
  reportBody,
  savedDraft,
  type DraftField,
  type ReportDraft,
} from './report-form-state';

// A valid fødselsnummer from the domain's own identifier tests.
const VALID_FNR = '31129956715';

function filled(): ReportDraft {
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
      ['deviationReference', 'description', 'messageId', 'reseptId', 'systemVersion', 'title', 'traceId'].sort(),
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

  it.each([
    ['concerns', 'concerns'],
    ['fragmentedList', 'fragmentedList'],
    // The whole notice refused (harm too low for one) is the question whether it was given.
    ['deviationNotice', 'deviationStatus'],
    ['deviationNotice.status', 'deviationStatus'],
    ['deviationNotice.channel', 'deviationChannel'],
    ['deviationNotice.reference', 'deviationReference'],
  ])('maps the server field %s to the form field %s', (server, own) => {
    expect(draftFieldOf(server)).toBe(own);
  });

  it('does not take a field inherited from Object.prototype for a form field', () => {
    expect(draftFieldOf('toString')).toBeUndefined();
    expect(draftFieldOf('deviationNotice.constructor')).toBeUndefined();
  });
});

/** A filled draft of an event that harmed the patient, which asks about the statutory notice. */
function harmful(changes: Partial<ReportDraft> = {}): ReportDraft {
  return { ...filled(), harm: 'minor', ...changes };
}

describe('the new fields of a report (issue 17)', () => {
  const morkved = { id: 'morkved-legesenter', name: 'Mørkved legesenter', detail: 'Fastlegekontor' };

  it('sends the organisation concerned by its id, and the flag only when ticked', () => {
    expect(reportBody({ ...filled(), concerns: morkved }, undefined)).toMatchObject({ concerns: 'morkved-legesenter' });
    expect(reportBody({ ...filled(), fragmentedList: true }, undefined)).toMatchObject({ fragmentedList: true });
    const plain = reportBody(filled(), undefined);
    expect(plain).not.toHaveProperty('concerns');
    expect(plain).not.toHaveProperty('fragmentedList');
    expect(plain).not.toHaveProperty('deviationNotice');
  });

  it('sends multidose "both" as it is', () => {
    expect(reportBody({ ...filled(), multidoseMode: 'both' }, undefined).multidoseMode).toBe('both');
  });

  it('sends a notice given with where it was given and its trimmed reference', () => {
    const body = reportBody(
      harmful({ deviationStatus: 'notified', deviationChannel: 'melde-no', deviationReference: ' SYN-2026-0451 ' }),
      undefined,
    );
    expect(body.deviationNotice).toEqual({ status: 'notified', channel: 'melde-no', reference: 'SYN-2026-0451' });
    expect(
      reportBody(harmful({ deviationStatus: 'notified', deviationChannel: 'own-system' }), undefined).deviationNotice,
    ).toEqual({ status: 'notified', channel: 'own-system' });
  });

  it.each(['will-notify', 'not-notified'] as const)('sends a notice %s with its status alone', (status) => {
    // Whatever was typed for a notice given before the answer changed is not sent: the server refuses it.
    const draft = { ...harmful(), deviationStatus: status, deviationChannel: 'melde-no', deviationReference: 'X-1' };
    expect(reportBody(draft as ReportDraft, undefined).deviationNotice).toEqual({ status });
  });

  it.each(HARM_LEVELS.filter((harm) => !needsDeviationNotice(harm)))(
    'never sends a notice for harm %s, whatever the draft holds',
    (harm) => {
      const draft: ReportDraft = {
        ...filled(),
        harm,
        deviationStatus: 'notified',
        deviationChannel: 'melde-no',
        deviationReference: 'SYN-1',
      };
      expect(reportBody(draft, undefined)).not.toHaveProperty('deviationNotice');
      expect(draftProblems(draft)).toEqual({});
    },
  );

  it('sends every new field together', () => {
    const body = reportBody(
      harmful({
        category: 'prescribing',
        subcategory: 'multidose-method',
        multidoseMode: 'both',
        concerns: morkved,
        fragmentedList: true,
        harm: 'severe',
        deviationStatus: 'will-notify',
      }),
      undefined,
    );
    expect(body).toMatchObject({
      multidoseMode: 'both',
      concerns: 'morkved-legesenter',
      fragmentedList: true,
      harm: 'severe',
      deviationNotice: { status: 'will-notify' },
    });
  });

  it('asks whether a harmful event was notified, and where when it was', () => {
    expect(draftProblems(harmful())).toEqual({
      deviationStatus: 'Svar på om hendelsen er meldt som uønsket hendelse.',
    });
    expect(draftProblems(harmful({ deviationStatus: 'notified' }))).toEqual({
      deviationChannel: 'Velg hvor hendelsen ble meldt.',
    });
    expect(draftProblems(harmful({ deviationStatus: 'not-notified' }))).toEqual({});
    expect(draftProblems(harmful({ deviationStatus: 'notified', deviationChannel: 'melde-no' }))).toEqual({});
  });

  it('refuses a reference the server would refuse: the wrong characters, too long, or an identity number', () => {
    const given = (deviationReference: string) =>
      draftProblems(harmful({ deviationStatus: 'notified', deviationChannel: 'melde-no', deviationReference }));
    expect(given('MELD/2026/77')).toEqual({});
    expect(Object.keys(given('#77'))).toEqual(['deviationReference']);
    expect(Object.keys(given('A'.repeat(61)))).toEqual(['deviationReference']);
    expect(given(VALID_FNR).deviationReference).toBe('Skriv meldingens referanse, ikke et fødselsnummer.');
  });

  it('forgets answers that are no longer asked for, and a subcategory of another category', () => {
    const given = harmful({ deviationStatus: 'notified', deviationChannel: 'melde-no', deviationReference: 'R-1' });
    expect(changedDraft(given, 'deviationStatus', 'will-notify')).toMatchObject({
      deviationStatus: 'will-notify',
      deviationChannel: '',
      deviationReference: '',
    });
    expect(changedDraft(given, 'harm', 'near-miss')).toMatchObject({
      deviationStatus: '',
      deviationChannel: '',
      deviationReference: '',
    });
    expect(changedDraft(given, 'harm', 'severe')).toMatchObject({
      deviationStatus: 'notified',
      deviationChannel: 'melde-no',
      deviationReference: 'R-1',
    });
    expect(changedDraft(filled(), 'category', 'multidose').subcategory).toBe('');
    expect(changedDraft(filled(), 'title', 'Ny').subcategory).toBe('sync');
  });
});

/**
 * For every field of the form: a problem shown beside it, and the value that puts it right. Problems the
 * form finds itself come from `draftProblems`; the others only the server finds (its rule is not here).
 */
const CORRECTIONS: Readonly<
  Record<DraftField, { readonly wrong: Partial<ReportDraft>; readonly right: Partial<ReportDraft> }>
> = {
  category: { wrong: { category: '', subcategory: '' }, right: { category: 'sfm' } },
  subcategory: { wrong: { subcategory: '' }, right: { subcategory: 'gui' } },
  title: { wrong: { title: ' ' }, right: { title: 'Knappen mangler' } },
  description: { wrong: { description: '' }, right: { description: 'Knappen for å sende PLL mangler.' } },
  occurredAt: { wrong: { occurredAt: '' }, right: { occurredAt: '2026-11-20T09:30' } },
  systemVersion: { wrong: { systemVersion: '8.4.2!' }, right: { systemVersion: '8.4.2' } },
  multidoseMode: { wrong: { multidoseMode: 'unknown' }, right: { multidoseMode: 'paper' } },
  harm: { wrong: { harm: 'none' }, right: { harm: 'near-miss' } },
  multiplePatients: { wrong: { multiplePatients: false }, right: { multiplePatients: true } },
  multipleOrganisations: { wrong: { multipleOrganisations: false }, right: { multipleOrganisations: true } },
  traceId: { wrong: { traceId: 'x'.repeat(201) }, right: { traceId: 'T-1' } },
  messageId: { wrong: { messageId: 'x'.repeat(201) }, right: { messageId: 'M-1' } },
  reseptId: { wrong: { reseptId: 'x'.repeat(201) }, right: { reseptId: 'R-1' } },
  concerns: {
    wrong: { concerns: { id: 'nedlagt-legekontor', name: 'Nedlagt legekontor' } },
    right: { concerns: { id: 'morkved-legesenter', name: 'Mørkved legesenter' } },
  },
  fragmentedList: { wrong: { fragmentedList: true }, right: { fragmentedList: false } },
  deviationStatus: { wrong: { harm: 'minor', deviationStatus: '' }, right: { deviationStatus: 'not-notified' } },
  deviationChannel: {
    wrong: { harm: 'minor', deviationStatus: 'notified', deviationChannel: '' },
    right: { deviationChannel: 'own-system' },
  },
  deviationReference: {
    wrong: { harm: 'minor', deviationStatus: 'notified', deviationChannel: 'melde-no', deviationReference: '#1' },
    right: { deviationReference: 'SYN-1' },
  },
};

describe('a problem beside a field', () => {
  const serverMessage = 'refused by the server';

  it.each(Object.keys(DRAFT_FIELD_KINDS) as DraftField[])(
    'goes as soon as the field %s is corrected, and stays while it is not',
    (field) => {
      const { wrong, right } = CORRECTIONS[field];
      const foundIn: ReportDraft = { ...filled(), ...wrong };
      // What the form finds itself, or else what the server answered for this field.
      const found = draftProblems(foundIn);
      const problems = found[field] === undefined ? { ...found, [field]: serverMessage } : found;
      const shown = { problems, foundIn };
      expect(problemsNow(shown, foundIn)[field]).toBe(problems[field]);
      // Another field typed in: this one's message stays.
      expect(problemsNow(shown, changedDraft(foundIn, 'reseptId', `${foundIn.reseptId}9`))[field]).toBe(
        field === 'reseptId' ? undefined : problems[field],
      );

      let corrected = foundIn;
      for (const [name, value] of Object.entries(right) as [DraftField, never][]) {
        corrected = changedDraft(corrected, name, value);
      }
      expect(problemsNow(shown, corrected)).not.toHaveProperty(field);
    },
  );

  it('covers every field of the form', () => {
    expect(Object.keys(CORRECTIONS).sort()).toEqual(Object.keys(DRAFT_FIELD_KINDS).sort());
  });

  it('says what is still wrong with a field changed but not yet right', () => {
    const foundIn: ReportDraft = { ...filled(), title: '' };
    const shown = { problems: draftProblems(foundIn), foundIn };
    expect(problemsNow(shown, { ...foundIn, title: 'x'.repeat(201) })).toEqual({
      title: 'Overskriften kan ha høyst 200 tegn.',
    });
  });

  it('goes when another answer makes it moot: a lower harm hides the question of the notice', () => {
    const foundIn = harmful({ harm: 'moderate' });
    const shown = { problems: draftProblems(foundIn), foundIn };
    expect(Object.keys(shown.problems)).toEqual(['deviationStatus']);
    expect(problemsNow(shown, changedDraft(foundIn, 'harm', 'none'))).toEqual({});
  });

  it('shows no new problem while the reporter types: those wait for the next attempt to send', () => {
    const foundIn = filled();
    const shown = { problems: {}, foundIn };
    expect(problemsNow(shown, changedDraft(foundIn, 'title', ''))).toEqual({});
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
