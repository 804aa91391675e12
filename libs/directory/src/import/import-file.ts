import type { DirectoryImport, ImportKind } from '@lagspill/domain';

/**
 * What an import file holds, sheet or JSON: the domain's DirectoryImport as it is. An organisation's
 * scheduled switch of system travels in its entry (`scheduledSystem`), as the domain registers it.
 */
export type DirectoryImportFile = DirectoryImport;

/** One entry of the file's list for a kind. */
export type ImportEntryOf<K extends ImportKind> = DirectoryImportFile[K][number];

/** The file's lists, filled in while a file is read. */
export type ImportLists = { [K in ImportKind]: ImportEntryOf<K>[] };

export function emptyImportLists(): ImportLists {
  return { helsefellesskap: [], municipalities: [], parties: [], organisations: [], people: [] };
}

/** `{ [key]: value }`, or nothing when there is no value: the entries omit what is not given. */
export function optionalField<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
