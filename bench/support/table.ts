export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
}

/**
 * A Markdown table with its columns padded to equal width, which reads as well in a terminal as in a
 * rendered document and is already in the layout Prettier would give it.
 */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) => Math.max(3, column.header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => pad(cell, widths[i], columns[i].align)).join(' | ')} |`;
  const delimiter = `| ${columns
    .map((column, i) => (column.align === 'right' ? `${'-'.repeat(widths[i] - 1)}:` : '-'.repeat(widths[i])))
    .join(' | ')} |`;
  return [line(columns.map((column) => column.header)), delimiter, ...rows.map(line)].join('\n');
}

function pad(text: string, width: number, align: Column['align']): string {
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}
