import { isValidNationalIdentityNumber } from '../identifiers/national-identity-number';
import { digitGroupsOf, type DigitGroups } from './digit-groups';

/**
 * Finds national identity numbers in free text before it leaves Lagspill (domain brief §3.3). NHN's
 * error template never asks for a fødselsnummer, so outbound text must carry none.
 *
 * The text is read as digit groups (see `digit-groups.ts`: NFKC, digits of every script, invisible
 * characters dropped, each group mapped back to the original text). A candidate is:
 * - one group of 11 digits, or consecutive groups that together have 11 digits, where every group has
 *   at least two digits (so at most five groups) and each pair is at most three separators apart
 *   (whitespace, line breaks, dashes, `.`, `/`, `_`). That covers every way people write the number:
 *   `01018010018`, `010180 10018`, `0101 80 10018`, `01.01.80 10018`, `01 01 80 100 18`,
 *   `010180 100 18`, `010180\r\n10018`, `０１０１８０－１００１８`, … ;
 * - not touching another digit on either side (after normalisation): 12+ digit references (ReseptID,
 *   message ids) are not identity numbers, and neither is the tail of one.
 * Only candidates with valid check digits (current or 2032 rule) and a real date count, so phone
 * numbers (8 digits), organisation numbers (9) and dates (8 or 6) are never touched; digits written
 * one by one (`0 1 0 1 …`) are not joined, so lists of small numbers are never glued together.
 *
 * Linear time: each group starts at most one candidate, which spans at most five groups, and a
 * valid one is redacted together with any valid candidate overlapping it, so an invalid or partial
 * candidate can never hide an overlapping valid one.
 */

export const IDENTITY_NUMBER_PLACEHOLDER = '[fødselsnummer]';

export interface IdentityNumberRedaction {
  readonly text: string;
  /** How many identity numbers were replaced (overlapping candidates count once). */
  readonly count: number;
}

const IDENTITY_NUMBER_DIGITS = 11;
const MIN_GROUP_DIGITS = 2;

/** Groups `first` to `last` (inclusive) of the text's digit groups. */
interface GroupSpan {
  readonly first: number;
  last: number;
}

/** The valid identity number that starts with group `first`, if there is one. */
function candidateFrom(groups: DigitGroups, first: number): GroupSpan | undefined {
  let length = 0;
  let value = 0;
  for (let index = first; index < groups.count; index += 1) {
    const groupLength = groups.length[index] ?? 0;
    if (index > first && groups.joinsPrevious[index] !== 1) return undefined;
    if (groupLength < MIN_GROUP_DIGITS || length + groupLength > IDENTITY_NUMBER_DIGITS) return undefined;
    length += groupLength;
    value = value * 10 ** groupLength + (groups.value[index] ?? NaN);
    if (length === IDENTITY_NUMBER_DIGITS) {
      const digits = String(value).padStart(IDENTITY_NUMBER_DIGITS, '0');
      return isValidNationalIdentityNumber(digits) ? { first, last: index } : undefined;
    }
  }
  return undefined;
}

function findIdentityNumbers(groups: DigitGroups, stopAtFirst: boolean): GroupSpan[] {
  const found: GroupSpan[] = [];
  for (let first = 0; first < groups.count; first += 1) {
    const candidate = candidateFrom(groups, first);
    if (candidate === undefined) continue;
    if (stopAtFirst) return [candidate];
    const previous = found[found.length - 1];
    if (previous !== undefined && candidate.first <= previous.last)
      previous.last = Math.max(previous.last, candidate.last);
    else found.push(candidate);
  }
  return found;
}

/** Replaces every valid national identity number with `[fødselsnummer]`, keeping the rest of the text as it is. */
export function redactIdentityNumbers(text: string): IdentityNumberRedaction {
  const groups = digitGroupsOf(text);
  const found = findIdentityNumbers(groups, false);
  if (found.length === 0) return { text, count: 0 };
  // Concatenation, not an array join: V8 builds the result as a rope, several times faster with
  // thousands of replacements.
  let redacted = '';
  let copiedUpTo = 0;
  for (const { first, last } of found) {
    redacted += text.slice(copiedUpTo, groups.start[first]) + IDENTITY_NUMBER_PLACEHOLDER;
    copiedUpTo = groups.end[last] ?? text.length;
  }
  redacted += text.slice(copiedUpTo);
  return { text: redacted, count: found.length };
}

/** Whether `redactIdentityNumbers` would replace anything in `text`. */
export function containsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(digitGroupsOf(text), true).length > 0;
}
