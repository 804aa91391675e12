/**
 * Reads free text the way an identity number pasted into it has to be read: as runs of digits
 * ("groups") with what lies between them, each group mapped back to where it is in the original text.
 *
 * Normalisation, one code point at a time so that every position stays known:
 * - NFKC, so fullwidth, superscript, subscript, circled and mathematical digits become ASCII digits and
 *   fullwidth or compatibility punctuation becomes its plain form;
 * - every decimal digit (Unicode category Nd, any script: Arabic-Indic, Devanagari, …) counts as its value;
 * - invisible characters (category Cf, and the other default-ignorable code points: soft hyphen,
 *   zero-width space/joiner/non-joiner, word joiner, bidi marks and isolates, BOM, variation selectors)
 *   are dropped: they neither separate nor join, so `0101\u200B80…` is one run of digits and a digit
 *   "touches" another across them;
 * - separators are whitespace of any kind (NBSP, thin, ideographic, tab, line breaks; CRLF counts as
 *   one), any dash (category Pd, which includes the non-breaking hyphen, plus the minus sign U+2212),
 *   `.`, `/` and `_`;
 * - anything else (letters, other punctuation, the placeholder a redaction leaves) ends a chain.
 *
 * One pass, constant work per code point: no regular expression runs over the text as a whole.
 * Pure TypeScript with standard ECMAScript only (`String.prototype.normalize`, Unicode property
 * escapes), so the browser runs the same code as the server.
 */

/**
 * The digit groups of a text, in order, as parallel arrays (one entry per group, `count` of them): a
 * 100 kB paste can hold 50,000 groups, and the scanner runs on every keystroke in the web form.
 */
export interface DigitGroups {
  readonly count: number;
  /** UTF-16 index in the original text of the code point the group's first digit came from. */
  readonly start: Int32Array;
  /** Exclusive: just after the code point the group's last digit came from. */
  readonly end: Int32Array;
  /** How many digits the group has. */
  readonly length: Int32Array;
  /**
   * The digits as a number (`0101` is 101: read it together with `length`), for groups of at most
   * {@link MAX_READ_DIGITS} digits; longer groups are `NaN` (they are never part of an identity number).
   */
  readonly value: Float64Array;
  /**
   * 1 when between the previous group and this one are only separators, at most
   * {@link MAX_SEPARATORS_BETWEEN_GROUPS} of them (invisible characters not counted); else 0.
   */
  readonly joinsPrevious: Uint8Array;
}

/** More than this many separators in a row (a blank line with indentation, a column gap) end a chain. */
export const MAX_SEPARATORS_BETWEEN_GROUPS = 3;
/** The longest group whose digits are kept: the length of an identity number. */
export const MAX_READ_DIGITS = 11;

const INVISIBLE_CHARACTER = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const SEPARATOR_CHARACTER = /^[\s\p{Pd}\u2212\u0085]$/u;
const CARRIAGE_RETURN = 13;
const LINE_FEED = 10;
/** How a character reads after normalisation: a digit's value (0–9), or one of these. */
const SEPARATOR = 10;
const OTHER = 11;

export function digitGroupsOf(text: string): DigitGroups {
  const reader = new GroupReader(text.length);
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // ASCII, most of any text: no normalisation needed.
      if (code >= 48 && code <= 57) reader.digit(code - 48, index, index + 1);
      else if (isAsciiSeparator(code)) reader.separator(code);
      else reader.other();
      index += 1;
      continue;
    }
    const codePoint = text.codePointAt(index) ?? code;
    const next = index + (codePoint > 0xffff ? 2 : 1);
    // Latin letters (æ, ø, å, é, …) stay letters under NFKC: skip the normalisation.
    if (codePoint >= 0xc0 && codePoint < 0x250) reader.other();
    else reader.normalised(codePoint, index, next);
    index = next;
  }
  return reader.groups();
}

class GroupReader {
  private count = 0;
  private start: Int32Array;
  private end: Int32Array;
  private length: Int32Array;
  private value: Float64Array;
  private joinsPrevious: Uint8Array;
  /** Whether the last group is still open: no separator or other character since its last digit. */
  private open = false;
  /** Separators since the last group ended; -1 once something else came, or before the first group. */
  private separators = -1;
  private afterCarriageReturn = false;
  /** What each code point outside ASCII met so far reads as. */
  private readonly readings = new Map<number, readonly number[]>();

  constructor(textLength: number) {
    const capacity = Math.min(Math.max(16, textLength >> 2), 1 << 16);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.length = new Int32Array(capacity);
    this.value = new Float64Array(capacity);
    this.joinsPrevious = new Uint8Array(capacity);
  }

  groups(): DigitGroups {
    const count = this.count;
    return {
      count,
      start: this.start.subarray(0, count),
      end: this.end.subarray(0, count),
      length: this.length.subarray(0, count),
      value: this.value.subarray(0, count),
      joinsPrevious: this.joinsPrevious.subarray(0, count),
    };
  }

  digit(digit: number, from: number, to: number): void {
    if (!this.open) {
      if (this.count === this.start.length) this.grow();
      const group = this.count;
      this.start[group] = from;
      this.length[group] = 0;
      this.value[group] = 0;
      this.joinsPrevious[group] = this.separators > 0 && this.separators <= MAX_SEPARATORS_BETWEEN_GROUPS ? 1 : 0;
      this.count += 1;
      this.open = true;
    }
    const group = this.count - 1;
    const length = (this.length[group] ?? 0) + 1;
    this.end[group] = to;
    this.length[group] = length;
    this.value[group] = length <= MAX_READ_DIGITS ? (this.value[group] ?? 0) * 10 + digit : NaN;
    this.separators = 0;
    this.afterCarriageReturn = false;
  }

  separator(code: number): void {
    this.open = false;
    // A CRLF is one line break.
    const secondHalfOfCrlf = code === LINE_FEED && this.afterCarriageReturn;
    if (this.separators >= 0 && !secondHalfOfCrlf) this.separators += 1;
    this.afterCarriageReturn = code === CARRIAGE_RETURN;
  }

  other(): void {
    this.open = false;
    this.separators = -1;
    this.afterCarriageReturn = false;
  }

  /** A code point outside ASCII and Latin letters: read what NFKC makes of it. */
  normalised(codePoint: number, from: number, to: number): void {
    let readings = this.readings.get(codePoint);
    if (readings === undefined) {
      // NFKC costs far more than the map lookup, and a text repeats its few distinct characters.
      readings = readingsOf(codePoint);
      this.readings.set(codePoint, readings);
    }
    for (let index = 0; index < readings.length; index += 1) {
      const reading = readings[index] ?? OTHER;
      if (reading === SEPARATOR) this.separator(0);
      else if (reading === OTHER) this.other();
      else this.digit(reading, from, to);
    }
  }

  private grow(): void {
    const capacity = this.start.length * 2;
    this.start = copied(this.start, new Int32Array(capacity));
    this.end = copied(this.end, new Int32Array(capacity));
    this.length = copied(this.length, new Int32Array(capacity));
    this.value = copied(this.value, new Float64Array(capacity));
    this.joinsPrevious = copied(this.joinsPrevious, new Uint8Array(capacity));
  }
}

function copied<T extends Int32Array | Float64Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** What NFKC makes of one code point, character by character; invisible characters read as nothing. */
function readingsOf(codePoint: number): readonly number[] {
  const readings: number[] = [];
  for (const character of String.fromCodePoint(codePoint).normalize('NFKC')) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) {
      readings.push(code >= 48 && code <= 57 ? code - 48 : isAsciiSeparator(code) ? SEPARATOR : OTHER);
    } else if (INVISIBLE_CHARACTER.test(character)) {
      // Neither separates nor joins: a group stays open across it.
    } else if (DECIMAL_DIGIT.test(character)) {
      readings.push(decimalValue(code));
    } else {
      readings.push(SEPARATOR_CHARACTER.test(character) ? SEPARATOR : OTHER);
    }
  }
  return readings;
}

/** Space, tab, LF, VT, FF, CR, `-`, `.`, `/`, `_`. */
function isAsciiSeparator(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 45 || code === 46 || code === 47 || code === 95;
}

/** Values of the non-ASCII decimal digits met so far (there are fewer than a thousand in Unicode). */
const DIGIT_VALUES = new Map<number, number>();

/**
 * The value of a non-ASCII decimal digit. Unicode encodes every script's digits as a contiguous run
 * 0–9, and where two such runs are adjacent (U+116D0…) they still start at a zero, so the value is the
 * distance from the start of the contiguous Nd run, modulo 10.
 */
function decimalValue(codePoint: number): number {
  const known = DIGIT_VALUES.get(codePoint);
  if (known !== undefined) return known;
  let first = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first -= 1;
  const value = (codePoint - first) % 10;
  DIGIT_VALUES.set(codePoint, value);
  return value;
}
