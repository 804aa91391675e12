import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EVENT_CATALOG } from '@lagspill/contracts';

const EVENTS_MD = resolve(__dirname, '../../docs/events.md');

/** `type version stream` of every row of every table in docs/events.md with those three columns. */
function documentedEvents(markdown: string): string[] {
  const rows: string[] = [];
  let columns: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1'));
    const header = columns;
    if (!header) columns = cells;
    else if (!cells.every((cell) => /^-+$/.test(cell))) {
      const [type, version, stream] = ['type', 'version', 'stream'].map((column) => cells[header.indexOf(column)]);
      if (type !== undefined && version !== undefined && stream !== undefined)
        rows.push(`${type} ${version} ${stream}`);
    }
  }
  return rows.sort();
}

describe('the event catalog', () => {
  it('is what docs/events.md lists: every type with its schema version and stream, and nothing else', () => {
    const catalog = Object.entries(EVENT_CATALOG)
      .map(([type, { schemaVersion, stream }]) => `${type} ${schemaVersion} ${stream.name}`)
      .sort();
    expect(documentedEvents(readFileSync(EVENTS_MD, 'utf8'))).toEqual(catalog);
  });
});
