/** Longest free text of a comment, question, answer or resolution; reasons are shorter. */
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_REASON_LENGTH = 2_000;
/** At least one character that is not white space. */
export const NOT_BLANK = /\S/;
export const NOT_BLANK_MESSAGE = '$property must not be blank';
