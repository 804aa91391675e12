import type { Harm, MultidoseMode, Organisation, OrganisationType } from '@lagspill/domain';
import type { SeededRandom } from './seeded-random';

/** A kind of fault, how often it is reported, and by which kinds of organisation. */
export interface FaultKind {
  readonly category: string;
  readonly subcategory: string;
  readonly weight: number;
  readonly reportedBy: readonly OrganisationType[];
  /** Share of reports that concern more than one patient. */
  readonly manyPatients: number;
  /** Whether the fault is about a patient's multidose arrangement, so paper or eMD matters. */
  readonly multidose?: 'paper' | 'electronic' | 'either';
}

const GP: readonly OrganisationType[] = ['gp-office', 'out-of-hours', 'contract-specialist'];
const CARE: readonly OrganisationType[] = ['nursing-home', 'home-care'];
const HOSPITAL: readonly OrganisationType[] = ['hospital-unit'];
const PHARMACY: readonly OrganisationType[] = ['pharmacy'];
const MULTIDOSE_PHARMACY: readonly OrganisationType[] = ['multidose-pharmacy'];
const EVERYONE: readonly OrganisationType[] = [...GP, ...CARE, ...HOSPITAL, ...PHARMACY, ...MULTIDOSE_PHARMACY];

const kind = (
  category: string,
  subcategory: string,
  weight: number,
  reportedBy: readonly OrganisationType[],
  manyPatients: number,
  multidose?: FaultKind['multidose'],
): FaultKind => ({ category, subcategory, weight, reportedBy, manyPatients, multidose });

/**
 * What goes wrong, weighted after the domain brief (§2.1, §5): multidose and SFM integration faults
 * are the most common, then list quality, prescribing and the message chain. Systemic faults (SFM
 * performance, login, the network) more often concern many patients.
 */
// prettier-ignore
export const FAULT_KINDS: readonly FaultKind[] = [
  kind('multidose', 'paper-and-emd', 5, [...GP, ...CARE, ...MULTIDOSE_PHARMACY], 0.04, 'paper'),
  kind('multidose', 'transition', 4, [...GP, ...CARE, ...MULTIDOSE_PHARMACY], 0.06, 'paper'),
  kind('multidose', 'registration', 3, [...GP, ...MULTIDOSE_PHARMACY], 0.04, 'electronic'),
  kind('multidose', 'proposal-unanswered', 3, [...MULTIDOSE_PHARMACY, ...GP], 0.12, 'electronic'),
  kind('multidose', 'packed-list-mismatch', 3, [...CARE, ...GP, ...MULTIDOSE_PHARMACY], 0.05, 'electronic'),
  kind('multidose', 'packing', 4, [...CARE, ...GP], 0.04, 'either'),
  kind('list-quality', 'duplicates', 4, [...GP, ...HOSPITAL, ...PHARMACY], 0.02, 'either'),
  kind('list-quality', 'fragmented', 2, [...GP, ...HOSPITAL, ...CARE], 0.03),
  kind('list-quality', 'stale', 3, [...GP, ...CARE, ...HOSPITAL], 0.02, 'either'),
  kind('list-quality', 'reconciliation', 2, [...GP, ...HOSPITAL], 0.08),
  kind('list-quality', 'not-revoked', 1.5, [...GP, ...PHARMACY], 0.03),
  kind('prescribing', 'multidose-method', 2.5, [...GP, ...MULTIDOSE_PHARMACY], 0.08, 'either'),
  kind('prescribing', 'dose-text', 2.5, [...GP, ...PHARMACY, ...MULTIDOSE_PHARMACY], 0.08),
  kind('prescribing', 'locked-prescription', 1.5, [...GP, ...PHARMACY], 0.02),
  kind('prescribing', 'substance-brand', 1.5, [...GP, ...PHARMACY], 0.05),
  kind('prescribing', 'reimbursement', 1, [...GP, ...PHARMACY], 0.06),
  kind('sfm', 'gui', 5, [...GP, ...CARE], 0.1),
  kind('sfm', 'sync', 9, [...GP, ...CARE], 0.18),
  kind('sfm', 'basis-api', 5, HOSPITAL, 0.24),
  kind('sfm', 'performance', 4, [...GP, ...CARE, ...HOSPITAL], 0.36),
  kind('reseptformidler', 'rejected', 3, [...GP, ...HOSPITAL], 0.12),
  kind('reseptformidler', 'not-received', 3, [...GP, ...MULTIDOSE_PHARMACY, ...PHARMACY], 0.1, 'electronic'),
  kind('reseptformidler', 'delay', 2, [...GP, ...PHARMACY, ...MULTIDOSE_PHARMACY], 0.28),
  kind('reseptformidler', 'duplicates', 1, [...GP, ...MULTIDOSE_PHARMACY], 0.08),
  kind('kjernejournal', 'not-visible', 4, [...CARE, ...HOSPITAL], 0.16, 'either'),
  kind('kjernejournal', 'access-refused', 1.5, [...CARE, ...HOSPITAL, ...GP], 0.08),
  kind('decision-support', 'interactions', 2.5, [...GP, ...HOSPITAL], 0.08),
  kind('decision-support', 'cave', 1.5, [...GP, ...HOSPITAL], 0.03),
  kind('decision-support', 'dmp-alerts', 1, [...GP, ...PHARMACY], 0.24),
  kind('access', 'helseid-login', 2, EVERYONE, 0.28),
  kind('access', 'idp-down', 1, EVERYONE, 0.48),
  kind('access', 'hpr-link', 1, [...GP, ...CARE], 0.02),
  kind('access', 'address-register', 1, [...GP, ...MULTIDOSE_PHARMACY, ...CARE], 0.12),
  kind('access', 'local-setup', 1, [...CARE, ...GP], 0.05),
  kind('pharmacy-system', 'cannot-dispense', 6, PHARMACY, 0.24),
  kind('pharmacy-system', 'emd-orders-missing', 3, [...MULTIDOSE_PHARMACY, ...PHARMACY], 0.2, 'electronic'),
  kind('infrastructure', 'helsenett', 1, EVERYONE, 0.4),
  kind('infrastructure', 'certificates', 1, EVERYONE, 0.24),
  kind('infrastructure', 'edi', 1, [...GP, ...CARE], 0.24),
  kind('collaboration', 'responsibility', 2, [...CARE, ...GP, ...MULTIDOSE_PHARMACY], 0.05, 'either'),
  kind('collaboration', 'no-contact', 1, [...CARE, ...PHARMACY], 0.04),
  kind('collaboration', 'training', 1.5, [...CARE, ...GP], 0.16),
  kind('collaboration', 'slow-replies', 1, EVERYONE, 0.06),
];

const KINDS_BY_TYPE = new Map<OrganisationType, readonly FaultKind[]>();

/**
 * A fault an organisation of this type might report, `progress` (0 → 1) through the year: faults of
 * paper multidose grow rarer and those of eMD (M25.2, M25.3, M27) more common as eMD takes over.
 */
export function pickFaultKind(type: OrganisationType, progress: number, random: SeededRandom): FaultKind {
  let kinds = KINDS_BY_TYPE.get(type);
  if (!kinds) {
    kinds = FAULT_KINDS.filter((k) => k.reportedBy.includes(type));
    KINDS_BY_TYPE.set(type, kinds);
  }
  const trend = (k: FaultKind) =>
    k.multidose === 'paper' ? 1.5 - progress : k.multidose === 'electronic' ? 0.5 + progress : 1;
  return random.weighted(kinds.map((k) => [k, k.weight * trend(k)] as const));
}

export function faultKind(category: string, subcategory: string): FaultKind {
  const found = FAULT_KINDS.find((k) => k.category === category && k.subcategory === subcategory);
  if (!found) throw new Error(`No fault kind ${category}/${subcategory}`);
  return found;
}

/**
 * Paper multidose or eMD for the patient of a report. Paper dominates early in the year and gives way
 * to eMD as the rollout goes on (`progress` 0 → 1); an organisation still on paper leans to paper.
 */
export function multidoseModeFor(
  fault: FaultKind,
  organisation: Organisation,
  progress: number,
  random: SeededRandom,
): MultidoseMode {
  if (fault.multidose === 'paper')
    return fault.subcategory === 'transition' && random.chance(0.15) ? 'electronic' : 'paper';
  if (fault.multidose === 'electronic') return random.chance(0.06) ? 'unknown' : 'electronic';
  if (fault.multidose !== 'either' && random.chance(0.85)) return 'none';
  if (random.chance(0.06)) return 'unknown';
  const lean = organisation.multidoseMode === 'paper' ? 0.12 : organisation.multidoseMode === 'electronic' ? -0.12 : 0;
  const paperShare = Math.min(0.9, Math.max(0.1, 0.8 - 0.6 * progress + lean));
  return random.chance(paperShare) ? 'paper' : 'electronic';
}

const CLINICAL = new Set(['multidose', 'list-quality', 'prescribing', 'decision-support']);

export function harmFor(fault: FaultKind, random: SeededRandom): Harm {
  const clinical = CLINICAL.has(fault.category);
  return random.weighted<Harm>([
    ['none', clinical ? 45 : 80],
    ['near-miss', clinical ? 35 : 15],
    ['minor', clinical ? 13 : 4],
    ['moderate', clinical ? 5 : 1],
    ['severe', clinical ? 1.2 : 0.1],
  ]);
}

/** Shares of reports that concern several organisations: collaboration and multidose handovers most. */
export function scopeFor(fault: FaultKind, random: SeededRandom) {
  const manyOrganisations =
    fault.category === 'collaboration'
      ? 0.4
      : fault.multidose === 'paper'
        ? 0.3
        : fault.manyPatients > 0.3
          ? 0.1
          : 0.03;
  return {
    multiplePatients: random.chance(fault.manyPatients),
    multipleOrganisations: random.chance(manyOrganisations),
  };
}
