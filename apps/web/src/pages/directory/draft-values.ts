/** What the directory's form drafts share: their fields, and reading their text areas. */

/** The fields of a draft, as an empty one has them (the form names the server's field paths by them). */
export const fieldsOf = <D extends object>(draft: D): (keyof D & string)[] =>
  Object.keys(draft) as (keyof D & string)[];

/** The addresses of a text area: one a line (commas and semicolons also part them), blanks left out. */
export function linesOf(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Whether a list (or a system) the form made is the one the entry has. */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
