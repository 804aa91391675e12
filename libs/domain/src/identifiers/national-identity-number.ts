/**
 * Norwegian national identity numbers (fødselsnummer family, `DDMMYY III K1 K2`), see
 * docs/shared domain brief §3.1. Pure arithmetic, no Date: the century is not derivable from the
 * number (and will not be at all after 2032), so we only check what the digits can prove.
 */

/** Which member of the family a number is. Tenor/Test Norge numbers keep their kind and set `synthetic`. */
export type NationalIdentityNumberKind = 'fodselsnummer' | 'd-nummer' | 'h-nummer';

/** `current`: K1 and K2 both mod 11. `2032`: first sum may be ≡ 1, 2 or 3 (mod 11), K2 unchanged. */
export type CheckDigitRule = 'current' | '2032';

export interface NationalIdentityNumber {
  /** The 11 digits, without separators. */
  readonly value: string;
  readonly kind: NationalIdentityNumberKind;
  /** True for Test Norge/Tenor numbers (month + 80): never a real person. */
  readonly synthetic: boolean;
  /** The rule the check digits satisfy; `current` whenever both rules would accept. */
  readonly checkDigitRule: CheckDigitRule;
}

export interface ParseNationalIdentityNumberOptions {
  /**
   * Accept the 2032 check-digit rule as well as the current one. Defaults to true because numbers
   * issued under the new rule must already be recognised (Skatteetaten asks consumers to accept both).
   */
  readonly accept2032Rule?: boolean;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
/** Under the 2032 rule the first weighted sum (including K1) may leave these remainders. */
const REMAINDERS_ALLOWED_FROM_2032 = new Set([0, 1, 2, 3]);

const D_NUMBER_DAY_OFFSET = 40;
const H_NUMBER_MONTH_OFFSET = 40;
const SYNTHETIC_MONTH_OFFSET = 80;

const ELEVEN_DIGITS = /^\d{11}$/;
const NINE_DIGITS = /^\d{9}$/;

function digitsOf(value: string): number[] {
  // A plain loop: the redactor validates a candidate at every digit group of a text, and Array.from's
  // iterator was most of that cost.
  const digits: number[] = [];
  for (let index = 0; index < value.length; index += 1) digits.push(value.charCodeAt(index) - 48);
  return digits;
}

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) sum += (digits[index] ?? 0) * (weights[index] ?? 0);
  return sum;
}

/** 11 − (sum mod 11), with 11 → 0; 10 has no digit and so means "no valid check digit". */
function checkDigitFor(sum: number): number | undefined {
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? undefined : digit;
}

/**
 * The two check digits (current rule) for a 9-digit prefix `DDMMYYIII`, or undefined when either
 * would be 10, i.e. no valid number has this prefix under the current rule.
 * Example: `311299567` → `[1, 5]`.
 */
export function computeNationalIdentityCheckDigits(prefix: string): readonly [number, number] | undefined {
  if (!NINE_DIGITS.test(prefix)) return undefined;
  const digits = digitsOf(prefix);
  const k1 = checkDigitFor(weightedSum(digits, K1_WEIGHTS));
  if (k1 === undefined) return undefined;
  const k2 = checkDigitFor(weightedSum([...digits, k1], K2_WEIGHTS));
  if (k2 === undefined) return undefined;
  return [k1, k2];
}

/** Which rule the check digits of 11 digits satisfy, if any. */
function checkDigitRuleOf(digits: readonly number[]): CheckDigitRule | undefined {
  // Whole-number form: the K2 weights extended with 1 for K2 itself must sum to 0 (mod 11) under
  // both rules; this alone already rejects every single-digit change.
  if ((weightedSum(digits, K2_WEIGHTS) + (digits[10] ?? 0)) % 11 !== 0) return undefined;
  const firstRemainder = (weightedSum(digits, K1_WEIGHTS) + (digits[9] ?? 0)) % 11;
  if (firstRemainder === 0) return 'current';
  return REMAINDERS_ALLOWED_FROM_2032.has(firstRemainder) ? '2032' : undefined;
}

function daysInMonth(month: number, twoDigitYear: number): number {
  if (month === 2) {
    // The century is unknown, so 29 February is allowed whenever some century makes the year a
    // leap year; yy % 4 === 0 always qualifies (yy = 00 via 2000).
    return twoDigitYear % 4 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface DecodedDate {
  readonly kind: NationalIdentityNumberKind;
  readonly synthetic: boolean;
}

/** Removes the D/H/Tenor offsets and checks that a real calendar date remains. */
function decodeDate(digits: readonly number[]): DecodedDate | undefined {
  const [d1 = 0, d2 = 0, m1 = 0, m2 = 0, y1 = 0, y2 = 0] = digits;
  let day = d1 * 10 + d2;
  let month = m1 * 10 + m2;
  const twoDigitYear = y1 * 10 + y2;

  const isDNumber = day > D_NUMBER_DAY_OFFSET;
  if (isDNumber) day -= D_NUMBER_DAY_OFFSET;
  const synthetic = month > SYNTHETIC_MONTH_OFFSET;
  if (synthetic) month -= SYNTHETIC_MONTH_OFFSET;
  // Tenor's +80 and the H-nummer's +40 cannot both fit in two digits, and a number cannot be both a
  // D- and an H-nummer, so an H offset is only recognised on a plain, non-synthetic month.
  const isHNumber = !synthetic && month > H_NUMBER_MONTH_OFFSET;
  if (isHNumber) month -= H_NUMBER_MONTH_OFFSET;

  if (isDNumber && isHNumber) return undefined;
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(month, twoDigitYear)) return undefined;
  return { kind: isDNumber ? 'd-nummer' : isHNumber ? 'h-nummer' : 'fodselsnummer', synthetic };
}

/**
 * Parses exactly 11 digits (no separators, no whitespace: callers normalise) into a national
 * identity number, or undefined when the check digits or the date are wrong.
 */
export function parseNationalIdentityNumber(
  input: string,
  options: ParseNationalIdentityNumberOptions = {},
): NationalIdentityNumber | undefined {
  if (!ELEVEN_DIGITS.test(input)) return undefined;
  const digits = digitsOf(input);
  const checkDigitRule = checkDigitRuleOf(digits);
  if (checkDigitRule === undefined) return undefined;
  if (checkDigitRule === '2032' && options.accept2032Rule === false) return undefined;
  const date = decodeDate(digits);
  if (date === undefined) return undefined;
  return { value: input, kind: date.kind, synthetic: date.synthetic, checkDigitRule };
}

export function isValidNationalIdentityNumber(
  input: string,
  options: ParseNationalIdentityNumberOptions = {},
): boolean {
  return parseNationalIdentityNumber(input, options) !== undefined;
}
