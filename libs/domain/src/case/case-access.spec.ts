import { ROLES } from '../directory/directory.types';
import { canSeeCase, ERASED_PLACEHOLDER, textFor, type Viewer } from './case-access';
import { organisationHolder } from './case-holder';
import { redactText } from '../privacy/screened-text';

const SCREENED = { text: redactText('Gjelder [fødselsnummer].'), piiRedacted: 1, sealed: 'v1:sealed' };

describe('textFor', () => {
  it('gives the reporting organisation its original while the key exists', () => {
    expect(textFor(SCREENED, true, () => 'Gjelder 01018010018.')).toEqual({
      text: 'Gjelder 01018010018.',
      piiRedacted: 0,
    });
  });

  it('gives everyone else the redacted text, counting what was held back', () => {
    expect(textFor(SCREENED, false, () => 'never asked')).toEqual({
      text: redactText('Gjelder [fødselsnummer].'),
      piiRedacted: 1,
    });
  });

  it('tells the reporting organisation that the original was erased once the key is gone', () => {
    expect(textFor(SCREENED, true, () => undefined)).toEqual({
      text: `Gjelder ${ERASED_PLACEHOLDER}.`,
      piiRedacted: 0,
    });
  });

  it('shows text that never held an identity number as it is', () => {
    expect(textFor({ text: redactText('Ingen personopplysninger.'), piiRedacted: 0 }, true, () => undefined)).toEqual({
      text: 'Ingen personopplysninger.',
      piiRedacted: 0,
    });
  });
});

describe('canSeeCase', () => {
  const audience = {
    reporterOrganisation: 'apotek1-multidose-bodo',
    routedParties: ['cgm', organisationHolder('morkved-legesenter')],
    region: 'helse-nord',
  };
  // Every role, in each organisation, party and region that could matter, and in none.
  const viewers: Viewer[] = ROLES.flatMap((role) =>
    ['apotek1-multidose-bodo', 'morkved-legesenter', 'ronvik-legesenter', undefined].flatMap((organisation) =>
      ['cgm', 'eg', 'morkved-legesenter', organisationHolder('morkved-legesenter'), undefined].flatMap((party) =>
        ['helse-nord', 'helse-vest', undefined].map((region) => ({ role, organisation, party, region })),
      ),
    ),
  );
  it.each(viewers.map((viewer) => [JSON.stringify(viewer), viewer] as const))('decides for %s', (_, viewer) => {
    const expected =
      viewer.role === 'admin' ||
      (viewer.role === 'coordinator' && viewer.region === 'helse-nord') ||
      (viewer.role === 'responder' && viewer.party === 'cgm') ||
      ((viewer.role === 'reporter' || viewer.role === 'system') &&
        (viewer.organisation === 'apotek1-multidose-bodo' || viewer.organisation === 'morkved-legesenter'));
    expect(canSeeCase(audience, viewer)).toBe(expected);
  });
});
