import fc from 'fast-check';
import {
  computeNationalIdentityCheckDigits,
  isValidNationalIdentityNumber,
  type NationalIdentityNumberKind,
  parseNationalIdentityNumber,
} from './national-identity-number';

// Independent oracles: the test derives weights and calendar facts itself rather than reusing the
// implementation's helpers.
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const weighted = (digits: string, weights: number[]) =>
  weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
/** 2000 + yy is a leap year exactly when yy % 4 === 0, which is the rule the validator promises. */
const daysInMonth = (month: number, yy: number) => new Date(Date.UTC(2000 + yy, month, 0)).getUTCDate();
const pad = (value: number, width: number) => String(value).padStart(width, '0');

interface BirthParts {
  readonly day: number;
  readonly month: number;
  readonly yy: number;
  readonly individual: number;
}
type Variant = readonly [NationalIdentityNumberKind, boolean];

const birthParts: fc.Arbitrary<BirthParts> = fc
  .record({
    yy: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    individual: fc.integer({ min: 0, max: 999 }),
  })
  .chain(({ yy, month, individual }) =>
    fc.integer({ min: 1, max: daysInMonth(month, yy) }).map((day) => ({ day, month, yy, individual })),
  );

const variants: fc.Arbitrary<Variant> = fc.constantFrom<Variant>(
  ['fodselsnummer', false],
  ['fodselsnummer', true],
  ['d-nummer', false],
  ['d-nummer', true],
  ['h-nummer', false],
);

function prefixOf(parts: BirthParts, [kind, synthetic]: Variant): string {
  const day = parts.day + (kind === 'd-nummer' ? 40 : 0);
  const month = parts.month + (kind === 'h-nummer' ? 40 : 0) + (synthetic ? 80 : 0);
  return pad(day, 2) + pad(month, 2) + pad(parts.yy, 2) + pad(parts.individual, 3);
}

function complete(prefix: string): string | undefined {
  const checkDigits = computeNationalIdentityCheckDigits(prefix);
  return checkDigits === undefined ? undefined : prefix + checkDigits.join('');
}

/** The first individual number after `000` that gives a computable number for this date part. */
function firstValidFor(datePart: string): string {
  for (let individual = 0; individual < 1000; individual += 1) {
    const value = complete(datePart + pad(individual, 3));
    if (value !== undefined) return value;
  }
  throw new Error(`no individual number completes ${datePart}`);
}

interface ValidNumber {
  readonly value: string;
  readonly variant: Variant;
}
const validNumbers: fc.Arbitrary<ValidNumber> = fc
  .tuple(birthParts, variants)
  .map(([parts, variant]) => ({ value: complete(prefixOf(parts, variant)), variant }))
  .filter((candidate): candidate is ValidNumber => candidate.value !== undefined);

describe('computeNationalIdentityCheckDigits', () => {
  it('matches the published example: 311299567 → 1, 5', () => {
    expect(computeNationalIdentityCheckDigits('311299567')).toEqual([1, 5]);
  });

  it('rejects prefixes that are not exactly nine digits', () => {
    for (const prefix of ['31129956', '3112995670', '31129956a', ' 311299567']) {
      expect(computeNationalIdentityCheckDigits(prefix)).toBeUndefined();
    }
  });

  it('returns undefined exactly when K1 or K2 would be 10', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (prefix) => {
        const k1 = (11 - (weighted(prefix, K1_WEIGHTS) % 11)) % 11;
        const k2 = (11 - (weighted(prefix + String(k1 % 10), K2_WEIGHTS) % 11)) % 11;
        const expected = k1 === 10 || k2 === 10 ? undefined : [k1, k2];
        expect(computeNationalIdentityCheckDigits(prefix)).toEqual(expected);
      }),
    );
  });
});

describe('parseNationalIdentityNumber: examples', () => {
  it.each([
    ['31129956715', 'fodselsnummer', false],
    ['01018010018', 'fodselsnummer', false],
    ['41018010001', 'd-nummer', false],
    ['01418010181', 'h-nummer', false],
    ['01818010083', 'fodselsnummer', true],
    ['41818010077', 'd-nummer', true],
    ['29020010027', 'fodselsnummer', false],
    ['29020410181', 'fodselsnummer', false],
  ])('accepts %s as %s (synthetic: %s)', (value, kind, synthetic) => {
    expect(parseNationalIdentityNumber(value)).toEqual({ value, kind, synthetic, checkDigitRule: 'current' });
  });

  it.each([
    ['wrong K2', '31129956716'],
    ['wrong K1', '31129956725'],
    ['too short', '3112995671'],
    ['too long', '311299567150'],
    ['separator', '311299 56715'],
    ['letters', '3112995671a'],
    ['empty', ''],
  ])('rejects %s (%s)', (_reason, value) => {
    expect(parseNationalIdentityNumber(value)).toBeUndefined();
  });

  it.each([
    ['31 April', '310480'],
    ['29 February in a year that is never a leap year', '290201'],
    ['day 00', '000180'],
    ['month 00', '010080'],
    ['month 13', '011380'],
    ['D-nummer with day 32 (72)', '720180'],
    ['H-nummer with month 13 (53)', '015380'],
    ['D- and H-nummer at once', '414180'],
    ['Tenor month 13 (93)', '019380'],
    ['month between the offsets (21)', '012180'],
    ['month between the offsets (61)', '016180'],
  ])('rejects a number with valid check digits but an impossible date: %s', (_reason, datePart) => {
    const value = firstValidFor(datePart);
    expect(parseNationalIdentityNumber(value)).toBeUndefined();
  });

  it('accepts 29 February whenever yy % 4 === 0, since some century makes it a leap year', () => {
    for (let yy = 0; yy < 100; yy += 4) {
      expect(isValidNationalIdentityNumber(firstValidFor(`2902${pad(yy, 2)}`))).toBe(true);
    }
  });
});

describe('parseNationalIdentityNumber: properties', () => {
  it('accepts every number built from a real date, an individual number and computable check digits', () => {
    fc.assert(
      fc.property(validNumbers, ({ value, variant: [kind, synthetic] }) => {
        expect(parseNationalIdentityNumber(value)).toEqual({ value, kind, synthetic, checkDigitRule: 'current' });
        expect(isValidNationalIdentityNumber(value, { accept2032Rule: false })).toBe(true);
      }),
    );
  });

  it('rejects every single-digit change of a valid number, under both rules', () => {
    // All K2 weights (5,4,3,2,7,6,5,4,3,2 and 1 for K2 itself) are non-zero mod 11, so any change of
    // one digit by 1–9 breaks the K2 sum; the 2032 rule relaxes only the K1 sum, so it still rejects.
    fc.assert(
      fc.property(
        validNumbers,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        ({ value }, position, delta) => {
          const changed = (Number(value[position]) + delta) % 10;
          const mutated = value.slice(0, position) + String(changed) + value.slice(position + 1);
          expect(isValidNationalIdentityNumber(mutated, { accept2032Rule: false })).toBe(false);
          expect(isValidNationalIdentityNumber(mutated)).toBe(false);
        },
      ),
    );
  });

  it('applies the 2032 rule: the first sum may be ≡ 0–3 (mod 11), with K2 computed from the actual K1', () => {
    fc.assert(
      fc.property(birthParts, variants, fc.integer({ min: 0, max: 10 }), (parts, variant, remainder) => {
        const prefix = prefixOf(parts, variant);
        const k1 = (((remainder - weighted(prefix, K1_WEIGHTS)) % 11) + 11) % 11;
        fc.pre(k1 !== 10);
        const k2 = (11 - (weighted(prefix + String(k1), K2_WEIGHTS) % 11)) % 11;
        fc.pre(k2 !== 10);
        const value = `${prefix}${k1}${k2}`;

        expect(isValidNationalIdentityNumber(value)).toBe(remainder <= 3);
        expect(isValidNationalIdentityNumber(value, { accept2032Rule: false })).toBe(remainder === 0);
        if (remainder >= 1 && remainder <= 3) {
          expect(parseNationalIdentityNumber(value)).toMatchObject({
            kind: variant[0],
            synthetic: variant[1],
            checkDigitRule: '2032',
          });
        }
      }),
    );
  });

  it('gives D-, H- and Tenor variants of a valid date the right kind', () => {
    fc.assert(
      fc.property(birthParts, (parts) => {
        for (const variant of [
          ['fodselsnummer', false],
          ['fodselsnummer', true],
          ['d-nummer', false],
          ['d-nummer', true],
          ['h-nummer', false],
        ] as const) {
          const value = complete(prefixOf(parts, variant));
          if (value === undefined) continue;
          expect(parseNationalIdentityNumber(value)).toMatchObject({ kind: variant[0], synthetic: variant[1] });
        }
      }),
    );
  });

  it('never accepts a number whose date is impossible after removing the offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 999 }),
        (rawDay, rawMonth, yy, individual) => {
          const value = complete(pad(rawDay, 2) + pad(rawMonth, 2) + pad(yy, 2) + pad(individual, 3));
          fc.pre(value !== undefined);
          const day = rawDay > 40 ? rawDay - 40 : rawDay;
          const month = rawMonth > 80 ? rawMonth - 80 : rawMonth > 40 && rawDay <= 40 ? rawMonth - 40 : rawMonth;
          const realDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, yy);
          expect(isValidNationalIdentityNumber(value)).toBe(realDate);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
