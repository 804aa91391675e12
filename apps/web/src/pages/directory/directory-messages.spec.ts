import { fieldProblemsOf, norwegianMessage } from './directory-messages';

describe('the directory’s messages in Norwegian', () => {
  it.each([
    ['must be filled in', 'Må fylles ut.'],
    ['must be an organisasjonsnummer of 9 digits with a valid mod-11 check digit', /organisasjonsnummer på 9 siffer/],
    ['is already registered for Mørkved legesenter (morkved-legesenter)', /Mørkved legesenter \(morkved-legesenter\)/],
    ['must be a whole number; abc is not', 'Må være et helt tall; «abc» er ikke det.'],
    [
      'must be one of SFM Full, SFM Basis, Egen; fax is not',
      'Må være en av SFM Full, SFM Basis, Egen; «fax» er ikke det.',
    ],
    ['already asked (request 0199)', /allerede en forespørsel/],
  ])('says %j in Norwegian', (english, norwegian) => {
    expect(norwegianMessage(english)).toEqual(
      typeof norwegian === 'string' ? norwegian : expect.stringMatching(norwegian),
    );
  });

  it('shows a message it does not know as the server wrote it', () => {
    expect(norwegianMessage('something new')).toBe('something new');
  });
});

describe('the server’s field errors on a form', () => {
  const problem = {
    errors: [
      { field: 'contactEmails[1]', message: 'must be an e-mail address (name@domain.no)' },
      { field: 'scheduledSystem.system.product', message: 'must be filled in' },
      { field: 'system', message: 'must be given' },
      { field: 'colour', message: 'is not a field here; the fields are id, name' },
    ],
  };

  it('puts each on its field, through the form’s own names, and keeps the rest apart', () => {
    const { byField, other } = fieldProblemsOf(problem, ['contactEmails', 'vendor', 'newProduct'] as const, {
      system: 'vendor',
      'scheduledSystem.system.product': 'newProduct',
    });
    expect(byField).toEqual({
      contactEmails: 'Må være en e-postadresse (navn@domene.no).',
      newProduct: 'Må fylles ut.',
      vendor: 'Må fylles ut.',
    });
    expect(other).toEqual([{ field: 'colour', message: 'Er ikke et felt her.' }]);
  });
});
