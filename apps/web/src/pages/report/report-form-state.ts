import {
  containsIdentityNumber,
  DEVIATION_REFERENCE,
  needsDeviationNotice,
  type DeviationChannel,
  type DeviationNoticeStatus,
  type Harm,
  type MultidoseMode,
} from '@lagspill/domain';
import { osloLocalToIso } from '../../format/oslo-time';
import type { ReportedSystem, ReportRequest } from '../../api/types';
import type { OrganisationOption } from '../../components/organisation-picker';

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
  /** The other organisation the report concerns (kept with its name, so a reload still shows it). */
  concerns: OrganisationOption | null;
  fragmentedList: boolean;
  /** Asked only for harm above a near miss ('': not answered yet). */
  deviationStatus: DeviationNoticeStatus | '';
  /** Asked only when the notice was given. */
  deviationChannel: DeviationChannel | '';
  deviationReference: string;
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
    concerns: null,
    fragmentedList: false,
    deviationStatus: '',
    deviationChannel: '',
    deviationReference: '',
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
  concerns: 'choice',
  fragmentedList: 'choice',
  deviationStatus: 'choice',
  deviationChannel: 'choice',
  deviationReference: 'text',
};

/**
 * The draft after the reporter changed one field, with the answers that no longer apply taken away: a
 * subcategory of another category, and the notice's details once they are no longer asked for (so a
 * hidden field is neither sent nor warned about).
 */
export function changedDraft<K extends DraftField>(draft: ReportDraft, field: K, value: ReportDraft[K]): ReportDraft {
  const next: ReportDraft = { ...draft, [field]: value };
  if (field === 'category') next.subcategory = '';
  if (!needsDeviationNotice(next.harm)) next.deviationStatus = '';
  if (next.deviationStatus !== 'notified') {
    next.deviationChannel = '';
    next.deviationReference = '';
  }
  return next;
}

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
  return { ...problems, ...deviationNoticeProblems(draft) };
}

/** What is wrong with the answers about the statutory notice, where they are asked. */
function deviationNoticeProblems(draft: ReportDraft): Partial<Record<DraftField, string>> {
  if (!needsDeviationNotice(draft.harm)) return {};
  if (!draft.deviationStatus) return { deviationStatus: 'Svar på om hendelsen er meldt som uønsket hendelse.' };
  if (draft.deviationStatus !== 'notified') return {};
  const problems: Partial<Record<DraftField, string>> = {};
  if (!draft.deviationChannel) problems.deviationChannel = 'Velg hvor hendelsen ble meldt.';
  const reference = draft.deviationReference.trim();
  if (reference && containsIdentityNumber(reference)) {
    problems.deviationReference = 'Skriv meldingens referanse, ikke et fødselsnummer.';
  } else if (reference && !DEVIATION_REFERENCE.test(reference)) {
    problems.deviationReference =
      'Referansen kan ha høyst 60 tegn (bokstaver, tall, mellomrom og . / _ -) og må begynne med en bokstav eller et tall.';
  }
  return problems;
}

/** Problems shown beside the fields, and the draft they were found in. */
export interface ShownProblems {
  readonly problems: Partial<Record<DraftField, string>>;
  readonly foundIn: ReportDraft;
}

export const NO_PROBLEMS: ShownProblems = { problems: {}, foundIn: emptyDraft('') };

/**
 * The problems to show while the reporter corrects them, so a message goes the moment its field is put
 * right (also by another field: a category chosen, a harm lowered, which hides the question). A problem
 * this form found stays only while it still holds, and says what is wrong now. A problem only the server
 * found (the form does not know its rule) stays until its field is changed; the server checks again on
 * sending. No new problem appears while typing: those wait for the next attempt to send.
 */
export function problemsNow(shown: ShownProblems, draft: ReportDraft): Partial<Record<DraftField, string>> {
  const now = draftProblems(draft);
  const foundHere = draftProblems(shown.foundIn);
  const current: Partial<Record<DraftField, string>> = {};
  for (const [field, message] of Object.entries(shown.problems) as [DraftField, string][]) {
    const unchanged = JSON.stringify(draft[field]) === JSON.stringify(shown.foundIn[field]);
    const still = now[field] ?? (unchanged && foundHere[field] === undefined ? message : undefined);
    if (still !== undefined) current[field] = still;
  }
  return current;
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
    ...(draft.concerns ? { concerns: draft.concerns.id } : {}),
    ...(draft.fragmentedList ? { fragmentedList: true } : {}),
    ...deviationNoticeOf(draft),
  };
}

/** The notice, only where the server takes it: harm above a near miss, and an answer given. */
function deviationNoticeOf(draft: ReportDraft): Pick<ReportRequest, 'deviationNotice'> {
  if (!needsDeviationNotice(draft.harm) || !draft.deviationStatus) return {};
  if (draft.deviationStatus !== 'notified') return { deviationNotice: { status: draft.deviationStatus } };
  const reference = draft.deviationReference.trim();
  return {
    deviationNotice: {
      status: 'notified',
      ...(draft.deviationChannel ? { channel: draft.deviationChannel } : {}),
      ...(reference ? { reference } : {}),
    },
  };
}

/** Server field names whose last part is not the form's name for them. */
const SERVER_FIELDS: Readonly<Record<string, DraftField>> = {
  deviationNotice: 'deviationStatus',
  'deviationNotice.status': 'deviationStatus',
  'deviationNotice.channel': 'deviationChannel',
  'deviationNotice.reference': 'deviationReference',
};

/** The server names fields by their place in the body (`scope.multiplePatients`); the form by its own names. */
export function draftFieldOf(serverField: string): DraftField | undefined {
  const own = Object.hasOwn(SERVER_FIELDS, serverField) ? SERVER_FIELDS[serverField] : undefined;
  if (own) return own;
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
    'concerns',
    'fragmentedList',
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
