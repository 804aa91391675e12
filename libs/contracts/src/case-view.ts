import {
  canSeeEntry,
  originalTextAccess,
  originalTextAudienceOf,
  IDENTITY_NUMBER_PLACEHOLDER,
  redactIdentityNumbers,
  textFor,
  type CaseDocument,
  type CaseStatus,
  type DeviationChannel,
  type DeviationNoticeStatus,
  type Directory,
  type OrganisationType,
  type Role,
  type Viewer,
} from '@lagspill/domain';

/** A case as the API contract (docs/api.md, "A case") shows it to one caller. */
export interface CaseView {
  readonly id: string;
  /** GET /api/cases/{id} only: whether the caller follows the case («Følg saken»). */
  readonly following?: boolean;
  readonly reference: string;
  readonly version: number;
  readonly status: CaseStatus;
  readonly category: string;
  readonly subcategory: string;
  readonly title: string;
  readonly description: string;
  readonly occurredAt: string;
  readonly reportedAt: string;
  readonly updatedAt: string;
  readonly reporter: {
    readonly name: string;
    readonly role: Role;
    readonly organisation: {
      readonly id: string;
      readonly name: string;
      readonly type: OrganisationType;
      readonly herId: number;
      readonly orgnr: string;
      readonly municipality: string;
      readonly helsefellesskap: string;
      readonly region: string;
    };
  };
  readonly system: { readonly vendor: string; readonly product: string; readonly version?: string };
  readonly multidoseMode: string;
  readonly harm: string;
  readonly scope: CaseDocument['scope'];
  /** The other organisation the report concerns: the prescribing GP office, the discharging hospital… */
  readonly concerns: {
    readonly id: string;
    readonly name: string;
    readonly type: OrganisationType;
    readonly orgnr: string;
    readonly herId: number;
  } | null;
  /** Double registration or a fragmented medication list, whatever the category. */
  readonly fragmentedList: boolean;
  /**
   * For harm above a near miss: whether the statutory notice was given (null: not stated). Its reference
   * is the reporting organisation's and the working group's only.
   */
  readonly deviationNotice: {
    readonly status: DeviationNoticeStatus;
    readonly channel?: DeviationChannel;
    readonly reference?: string;
  } | null;
  readonly technical: Readonly<Record<string, string>>;
  readonly routedTo: { readonly party: string; readonly since: string; readonly dueAt: string } | null;
  readonly comments: readonly {
    readonly id: string;
    readonly kind: string;
    readonly author: string;
    readonly role: Role;
    readonly party: string | null;
    readonly visibility: string;
    readonly body: string;
    readonly at: string;
  }[];
  readonly links: CaseDocument['links'];
  readonly slaBreaches: CaseDocument['slaBreaches'];
  /** How many identity numbers were held back from this view. */
  readonly piiRedacted: number;
  /**
   * How this viewer reads identity numbers: `own` (the reporting organisation), `shared` (the organisation
   * the reporter shared them with; every such read is audited), `redacted` (everyone else).
   */
  readonly identityNumbers: 'own' | 'shared' | 'redacted';
  /** The organisation the identity numbers are shared with: for the reporting and the shared organisation, the working group and admins. */
  readonly identitySharedWith?: string;
}

/**
 * The one place a stored case becomes what a caller sees: internal comments only for their party and
 * coordinators, and identity numbers replaced by `[fødselsnummer]` for everyone but the reporting
 * organisation. `unseal` opens the originals (see CaseKeyring.opener).
 */
export function toCaseView(
  document: CaseDocument,
  viewer: Viewer,
  directory: Directory,
  unseal: (sealed: string) => string | undefined,
): CaseView {
  const access = originalTextAccess(originalTextAudienceOf(document), viewer);
  const original = access !== undefined;
  let piiRedacted = 0;
  const held = (count: number) => (piiRedacted += count);
  const read = (screened: CaseDocument['title']) => {
    const shown = textFor(screened, original, unseal);
    piiRedacted += shown.piiRedacted;
    return shown.text;
  };
  const organisation = directory.organisation(document.reporter.organisation);
  const { municipality, helsefellesskap } = directory.locate(organisation.id);
  const routedTo = document.routedTo;
  return {
    id: document.id,
    reference: document.reference,
    version: document.version,
    status: document.status,
    category: document.category,
    subcategory: document.subcategory,
    title: read(document.title),
    description: read(document.description),
    occurredAt: document.occurredAt,
    reportedAt: document.reportedAt,
    updatedAt: document.updatedAt,
    reporter: {
      name: document.reporter.name,
      role: document.reporter.role,
      organisation: {
        id: organisation.id,
        name: organisation.name,
        type: organisation.type,
        herId: organisation.herId,
        orgnr: organisation.orgnr,
        municipality: municipality.name,
        helsefellesskap: helsefellesskap.id,
        region: helsefellesskap.region,
      },
    },
    system: {
      vendor: document.system.vendor,
      product: redactedOnly(document.system.product, held),
      ...(document.system.version !== undefined ? { version: redactedOnly(document.system.version, held) } : {}),
    },
    multidoseMode: document.multidoseMode,
    harm: document.harm,
    scope: document.scope,
    concerns: concernedOrganisation(document, directory),
    fragmentedList: document.fragmentedList ?? false,
    deviationNotice: deviationNoticeFor(document, viewer, original, held),
    technical: Object.fromEntries(
      Object.entries(document.technical).map(([name, value]) => [name, redactedOnly(value, held)]),
    ),
    routedTo: routedTo
      ? {
          party: routedTo.party,
          since: routedTo.since,
          dueAt: routedTo.responded ? routedTo.resolutionDueAt : routedTo.firstResponseDueAt,
        }
      : null,
    comments: document.entries
      .filter((entry) => canSeeEntry(entry, viewer))
      .map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        author: entry.author.name,
        role: entry.author.role,
        party: entry.author.party ?? null,
        visibility: entry.visibility,
        body: read(entry.body),
        at: entry.at,
      })),
    links: document.links,
    slaBreaches: document.slaBreaches,
    piiRedacted,
    identityNumbers: access ?? 'redacted',
    ...(document.identitySharedWith !== undefined &&
    (access !== undefined || viewer.role === 'coordinator' || viewer.role === 'admin')
      ? { identitySharedWith: document.identitySharedWith }
      : {}),
  };
}

function concernedOrganisation(document: CaseDocument, directory: Directory): CaseView['concerns'] {
  const concerned = document.concerns === undefined ? undefined : directory.findOrganisation(document.concerns);
  if (!concerned) return null;
  const { id, name, type, orgnr, herId } = concerned;
  return { id, name, type, orgnr, herId };
}

function deviationNoticeFor(
  document: CaseDocument,
  viewer: Viewer,
  original: boolean,
  held: (count: number) => void,
): CaseView['deviationNotice'] {
  const notice = document.deviationNotice;
  if (!notice) return null;
  const { reference, ...shown } = notice;
  const readsReference = original || viewer.role === 'coordinator' || viewer.role === 'admin';
  return reference !== undefined && readsReference ? { ...shown, reference: redactedOnly(reference, held) } : shown;
}

/**
 * A text stored redacted only, with no original (product, version, technical ids): counted, and redacted
 * again on the way out, so that a case reported before these fields were screened shows no number either.
 */
function redactedOnly(value: string, held: (count: number) => void): string {
  const { text } = redactIdentityNumbers(value);
  held(text.split(IDENTITY_NUMBER_PLACEHOLDER).length - 1);
  return text;
}

/** GET /api/cases: one page of the cases a caller may see; `nextCursor` fetches the next. */
export interface CasePage {
  readonly items: readonly CaseView[];
  readonly nextCursor: string | null;
}

/** PUT/DELETE /api/cases/{id}/following: whether the caller now follows the case. */
export interface CaseFollowing {
  readonly case: string;
  readonly following: boolean;
}
