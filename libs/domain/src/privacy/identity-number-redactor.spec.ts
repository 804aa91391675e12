import fc from 'fast-check';
import {
  computeNationalIdentityCheckDigits,
  isValidNationalIdentityNumber,
} from '../identifiers/national-identity-number';
import { containsIdentityNumber, IDENTITY_NUMBER_PLACEHOLDER, redactIdentityNumbers } from './identity-number-redactor';

const FNR = '01018010018';
const D_NUMMER = '41018010001';
const TENOR = '01818010083';
const P = IDENTITY_NUMBER_PLACEHOLDER;

type Format = (digits: string) => string;
const FORMATS: Record<string, Format> = {
  plain: (d) => d,
  'space 6+5': (d) => `${d.slice(0, 6)} ${d.slice(6)}`,
  'dash 6+5': (d) => `${d.slice(0, 6)}-${d.slice(6)}`,
  'dot 6+5': (d) => `${d.slice(0, 6)}.${d.slice(6)}`,
  'space 4+2+5': (d) => `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
  'dot 4+2+5': (d) => `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`,
  'tab 6+5': (d) => `${d.slice(0, 6)}\t${d.slice(6)}`,
  'nbsp 6+5': (d) => `${d.slice(0, 6)}\u00a0${d.slice(6)}`,
};

/** Every 11-digit window bounded by non-digits, separators removed: what a leak would look like. */
function leakedNumbers(text: string): string[] {
  return [...text.matchAll(/(?<!\d)(\d{4})[\s.-]?(\d{2})[\s.-]?(\d{5})(?!\d)/g)]
    .map(([, a, b, c]) => `${a}${b}${c}`)
    .filter((digits) => isValidNationalIdentityNumber(digits));
}

describe('redactIdentityNumbers', () => {
  it.each(Object.entries(FORMATS))('redacts a number written %s', (_name, format) => {
    const text = `Pasient ${format(FNR)} mangler PLL.`;
    expect(redactIdentityNumbers(text)).toEqual({ text: `Pasient ${P} mangler PLL.`, count: 1 });
    expect(containsIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['pasient01018012345', `pasient${FNR}`, `pasient${P}`],
    ['(fnr:010180-12345)', `(fnr:${FORMATS['dash 6+5'](FNR)})`, `(fnr:${P})`],
    ['f.nr.0101 80 12345,', `f.nr.${FORMATS['space 4+2+5'](FNR)},`, `f.nr.${P},`],
    ['number then letters', `${FNR}abc`, `${P}abc`],
    ['D-nummer', `dnr ${D_NUMMER}`, `dnr ${P}`],
    ['Tenor synthetic', `test: ${TENOR}.`, `test: ${P}.`],
  ])('redacts numbers glued to words or punctuation: %s', (_name, text, expected) => {
    expect(redactIdentityNumbers(text)).toEqual({ text: expected, count: 1 });
  });

  it('redacts several numbers, including ones separated only by punctuation', () => {
    const text = `${FNR},${TENOR};${FORMATS['dash 6+5'](D_NUMMER)}-${FNR}`;
    expect(redactIdentityNumbers(text)).toEqual({ text: `${P},${P};${P}-${P}`, count: 4 });
  });

  it.each([
    ['an invalid 11-digit number', 'nr 01018010019 er feil'],
    ['an organisation number', 'orgnr 123456785 (HER-id 12345)'],
    ['an 8-digit phone number', 'ring 12345678'],
    ['a phone number with country code', 'ring +47 12345678 eller +4712345678'],
    ['a grouped phone number', 'tlf 123 45 678 / 12 34 56 78'],
    ['dotted and ISO dates', 'skjedde 01.01.2024 og 2026-11-20 kl 10.15'],
    ['a date with a time', '01.01.80 12:34'],
    ['a 12-digit reference with a valid number at its start', `ReseptID ${FNR}9`],
    ['a 12-digit reference with a valid number at its end', `MsgId 9${FNR}`],
    ['a long reference containing a valid number', `TraceID 12${FNR}34${TENOR}56`],
    ['a grouped number touching another digit', `ref 9${FORMATS['dash 6+5'](FNR)} og ${FORMATS['space 6+5'](FNR)}7`],
    ['text without digits', 'Ingen tall her, bare tekst.'],
    ['empty text', ''],
  ])('leaves %s untouched', (_name, text) => {
    expect(redactIdentityNumbers(text)).toEqual({ text, count: 0 });
    expect(containsIdentityNumber(text)).toBe(false);
  });

  it('redacts only the identity number in a mixed report and leaves everything else byte for byte', () => {
    const text =
      `SFM feil: 2026-11-20 10:15, HER-id 8765432, orgnr 123456785, tlf +47 12345678.\n` +
      `Pasient (fnr:${FORMATS['dash 6+5'](FNR)}) fikk feil dose. ReseptID 123456789012345.`;
    const result = redactIdentityNumbers(text);
    expect(result.count).toBe(1);
    expect(result.text).toBe(text.replace(FORMATS['dash 6+5'](FNR), P));
    expect(containsIdentityNumber(result.text)).toBe(false);
  });

  it('finds a valid number right after an invalid candidate', () => {
    const text = `01018010019 ${FNR}`;
    expect(redactIdentityNumbers(text)).toEqual({ text: `01018010019 ${P}`, count: 1 });
  });

  // Speed is for a benchmark, not a test; this checks that large, digit-heavy input is handled fully.
  it('handles 100 kB of text, including digit-heavy and separator-heavy text', () => {
    const prose = `Pasient ${FNR} ring 12345678, orgnr 123456785, ref 1234567890123. `.repeat(1_600);
    const digits = '0'.repeat(100_000);
    const separators = '0101 80 0101 80-'.repeat(6_500);
    for (const text of [prose, digits, separators]) {
      const result = redactIdentityNumbers(text);
      expect(leakedNumbers(result.text)).toEqual([]);
      expect(containsIdentityNumber(result.text)).toBe(false);
    }
    expect(redactIdentityNumbers(prose).count).toBe(1_600);
  });
});

describe('redactIdentityNumbers: properties', () => {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const validNumbers = fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom(0, 40),
      fc.constantFrom(0, 80),
    )
    .map(([day, month, yy, individual, dayOffset, monthOffset]) => {
      const prefix = pad(day + dayOffset, 2) + pad(month + monthOffset, 2) + pad(yy, 2) + pad(individual, 3);
      const checkDigits = computeNationalIdentityCheckDigits(prefix);
      return checkDigits === undefined ? undefined : prefix + checkDigits.join('');
    })
    .filter((value): value is string => value !== undefined);

  const words = fc.stringMatching(/^[a-zA-ZæøåÆØÅ]{1,12}[.,:;()!?]?$/);
  type Token = { readonly kind: 'word'; readonly text: string } | { readonly kind: 'number'; readonly text: string };
  const numberTokens = fc
    .record({
      digits: validNumbers,
      format: fc.constantFrom(...Object.values(FORMATS)),
      before: fc.constantFrom('', 'fnr:', '(', 'pasient', 'f.nr.', '-'),
      after: fc.constantFrom('', ')', ',', '.', 'abc', '-'),
    })
    .map(({ digits, format, before, after }): Token => ({
      kind: 'number',
      text: `${before}${format(digits)}${after}`,
    }));
  const documents = fc.array(
    fc.oneof(
      { arbitrary: words.map((text): Token => ({ kind: 'word', text })), weight: 4 },
      { arbitrary: numberTokens, weight: 1 },
    ),
    { maxLength: 60 },
  );

  it('redacts exactly the inserted numbers, in any format, and nothing survives', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom(' ', '\n', ' - '), (tokens, joiner) => {
        const text = tokens.map((token) => token.text).join(joiner);
        const inserted = tokens.filter((token) => token.kind === 'number').length;
        const result = redactIdentityNumbers(text);

        expect(result.count).toBe(inserted);
        expect(result.text).not.toMatch(/\d/);
        expect(containsIdentityNumber(result.text)).toBe(false);
        expect(containsIdentityNumber(text)).toBe(inserted > 0);
      }),
    );
  });

  it('leaves digit runs that are not 11 digits long untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^\d{1,10}$/), fc.stringMatching(/^\d{12,30}$/), words), { maxLength: 40 }),
        (tokens) => {
          const text = tokens.join(' ');
          expect(redactIdentityNumbers(text)).toEqual({ text, count: 0 });
        },
      ),
    );
  });

  it('leaves no valid number behind in arbitrary digit-heavy text, and redacting twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('0', '1', '8', ' ', '-', '.', 'x'), validNumbers), { maxLength: 80 }),
        (pieces) => {
          const once = redactIdentityNumbers(pieces.join(''));
          expect(leakedNumbers(once.text)).toEqual([]);
          expect(redactIdentityNumbers(once.text)).toEqual({ text: once.text, count: 0 });
        },
      ),
    );
  });
});
