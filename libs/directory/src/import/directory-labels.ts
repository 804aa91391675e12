import type { ImportKind, Integration, MultidoseMode, PartyKind, Role } from '@lagspill/domain';

/**
 * The Norwegian labels of the directory's codes, one table per code list, read both ways: the export writes
 * the label, the import takes the label or the code itself (codeOfLabel). The organisation types' table is
 * the domain's ORGANISATION_TYPE_LABELS.
 */

/** What a row of the directory sheet holds (its `Oppføring`), by the import's list for it. */
export const ENTRY_KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  helsefellesskap: 'helsefellesskap',
  municipalities: 'kommune',
  parties: 'part',
  organisations: 'organisasjon',
  people: 'person',
};

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  vendor: 'Leverandør',
  nhn: 'Norsk helsenett',
  'pharmacy-chain': 'Apotekkjede',
  'working-group': 'Arbeidsgruppe',
};

export const INTEGRATION_LABELS: Readonly<Record<Integration, string>> = {
  'sfm-full': 'SFM Full',
  'sfm-basis': 'SFM Basis',
  own: 'Egen',
};

export const MULTIDOSE_MODE_LABELS: Readonly<Record<MultidoseMode, string>> = {
  none: 'Ingen',
  paper: 'Papir',
  electronic: 'Elektronisk',
  unknown: 'Ukjent',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  reporter: 'Melder',
  responder: 'Saksbehandler',
  coordinator: 'Koordinator',
  admin: 'Administrator',
  system: 'System',
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
