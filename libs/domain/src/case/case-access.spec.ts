import { ERASED_PLACEHOLDER, textFor } from './case-access';
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
