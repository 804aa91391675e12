const ENCODED_BYTES = /(?:%[0-9a-f]{2})+/gi;
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Percent-decodes what can be decoded and never throws: each run of `%XX` escapes becomes the UTF-8 it
 * encodes, with U+FFFD for bytes that are not UTF-8, and everything else stays as written. Unlike
 * `decodeURIComponent`, one broken escape does not leave the rest of the text encoded, so what a check
 * or a log redaction looks at is what the text says.
 */
export function decodePercentLeniently(text: string): string {
  return text.replace(ENCODED_BYTES, (run) => UTF8.decode(Buffer.from(run.replaceAll('%', ''), 'hex')));
}
