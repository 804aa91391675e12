import { redactIdentityNumbers } from './identity-number-redactor';

declare const REDACTED: unique symbol;

/**
 * Text the identity-number redactor has read: the only kind of free text another organisation may be
 * shown. A brand, not a runtime wrapper — it is a string — so the type checker refuses an event, a
 * command or a stored record whose free-text field was built from unscreened input: the only ways to
 * make one are `redactText` and `screenText` below.
 */
export type RedactedText = string & { readonly [REDACTED]: true };

/** Free text as stored: redacted for everyone, the original sealed with the case's key (if it differed). */
export interface ScreenedText {
  readonly text: RedactedText;
  /** How many identity numbers were held back from `text`. */
  readonly piiRedacted: number;
  /** The original, encrypted with the case's (or the incident's) key; absent when nothing was redacted. */
  readonly sealed?: string;
}

/** Redacts every identity number, for a short text whose original nobody needs (a rule's description). */
export function redactText(text: string): RedactedText {
  return redactIdentityNumbers(text).text as RedactedText;
}

/**
 * Screens free text on its way in. When it held identity numbers, `original` is what must be sealed
 * (`withSealedOriginal`) before the screened text is stored; otherwise it is undefined.
 */
export function screenText(text: string): { readonly screened: ScreenedText; readonly original?: string } {
  const { text: redacted, count } = redactIdentityNumbers(text);
  const screened = { text: redacted as RedactedText, piiRedacted: count };
  return count === 0 ? { screened } : { screened, original: text };
}

/** The screened text with its sealed original attached. */
export function withSealedOriginal(screened: ScreenedText, sealed: string): ScreenedText {
  return { ...screened, sealed };
}
