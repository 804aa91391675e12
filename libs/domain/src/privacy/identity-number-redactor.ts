import { isValidNationalIdentityNumber } from '../identifiers/national-identity-number';

/**
 * Finds national identity numbers in free text before it leaves Lagspill (domain brief §3.3). NHN's
 * error template never asks for a fødselsnummer, so outbound text must carry none.
 *
 * A hand-written scanner instead of a regular expression: it makes one pass over the text, so there
 * is no backtracking to go catastrophic on 100 kB pastes, and it checks every digit-run start, so an
 * invalid candidate can never hide an overlapping valid one.
 *
 * Accepted shapes, each separator optional and one of whitespace, `.` or `-`:
 *   `DDMM YY IIIKK`, i.e. `01018012345`, `010180 12345`, `010180-12345`, `0101 80 12345`.
 * A candidate must not touch another digit on either side: 12+ digit references (ReseptID, message
 * ids) are not identity numbers. Only candidates with valid check digits and a real date count, so
 * phone numbers (8 digits), organisation numbers (9) and dates (8) are never touched.
 */

export const IDENTITY_NUMBER_PLACEHOLDER = '[fødselsnummer]';

export interface IdentityNumberRedaction {
  readonly text: string;
  /** How many identity numbers were replaced. */
  readonly count: number;
}

interface Candidate {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly digits: string;
}

const DIGIT_GROUPS = [4, 2, 5] as const;
const WHITESPACE = /\s/;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSeparator(code: number): boolean {
  // The \s of the brief's regex, plus `.` and `-`; \s covers NBSP and line breaks pasted from EPJs.
  return code === 46 || code === 45 || WHITESPACE.test(String.fromCharCode(code));
}

/** The candidate starting at `start` (which must begin a digit run), if the text has one there. */
function candidateAt(text: string, start: number): Candidate | undefined {
  let position = start;
  let digits = '';
  for (let group = 0; group < DIGIT_GROUPS.length; group += 1) {
    // A separator is only allowed between groups, and the text decides whether it is there: a digit
    // where a separator could be means "no separator", so each start has at most one reading.
    if (group > 0 && position < text.length && isSeparator(text.charCodeAt(position))) position += 1;
    const length = DIGIT_GROUPS[group] ?? 0;
    for (let index = 0; index < length; index += 1) {
      if (position >= text.length || !isDigit(text.charCodeAt(position))) return undefined;
      digits += text[position];
      position += 1;
    }
  }
  if (position < text.length && isDigit(text.charCodeAt(position))) return undefined;
  return { start, end: position, digits };
}

function findIdentityNumbers(text: string, stopAtFirst: boolean): Candidate[] {
  const found: Candidate[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const startsDigitRun = isDigit(code) && (index === 0 || !isDigit(text.charCodeAt(index - 1)));
    if (startsDigitRun) {
      const candidate = candidateAt(text, index);
      if (candidate !== undefined && isValidNationalIdentityNumber(candidate.digits)) {
        found.push(candidate);
        if (stopAtFirst) return found;
        index = candidate.end;
        continue;
      }
    }
    index += 1;
  }
  return found;
}

/** Replaces every valid national identity number with `[fødselsnummer]`. */
export function redactIdentityNumbers(text: string): IdentityNumberRedaction {
  const found = findIdentityNumbers(text, false);
  if (found.length === 0) return { text, count: 0 };
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (const candidate of found) {
    parts.push(text.slice(copiedUpTo, candidate.start), IDENTITY_NUMBER_PLACEHOLDER);
    copiedUpTo = candidate.end;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), count: found.length };
}

export function containsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(text, true).length > 0;
}
