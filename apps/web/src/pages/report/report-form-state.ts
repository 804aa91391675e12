import { containsIdentityNumber, type Harm, type MultidoseMode } from '@lagspill/domain';
import { osloLocalToIso } from '../../format/oslo-time';
import type { ReportedSystem, ReportRequest } from '../../api/types';

/** What the reporter has typed so far. */
export interface ReportDraft {
  category: string;
  subcategory: string;
  title: string;
  description: string;
  occurredAt: string;
  systemVersion: string;
  multidoseMode: MultidoseMode;
  harm: Harm;
  multiplePatients: boolean;
  multipleOrganisations: boolean;
  traceId: string;
  messageId: string;
  reseptId: string;
}

export type DraftField = keyof ReportDraft;

export const TECHNICAL_FIELDS = ['traceId', 'messageId', 'reseptId'] as const;

export function emptyDraft(occurredAt: string): ReportDraft {
  return {
    category: '',
    subcategory: '',
    title: '',
    description: '',
    occurredAt,
    systemVersion: '',
    multidoseMode: 'unknown',
    harm: 'none',
    multiplePatients: false,
    multipleOrganisations: false,
    traceId: '',
    messageId: '',
    reseptId: '',
  };
}

/**
 * What the reporter puts in each field: typed text, or a choice among codes. Every field must be named
 * here (the type makes sure), so a new text field cannot be left out of the live warning below.
 */
export const DRAFT_FIELD_KINDS: Readonly<Record<DraftField, 'text' | 'choice'>> = {
  category: 'choice',
  subcategory: 'choice',
  title: 'text',
  description: 'text',
  occurredAt: 'choice',
  systemVersion: 'text',
  multidoseMode: 'choice',
  harm: 'choice',
  multiplePatients: 'choice',
  multipleOrganisations: 'choice',
  traceId: 'text',
  messageId: 'text',
  reseptId: 'text',
};

const TEXT_FIELDS = (Object.keys(DRAFT_FIELD_KINDS) as DraftField[]).filter((f) => DRAFT_FIELD_KINDS[f] === 'text');

/** The typed fields that hold something looking like a national identity number, as the reporter types. */
export function fieldsWithIdentityNumbers(draft: ReportDraft): DraftField[] {
  return TEXT_FIELDS.filter((field) => {
    const value = draft[field];
    return typeof value === 'string' && containsIdentityNumber(value);
  });
}

/** What must be fixed before sending, in Norwegian, by field (the server checks again). */
export function draftProblems(draft: ReportDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  if (!draft.category) problems.category = 'Velg hva feilen gjelder.';
  if (draft.category && !draft.subcategory) problems.subcategory = 'Velg hvilken type feil det er.';
  if (!draft.title.trim()) problems.title = 'Skriv en kort overskrift.';
  else if (draft.title.length > 200) problems.title = 'Overskriften kan ha høyst 200 tegn.';
  if (!draft.description.trim()) problems.description = 'Beskriv hva som skjedde.';
  else if (draft.description.length > 10_000) problems.description = 'Beskrivelsen kan ha høyst 10 000 tegn.';
  const occurred = osloLocalToIso(draft.occurredAt);
  if (!occurred) problems.occurredAt = 'Oppgi dato og klokkeslett.';
  else if (Date.parse(occurred) > Date.now() + 5 * 60_000)
    problems.occurredAt = 'Tidspunktet kan ikke være fram i tid.';
  return problems;
}

/** The body of POST /api/reports. */
export function reportBody(draft: ReportDraft, system: ReportedSystem | undefined): ReportRequest {
  const technical = Object.fromEntries(
    TECHNICAL_FIELDS.filter((field) => draft[field].trim() !== '').map((field) => [field, draft[field].trim()]),
  );
  const version = draft.systemVersion.trim() || system?.version;
  return {
    category: draft.category,
    subcategory: draft.subcategory,
    title: draft.title.trim(),
    description: draft.description.trim(),
    // draftProblems has refused a time that is not one before the report is sent.
    occurredAt: osloLocalToIso(draft.occurredAt) ?? draft.occurredAt,
    ...(system ? { system: { vendor: system.vendor, product: system.product, ...(version ? { version } : {}) } } : {}),
    multidoseMode: draft.multidoseMode,
    harm: draft.harm,
    scope: { multiplePatients: draft.multiplePatients, multipleOrganisations: draft.multipleOrganisations },
    ...(Object.keys(technical).length > 0 ? { technical } : {}),
  };
}

/** The server names fields by their place in the body (`scope.multiplePatients`); the form by its own names. */
export function draftFieldOf(serverField: string): DraftField | undefined {
  const last = serverField.split('.').at(-1) ?? serverField;
  if (serverField.startsWith('system')) return 'systemVersion';
  const known: readonly string[] = [
    'category',
    'subcategory',
    'title',
    'description',
    'occurredAt',
    'multidoseMode',
    'harm',
    'multiplePatients',
    'multipleOrganisations',
    ...TECHNICAL_FIELDS,
  ];
  return known.includes(last) ? (last as DraftField) : undefined;
}

const DRAFT_KEY = 'lagspill.report-draft';

/** A report being written: what was typed, and the Idempotency-Key its sending uses. */
export interface KeptDraft {
  readonly draft: ReportDraft;
  readonly idempotencyKey: string;
}

/**
 * The draft kept in this tab while the reporter types, so a login that ran out, a reload or a lost
 * connection does not throw away ten minutes of writing. Its Idempotency-Key is kept with it: if an
 * answer was lost after the server took the report, sending again gives back that case, not a second one.
 * Gone when the report is sent or the tab closes.
 */
export const savedDraft = {
  load(fresh: () => KeptDraft, storage: Pick<Storage, 'getItem'> = sessionStorage): KeptDraft {
    const made = fresh();
    try {
      const saved = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null') as Partial<KeptDraft> | null;
      if (!saved || typeof saved.idempotencyKey !== 'string' || typeof saved.draft !== 'object') return made;
      return { draft: { ...made.draft, ...saved.draft }, idempotencyKey: saved.idempotencyKey };
    } catch {
      return made;
    }
  },
  save(kept: KeptDraft, storage: Pick<Storage, 'setItem'> = sessionStorage): void {
    storage.setItem(DRAFT_KEY, JSON.stringify(kept));
  },
  clear(storage: Pick<Storage, 'removeItem'> = sessionStorage): void {
    storage.removeItem(DRAFT_KEY);
  },
};
