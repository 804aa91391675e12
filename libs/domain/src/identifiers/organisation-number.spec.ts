import fc from 'fast-check';
import { computeOrganisationNumberCheckDigit, isValidOrganisationNumber } from './organisation-number';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const remainderOf = (prefix: string) =>
  WEIGHTS.reduce((sum, weight, index) => sum + weight * Number(prefix[index]), 0) % 11;
const prefixes = fc.stringMatching(/^\d{8}$/);

describe('organisation number', () => {
  it('accepts the published example 123456785 and computes its check digit', () => {
    expect(isValidOrganisationNumber('123456785')).toBe(true);
    expect(computeOrganisationNumberCheckDigit('12345678')).toBe(5);
  });

  it.each(['123456784', '12345678', '1234567850', '12345678a', '123 456 785', ''])('rejects %j', (value) => {
    expect(isValidOrganisationNumber(value)).toBe(false);
  });

  it('accepts every prefix completed with its computed check digit', () => {
    fc.assert(
      fc.property(prefixes, (prefix) => {
        const checkDigit = computeOrganisationNumberCheckDigit(prefix);
        fc.pre(checkDigit !== undefined);
        expect(isValidOrganisationNumber(`${prefix}${checkDigit}`)).toBe(true);
      }),
    );
  });

  it('has no valid completion for prefixes with remainder 1, and maps remainder 0 to check digit 0', () => {
    fc.assert(
      fc.property(prefixes, (prefix) => {
        const remainder = remainderOf(prefix);
        const checkDigit = computeOrganisationNumberCheckDigit(prefix);
        if (remainder === 1) {
          expect(checkDigit).toBeUndefined();
          for (let digit = 0; digit < 10; digit += 1)
            expect(isValidOrganisationNumber(`${prefix}${digit}`)).toBe(false);
        } else {
          expect(checkDigit).toBe(remainder === 0 ? 0 : 11 - remainder);
        }
      }),
    );
  });

  it('rejects every single-digit change of a valid number', () => {
    // Every weight (and 1 for the check digit itself) is non-zero mod 11, so no change of 1–9 survives.
    fc.assert(
      fc.property(
        prefixes,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (prefix, position, delta) => {
          const checkDigit = computeOrganisationNumberCheckDigit(prefix);
          fc.pre(checkDigit !== undefined);
          const value = `${prefix}${checkDigit}`;
          const mutated =
            value.slice(0, position) + String((Number(value[position]) + delta) % 10) + value.slice(position + 1);
          expect(isValidOrganisationNumber(mutated)).toBe(false);
        },
      ),
    );
  });
});
