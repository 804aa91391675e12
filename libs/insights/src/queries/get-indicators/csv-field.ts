/**
 * What a spreadsheet may take for the start of a formula when it opens a CSV (OWASP, "CSV Injection"):
 * `=`, `+`, `-`, `@`, a tab or a carriage return first. As a precaution also those signs after leading
 * white space (importers can trim it) and their fullwidth forms `＝＋－＠` (U+FF1D, U+FF0B, U+FF0D,
 * U+FF20): we know of no spreadsheet that runs them, but width-folding imports and autocorrect exist,
 * and the apostrophe costs such a name little.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/**
 * Text a spreadsheet shows as text: one that could start a formula gets a leading `'` (OWASP's advice;
 * the cell then shows the apostrophe, which is the price). Numbers never pass through here.
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field for Norwegian Excel: numbers as numbers with a decimal comma (a negative one stays a
 * number), text neutralised against formulas and quoted when it holds `;`, `"`, CR or LF. Any CSV or
 * spreadsheet export writes its fields through this.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = spreadsheetText(String(value));
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
