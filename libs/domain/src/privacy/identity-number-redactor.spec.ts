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

/** The 11 digits cut into groups of these sizes. */
function grouped(digits: string, sizes: readonly number[]): string[] {
  let at = 0;
  return sizes.map((size) => digits.slice(at, (at += size)));
}
const joined =
  (sizes: readonly number[], separator: string): Format =>
  (digits) =>
    grouped(digits, sizes).join(separator);
/** Each digit written with the digit of another script, whose zero is the code point `zero`. */
const inScript =
  (zero: number): Format =>
  (text) =>
    text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript: Format = (text) => text.replace(/[0-9]/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit);

/** Spellings the scanner has always read. */
const FORMATS: Record<string, Format> = {
  plain: (d) => d,
  'space 6+5': joined([6, 5], ' '),
  'dash 6+5': joined([6, 5], '-'),
  'dot 6+5': joined([6, 5], '.'),
  'space 4+2+5': joined([4, 2, 5], ' '),
  'dot 4+2+5': joined([4, 2, 5], '.'),
  'tab 6+5': joined([6, 5], '\t'),
  'nbsp 6+5': joined([6, 5], '\u00a0'),
  'line feed 6+5': joined([6, 5], '\n'),
  'thin space 6+5': joined([6, 5], '\u2009'),
  'narrow no-break space 6+5': joined([6, 5], '\u202f'),
  'ideographic space 6+5': joined([6, 5], '\u3000'),
};

/**
 * Spellings people paste from EPJs, PDFs, mail and chat that the scanner missed before issue 14
 * (each of these fails against the redactor of commit 8e2cc20). Each starts and ends with a digit.
 */
const PASTED_SPELLINGS: Record<string, Format> = {
  'CRLF between date and personal number': joined([6, 5], '\r\n'),
  'two spaces': joined([6, 5], '  '),
  'line break and indentation': joined([6, 5], '\n  '),
  'dd.mm.yy then the personal number': (d) => `${grouped(d, [2, 2, 2]).join('.')} ${d.slice(6)}`,
  'dd/mm/yy then the personal number': (d) => `${grouped(d, [2, 2, 2]).join('/')} ${d.slice(6)}`,
  'dd mm yy then the personal number': joined([2, 2, 2, 5], ' '),
  'dd mm yy iii kk': joined([2, 2, 2, 3, 2], ' '),
  'date, individual number and check digits (6+3+2)': joined([6, 3, 2], ' '),
  'en dash': joined([6, 5], '\u2013'),
  'em dash with spaces': joined([6, 5], ' \u2014 '),
  'minus sign': joined([6, 5], '\u2212'),
  'non-breaking hyphen': joined([6, 5], '\u2011'),
  'fullwidth hyphen-minus': joined([6, 5], '\uff0d'),
  slash: joined([6, 5], '/'),
  underscore: joined([6, 5], '_'),
  'soft hyphen': joined([6, 5], '\u00ad'),
  'zero-width space': joined([6, 5], '\u200b'),
  'zero-width joiner': joined([6, 5], '\u200d'),
  'zero-width non-joiner inside a group': joined([3, 8], '\u200c'),
  'word joiner': joined([6, 5], '\u2060'),
  'bidi marks around a dash': joined([6, 5], '\u200f-\u200e'),
  'bidi isolates and embeddings': (d) =>
    `${d.slice(0, 2)}\u2066${d.slice(2, 6)}\u2069 \u202b${d.slice(6, 9)}\u202c${d.slice(9)}`,
  'byte order mark inside a group': joined([2, 9], '\ufeff'),
  'fullwidth digits': inScript(0xff10),
  'fullwidth digits and hyphen': (d) => inScript(0xff10)(joined([6, 5], '\uff0d')(d)),
  'Arabic-Indic digits': inScript(0x0660),
  'Persian digits': inScript(0x06f0),
  'Devanagari digits': inScript(0x0966),
  'superscript digits': superscript,
  'subscript digits': inScript(0x2080),
  'mathematical bold digits': inScript(0x1d7ce),
  'mathematical monospace digits with a space': (d) => inScript(0x1d7f6)(joined([6, 5], ' ')(d)),
};

describe('redactIdentityNumbers', () => {
  it.each(Object.entries(FORMATS))('redacts a number written %s', (_name, format) => {
    const text = `Pasient ${format(FNR)} mangler PLL.`;
    expect(redactIdentityNumbers(text)).toEqual({ text: `Pasient ${P} mangler PLL.`, count: 1 });
    expect(containsIdentityNumber(text)).toBe(true);
  });

  it.each(Object.entries(PASTED_SPELLINGS))('redacts a pasted number: %s', (_name, format) => {
    for (const number of [FNR, D_NUMMER, TENOR]) {
      const text = `Pasient ${format(number)} mangler PLL.`;
      expect(redactIdentityNumbers(text)).toEqual({ text: `Pasient ${P} mangler PLL.`, count: 1 });
      expect(containsIdentityNumber(text)).toBe(true);
    }
  });

  it('redacts every spelling of one number in one description', () => {
    const spellings = Object.values({ ...FORMATS, ...PASTED_SPELLINGS });
    const text = spellings.map((format, index) => `Forsøk ${index + 1}: ${format(FNR)}.`).join('\n');
    const expected = spellings.map((_format, index) => `Forsøk ${index + 1}: ${P}.`).join('\n');
    expect(redactIdentityNumbers(text)).toEqual({ text: expected, count: spellings.length });
  });

  it('replaces exactly the number: invisible characters inside it go, those around it stay', () => {
    const text = `fnr:\u200e${FNR.slice(0, 6)}\u200b \u00ad${FNR.slice(6)}\u200f.`;
    expect(redactIdentityNumbers(text)).toEqual({ text: `fnr:\u200e${P}\u200f.`, count: 1 });
  });

  it.each([
    ['pasient01018012345', `pasient${FNR}`, `pasient${P}`],
    ['(fnr:010180-12345)', `(fnr:${FORMATS['dash 6+5'](FNR)})`, `(fnr:${P})`],
    ['f.nr.0101 80 12345,', `f.nr.${FORMATS['space 4+2+5'](FNR)},`, `f.nr.${P},`],
    ['number then letters', `${FNR}abc`, `${P}abc`],
    ['D-nummer', `dnr ${D_NUMMER}`, `dnr ${P}`],
    ['Tenor synthetic', `test: ${TENOR}.`, `test: ${P}.`],
    ['after a phone number', `tlf 22334455 ${FNR}`, `tlf 22334455 ${P}`],
  ])('redacts numbers glued to words or punctuation: %s', (_name, text, expected) => {
    expect(redactIdentityNumbers(text)).toEqual({ text: expected, count: 1 });
  });

  it('redacts several numbers, including ones separated only by punctuation', () => {
    const text = `${FNR},${TENOR};${FORMATS['dash 6+5'](D_NUMMER)}-${FNR}`;
    expect(redactIdentityNumbers(text)).toEqual({ text: `${P},${P};${P}-${P}`, count: 4 });
  });

  it.each([
    ['an invalid 11-digit number', 'nr 01018010019 er feil'],
    ['an invalid 11-digit number, pasted', 'nr 01.01.80 100 19 og ０１０１８０１００１９ er feil'],
    ['an organisation number', 'orgnr 123456785 (HER-id 12345), 123 456 785'],
    ['an 8-digit phone number', 'ring 12345678'],
    ['a phone number with country code', 'ring +47 12345678 eller +4712345678 eller +47 22 33 44 55'],
    ['a grouped phone number', 'tlf 123 45 678 / 12 34 56 78 / 22 33 44 55'],
    ['dotted and ISO dates', 'skjedde 01.01.2024 og 2026-11-20 kl 10.15, født 01.01.1980 (01/01/80)'],
    ['a date with a time', '01.01.80 12:34'],
    ['a 12-digit reference with a valid number at its start', `ReseptID ${FNR}9`],
    ['a 12-digit reference with a valid number at its end', `MsgId 9${FNR}`],
    ['a long reference containing a valid number', `TraceID 12${FNR}34${TENOR}56`],
    ['a grouped number touching another digit', `ref 9${FORMATS['dash 6+5'](FNR)} og ${FORMATS['space 6+5'](FNR)}7`],
    ['a number touching a digit through an invisible character', `ref 9\u200b${FNR} og ${FNR}\u00ad7 og ９${FNR}`],
    ['groups more than three separators apart', `${joined([6, 5], '    ')(FNR)} og ${joined([6, 5], ' \n \n ')(FNR)}`],
    ['one-digit groups', `${Array.from(FNR).join(' ')} og ${joined([1, 5, 5], ' ')(FNR)}`],
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

  // Speed is for the benchmark (npm run bench:redactor), not a test; this checks that large,
  // digit-heavy input is handled fully.
  it('handles 100 kB of text, including digit-heavy and separator-heavy text', () => {
    const prose = `Pasient ${FNR} ring 12345678, orgnr 123456785, ref 1234567890123. `.repeat(1_600);
    const digits = '0'.repeat(100_000);
    const separators = '0101 80 0101 80-'.repeat(6_500);
    const pasted = `${PASTED_SPELLINGS['fullwidth digits'](FNR)} ${'1 '.repeat(20)}`.repeat(2_000);
    for (const text of [prose, digits, separators, pasted]) {
      const result = redactIdentityNumbers(text);
      expect(leakedNumbers(result.text)).toEqual([]);
      expect(containsIdentityNumber(result.text)).toBe(false);
    }
    expect(redactIdentityNumbers(prose).count).toBe(1_600);
    expect(redactIdentityNumbers(pasted).count).toBe(2_000);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties. The oracle below reads text its own way (NFKC of the whole string, regular expressions,
// its own digit tables) and states the documented rule directly: any consecutive digit groups of two
// or more digits, each pair at most three separators apart, together 11 digits.

/** Zeros of the scripts the generators write digits in that NFKC leaves alone. */
const NATIVE_DIGIT_ZEROS = [0x30, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
const SEPARATOR_GAP = /^[\s\p{Pd}\u2212._/]{1,3}$/u;

function oracleText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    .replace(/\r\n/g, '\n')
    .replace(/\p{Nd}/gu, (digit) => {
      const codePoint = digit.codePointAt(0) ?? 0;
      const zero = NATIVE_DIGIT_ZEROS.find((candidate) => codePoint >= candidate && codePoint < candidate + 10);
      if (zero === undefined) throw new Error(`the oracle does not know the digit U+${codePoint.toString(16)}`);
      return String(codePoint - zero);
    });
}

/**
 * Every valid 11-digit number left in the text: consecutive digit groups of two or more digits, each
 * pair at most three separators apart, neither end touching another digit.
 */
function leakedNumbers(text: string): string[] {
  const normalised = oracleText(text);
  const groups = [...normalised.matchAll(/\d+/g)].map((match) => ({
    digits: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const leaked: string[] = [];
  for (let first = 0; first < groups.length; first += 1) {
    let digits = '';
    for (let last = first; last < groups.length && digits.length < 11; last += 1) {
      const gap = last === first ? '' : normalised.slice(groups[last - 1]?.end, groups[last]?.start);
      if ((last > first && !SEPARATOR_GAP.test(gap)) || (groups[last]?.digits.length ?? 0) < 2) break;
      digits += groups[last]?.digits ?? '';
      if (digits.length === 11 && isValidNationalIdentityNumber(digits)) leaked.push(digits);
    }
  }
  return leaked;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const weighted = (digits: string, weights: number[]) =>
  weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const daysInMonth = (month: number, yy: number) => new Date(Date.UTC(2000 + yy, month, 0)).getUTCDate();

/** Fødselsnummer, D-nummer (day + 40), H-nummer (month + 40), Tenor (month + 80), current and 2032 check-digit rules. */
const identityNumbers: fc.Arbitrary<string> = fc
  .record({
    yy: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    individual: fc.integer({ min: 0, max: 999 }),
    variant: fc.constantFrom('fodselsnummer', 'd-nummer', 'h-nummer', 'tenor', 'tenor d-nummer'),
    // 0 is the current rule; 1–3 are the remainders the 2032 rule allows.
    firstRemainder: fc.constantFrom(0, 0, 1, 2, 3),
  })
  .chain((parts) => fc.integer({ min: 1, max: daysInMonth(parts.month, parts.yy) }).map((day) => ({ ...parts, day })))
  .map(({ day, month, yy, individual, variant, firstRemainder }) => {
    const dayOffset = variant.includes('d-nummer') ? 40 : 0;
    const monthOffset = variant === 'h-nummer' ? 40 : variant.startsWith('tenor') ? 80 : 0;
    const prefix = pad(day + dayOffset, 2) + pad(month + monthOffset, 2) + pad(yy, 2) + pad(individual, 3);
    if (firstRemainder === 0) {
      const checkDigits = computeNationalIdentityCheckDigits(prefix);
      return checkDigits && prefix + checkDigits.join('');
    }
    const k1 = (((firstRemainder - weighted(prefix, K1_WEIGHTS)) % 11) + 11) % 11;
    const k2 = (11 - (weighted(prefix + String(k1), K2_WEIGHTS) % 11)) % 11;
    return k1 === 10 || k2 === 10 ? undefined : `${prefix}${k1}${k2}`;
  })
  .filter((value): value is string => value !== undefined);

/** Every split of 11 digits into at most five groups of two or more digits: the documented shapes. */
function shapes(total: number, maxGroups: number): number[][] {
  if (total === 0) return [[]];
  if (maxGroups === 0) return [];
  const result: number[][] = [];
  for (let first = 2; first <= total; first += 1) {
    for (const rest of shapes(total - first, maxGroups - 1)) result.push([first, ...rest]);
  }
  return result;
}
const SHAPES = shapes(11, 5);

/** One separator each; a run between two groups holds one to three. */
const SEPARATORS = [
  ' ',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u3000',
  '\t',
  '\n',
  '\r\n',
  '-',
  '\u2010',
  '\u2011',
  '\u2013',
  '\u2014',
  '\u2212',
  '\ufe63',
  '\uff0d',
  '.',
  '\uff0e',
  '/',
  '\uff0f',
  '_',
];
const INVISIBLES = [
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2060',
  '\u2066',
  '\u2069',
  '\u202a',
  '\u202c',
  '\ufeff',
  '\u061c',
];
const DIGIT_SCRIPTS: readonly Format[] = [
  (d) => d,
  (d) => d,
  inScript(0xff10),
  inScript(0x0660),
  inScript(0x06f0),
  inScript(0x0966),
  inScript(0x09e6),
  inScript(0x0e50),
  inScript(0x1d7ce),
  inScript(0x1d7d8),
  inScript(0x1d7f6),
  inScript(0x2080),
  superscript,
];

/** 11 digits written the way people paste them: any documented shape, separators, script, invisible characters. */
const spelled = (digits: fc.Arbitrary<string>) =>
  fc
    .record({
      digits,
      shape: fc.constantFrom(...SHAPES),
      separatorRuns: fc.array(fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 3 }), {
        minLength: 4,
        maxLength: 4,
      }),
      script: fc.constantFrom(...DIGIT_SCRIPTS),
      invisibles: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { maxLength: 3 }),
      around: fc.tuple(fc.constantFrom('', '\u200e', '\u2068'), fc.constantFrom('', '\u200f', '\u2069')),
    })
    .map(({ digits, shape, separatorRuns, script, invisibles, around: [before, after] }) => {
      const pieces = grouped(digits, shape).flatMap((group, index) =>
        index === 0 ? [script(group)] : [(separatorRuns[index - 1] ?? [' ']).join(''), script(group)],
      );
      let core = pieces.join('');
      for (const [position, mark] of invisibles) {
        // Strictly inside, between two UTF-16 code units that do not form a surrogate pair.
        const at = 1 + (position % Math.max(1, core.length - 1));
        if (/[\ud800-\udbff]/.test(core[at - 1] ?? '')) continue;
        core = core.slice(0, at) + mark + core.slice(at);
      }
      return { text: `${before}${core}${after}`, redacted: `${before}${P}${after}` };
    });

interface Item {
  readonly text: string;
  /** What the redactor must turn `text` into. */
  readonly redacted: string;
  readonly identityNumber: boolean;
}

const identityNumberItems: fc.Arbitrary<Item> = fc
  .record({
    number: spelled(identityNumbers),
    before: fc.constantFrom('', 'fnr:', '(', 'f.nr.', 'pasient', '-', 'fødselsnr. '),
    after: fc.constantFrom('', ')', ',', '.', 'abc', '-', ' (pasient)'),
  })
  .map(({ number, before, after }) => ({
    text: `${before}${number.text}${after}`,
    redacted: `${before}${number.redacted}${after}`,
    identityNumber: true,
  }));

const digitString = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const invalidElevenDigits = digitString(11).filter((digits) => !isValidNationalIdentityNumber(digits));
const otherNumberText: fc.Arbitrary<string> = fc.oneof(
  // Phone numbers (8 digits), as written.
  digitString(8).chain((d) =>
    fc.constantFrom(
      d,
      `+47 ${d}`,
      `+47${d}`,
      joined([2, 2, 2, 2], ' ')(d),
      `+47 ${joined([2, 2, 2, 2], ' ')(d)}`,
      joined([3, 2, 3], ' ')(d),
      `(+47) ${joined([3, 2, 3], '\u00a0')(d)}`,
    ),
  ),
  // Organisation numbers, HPR numbers (9 digits).
  digitString(9).chain((d) => fc.constantFrom(d, joined([3, 3, 3], ' ')(d), `NO ${joined([3, 3, 3], ' ')(d)} MVA`)),
  // Dates.
  fc.date({ min: new Date('1900-01-01'), max: new Date('2039-12-31'), noInvalidDate: true }).chain((date) => {
    const [yyyy = '', mm = '', dd = ''] = date.toISOString().slice(0, 10).split('-');
    return fc.constantFrom(
      `${dd}.${mm}.${yyyy}`,
      `${yyyy}-${mm}-${dd}`,
      `${dd}.${mm}.${yyyy.slice(2)}`,
      `${dd}/${mm}/${yyyy}`,
      `${dd}.${mm}.${yyyy} kl. 10.15`,
    );
  }),
  // ReseptID, message ids and other references of 12 or more digits.
  fc.integer({ min: 12, max: 30 }).chain(digitString),
  // 11 digits whose check digits or date fail, in any spelling.
  spelled(invalidElevenDigits).map(({ text }) => text),
);
const otherNumberItems: fc.Arbitrary<Item> = otherNumberText.map((text) => ({
  text,
  redacted: text,
  identityNumber: false,
}));

const words = fc.stringMatching(/^[a-zA-ZæøåÆØÅ]{1,12}[.,:;()!?]?$/);
const joiners = fc.constantFrom(' ', '\n', ' - ', '\r\n', ', ', '\u00a0');

/** Norwegian-looking text with items in it, every item between words so that no two items touch. */
const documents = (items: fc.Arbitrary<Item>) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.array(words, { minLength: 1, maxLength: 4 }), fc.option(items, { nil: undefined })), {
        maxLength: 16,
      }),
      words,
      joiners,
    )
    .map(([segments, last, joiner]) => {
      const original: string[] = [];
      const redacted: string[] = [];
      let identityNumbers = 0;
      for (const [segmentWords, item] of segments) {
        original.push(...segmentWords);
        redacted.push(...segmentWords);
        if (item === undefined) continue;
        original.push(item.text);
        redacted.push(item.redacted);
        if (item.identityNumber) identityNumbers += 1;
      }
      original.push(last);
      redacted.push(last);
      return { text: original.join(joiner), redacted: redacted.join(joiner), identityNumbers };
    });

const RUNS = { numRuns: 150 };

describe('redactIdentityNumbers: properties', () => {
  it('redacts every identity number however it is pasted, and keeps everything else exactly', () => {
    fc.assert(
      fc.property(documents(fc.oneof(identityNumberItems, otherNumberItems)), ({ text, redacted, identityNumbers }) => {
        const result = redactIdentityNumbers(text);

        expect(result).toEqual({ text: redacted, count: identityNumbers });
        expect(leakedNumbers(result.text)).toEqual([]);
        expect(containsIdentityNumber(text)).toBe(identityNumbers > 0);
        expect(containsIdentityNumber(result.text)).toBe(false);
      }),
      RUNS,
    );
  });

  it('leaves phone and organisation numbers, dates, references and invalid 11-digit numbers as they are', () => {
    fc.assert(
      fc.property(documents(otherNumberItems), ({ text }) => {
        expect(redactIdentityNumbers(text)).toEqual({ text, count: 0 });
        expect(containsIdentityNumber(text)).toBe(false);
      }),
      RUNS,
    );
  });

  it('leaves digit runs that are not 11 digits long untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^\d{1,10}$/), fc.stringMatching(/^\d{12,30}$/), words), { maxLength: 40 }),
        (tokens) => {
          const text = tokens.join(' x ');
          expect(redactIdentityNumbers(text)).toEqual({ text, count: 0 });
        },
      ),
      RUNS,
    );
  });

  it('leaves no valid number behind in arbitrary digit-heavy text, agrees with containsIdentityNumber, and redacting twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('0', '1', '8', '١', '８', ' ', '  ', '-', '.', '/', '\r\n', '\u200b', '\u00ad', 'x'),
            identityNumbers,
            spelled(identityNumbers).map(({ text }) => text),
          ),
          { maxLength: 80 },
        ),
        (pieces) => {
          const text = pieces.join('');
          const once = redactIdentityNumbers(text);
          expect(leakedNumbers(once.text)).toEqual([]);
          expect(containsIdentityNumber(text)).toBe(once.count > 0);
          expect(redactIdentityNumbers(once.text)).toEqual({ text: once.text, count: 0 });
        },
      ),
      RUNS,
    );
  });
});
