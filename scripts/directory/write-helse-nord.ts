import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeDirectorySheet } from '../../libs/directory/src/import';
import { helseNordDirectory } from './helse-nord-directory';
import { directoryDataOf } from './synthetic-directory';

/**
 * Writes the synthetic Helse Nord directory (helse-nord-directory.ts) as the directory sheet the import
 * reads, to examples/directory/helse-nord.csv, or to the path given:
 * `npm run directory:helse-nord [-- path]`. test/directory/helse-nord-directory.spec.ts checks that the
 * committed file is what this writes, so run it again whenever the generator or the sheet changes.
 */

/** Where the sheet is committed, from the repository's root (where npm runs scripts). */
export const HELSE_NORD_SHEET_PATH = 'examples/directory/helse-nord.csv';

/** The sheet's text: UTF-8 with a byte order mark, CRLF line ends. The same every call. */
export function helseNordSheet(): string {
  // The generator deactivates nothing: the date is never written.
  return writeDirectorySheet(directoryDataOf(helseNordDirectory(), '2026-01-01T00:00:00.000Z'));
}

function main(): number {
  const path = resolve(process.argv[2] ?? HELSE_NORD_SHEET_PATH);
  writeFileSync(path, helseNordSheet(), 'utf8');
  process.stdout.write(`Wrote ${path}\n`);
  return 0;
}

// Only when run, not when the test imports it.
if (require.main === module) process.exitCode = main();
