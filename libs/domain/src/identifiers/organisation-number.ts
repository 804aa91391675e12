/**
 * Norwegian organisasjonsnummer (Enhetsregisteret), 9 digits with a mod-11 check digit; see the
 * domain brief §3.2. Appears in HelseID claims (`orgnr_parent`, `orgnr_child`).
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const EIGHT_DIGITS = /^\d{8}$/;
const NINE_DIGITS = /^\d{9}$/;

/**
 * The check digit for an 8-digit prefix, or undefined when the remainder is 1: Brønnøysund never
 * issues such prefixes, since 11 − 1 = 10 is not a digit.
 */
export function computeOrganisationNumberCheckDigit(prefix: string): number | undefined {
  if (!EIGHT_DIGITS.test(prefix)) return undefined;
  let sum = 0;
  for (let index = 0; index < WEIGHTS.length; index += 1) {
    sum += (prefix.charCodeAt(index) - 48) * (WEIGHTS[index] ?? 0);
  }
  const remainder = sum % 11;
  if (remainder === 1) return undefined;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** True for exactly 9 digits (no separators) whose last digit is the right check digit. */
export function isValidOrganisationNumber(input: string): boolean {
  if (!NINE_DIGITS.test(input)) return false;
  return computeOrganisationNumberCheckDigit(input.slice(0, 8)) === input.charCodeAt(8) - 48;
}
