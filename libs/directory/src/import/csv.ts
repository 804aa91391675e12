/**
 * CSV as Excel writes and reads it on Norwegian Windows: `;` between fields, CRLF line ends, and either
 * UTF-8 with a byte order mark ("CSV UTF-8") or Windows-1252 ("CSV (semikolondelt)").
 */

/** Makes Excel open a CSV file as UTF-8; the caller of writeCsv puts it first. */
export const UTF8_BOM = '\uFEFF';

export type CsvEncoding = 'utf-8' | 'windows-1252';

/** One record of a CSV file and its 1-based number: the row Excel shows it on, heading included. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** A CSV file that cannot be read as records: a quoted field that is never closed. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The text of a CSV file: UTF-8 when it starts with a byte order mark (stripped) or is valid UTF-8,
 * otherwise Windows-1252, where Excel writes æøå as single bytes that are never valid UTF-8 in Norwegian
 * text.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  // A declared UTF-8 file stays UTF-8: a broken byte in it becomes U+FFFD rather than a change of encoding.
  const declared = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: !declared }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The records of a CSV text (RFC 4180): fields in double quotes may hold the delimiter, line ends and
 * `""` for a quote. The delimiter is `;` (Excel's Norwegian default) unless the heading line holds none,
 * then tab or `,`, whichever it holds more of. CRLF, LF and CR all end a record. Records whose cells are
 * all blank are left out, but keep their number, so `line` is the row the user sees in Excel. Text after
 * a closing quote and quotes inside an unquoted field are kept as text, as Excel does.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let at = 0;
  for (;;) {
    let cell = '';
    if (source[at] === '"') {
      [cell, at] = quotedField(source, at, line);
    }
    let end = at;
    while (end < source.length && source[end] !== delimiter && source[end] !== '\r' && source[end] !== '\n') end += 1;
    cells.push(cell + source.slice(at, end));
    at = end;
    if (source[at] === delimiter) {
      at += 1;
      continue;
    }
    if (cells.some((value) => value.trim() !== '')) records.push({ cells, line });
    if (at >= source.length) return records;
    at += source.startsWith('\r\n', at) ? 2 : 1;
    // A line end as the last character ends the last record; it does not start an empty one.
    if (at >= source.length) return records;
    cells = [];
    line += 1;
  }
}

/** The content of the quoted field opening at `start`, and where the text after its closing quote begins. */
function quotedField(source: string, start: number, line: number): [string, number] {
  let value = '';
  let at = start + 1;
  for (;;) {
    const close = source.indexOf('"', at);
    if (close < 0) throw new CsvSyntaxError(line, 'has a quote (") that is never closed');
    value += source.slice(at, close);
    if (source[close + 1] !== '"') return [value, close + 1];
    value += '"';
    at = close + 2;
  }
}

function detectDelimiter(source: string): string {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const char of source) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\r' || char === '\n')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts[';'] > 0 || counts['\t'] + counts[','] === 0) return ';';
  return counts['\t'] >= counts[','] ? '\t' : ',';
}

/** CSV for Excel: `;` between fields, CRLF after every record, quotes only around fields that need them. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvField).join(';')}\r\n`).join('');
}

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * What a spreadsheet may take for the start of a formula when it opens a CSV (OWASP, "CSV Injection"):
 * `=`, `+`, `-`, `@`, a tab or a carriage return first, those signs after white space, and their
 * fullwidth forms. The same signs as the indicators export (libs/insights csv-field.ts).
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/**
 * A cell text a spreadsheet shows as text: one that could start a formula gets a leading `'`. So does
 * one that already starts with `'` before such a sign, so that unguardFormula undoes exactly this.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text.replace(/^'+/, '')) ? `'${text}` : text;
}

/** The text guardFormula was given: one leading `'` fewer before what could start a formula. */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.replace(/^'+/, '')) ? text.slice(1) : text;
}
