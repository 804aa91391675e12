import type { ImportKind } from '@lagspill/domain';

/**
 * The Norwegian labels of the directory's codes, read both ways: the export writes the label, the import takes
 * the label or the code itself (codeOfLabel). The tables of the domain's code lists are the domain's own
 * (ORGANISATION_TYPE_LABELS and the four passed on here for the sheet); what only the sheet has is here.
 */
export { INTEGRATION_LABELS, MULTIDOSE_MODE_LABELS, PARTY_KIND_LABELS, ROLE_LABELS } from '@lagspill/domain';

/** What a row of the directory sheet holds (its `Oppføring`), by the import's list for it. */
export const ENTRY_KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  helsefellesskap: 'helsefellesskap',
  municipalities: 'kommune',
  parties: 'part',
  organisations: 'organisasjon',
  people: 'person',
};

/** Whether an entry is active; `true`/`false` are also what English Excel writes for a yes/no cell. */
export const ACTIVE_LABELS: Readonly<Record<'true' | 'false', string>> = {
  true: 'ja',
  false: 'nei',
};

/** The code a text names: its label or the code itself, in any case, spaces around ignored. */
export function codeOfLabel<T extends string>(labels: Readonly<Record<T, string>>, text: string): T | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(labels) as T[]).find(
    (code) => code.toLowerCase() === wanted || labels[code].toLowerCase() === wanted,
  );
}
