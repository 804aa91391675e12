import {
  computeNationalIdentityCheckDigits,
  type Directory,
  type Harm,
  type MultidoseMode,
  type Organisation,
  reportedSystem,
} from '@lagspill/domain';
import type { PlannedReport } from './case-plan';
import type { Reporter } from './demo-year-cast';
import { DETAILS, fillText, INCIDENT_TEXTS, MEDICINES, REPORT_TEXTS, WHEN } from './demo-year-texts';
import type { IncidentReport } from './incidents';
import { clockTime, DAY_MS, HOUR_MS } from './oslo-calendar';
import { faultKind, harmFor, multidoseModeFor, scopeFor, type FaultKind } from './report-mix';
import type { SeededRandom } from './seeded-random';

/** About one report in a hundred carries a (synthetic) fødselsnummer, as real ones sometimes do. */
const IDENTITY_NUMBER_SHARE = 0.01;

/** Who reports what, where and when; the rest of the report is drawn from these. */
export interface ReportContext {
  readonly random: SeededRandom;
  readonly directory: Directory;
  readonly organisation: Organisation;
  readonly reporter: Reporter;
  readonly reportedAt: number;
  /** How far through the year the report is, 0–1. */
  readonly progress: number;
}

/** An ordinary report of a fault of this kind. */
export function planReport(context: ReportContext, fault: FaultKind): PlannedReport {
  const { random } = context;
  const texts = REPORT_TEXTS[`${fault.category}/${fault.subcategory}`];
  if (!texts) throw new Error(`No demo texts for ${fault.category}/${fault.subcategory}`);
  const values = placeholderValues(context);
  const scope = scopeFor(fault, random);
  const sentences = [fillText(random.pick(texts.descriptions), values)];
  if (scope.multiplePatients && random.chance(0.6)) sentences.push(fillText(random.pick(DETAILS.manyPatients), values));
  if (random.chance(0.3)) sentences.push(fillText(random.pick(DETAILS.firstSeen), values));
  return assemble(context, fault, {
    title: fillText(random.pick(texts.titles), values),
    description: withIdentityNumber(random, sentences).join(' '),
    multidoseMode: multidoseModeFor(fault, context.organisation, context.progress, random),
    harm: harmFor(fault, random),
    scope,
    occurredAt: context.reportedAt - Math.min(14 * DAY_MS, random.logNormal(3, 1.3) * HOUR_MS),
  });
}

/** A report that is part of an incident: its own texts, many patients, the fault just happened. */
export function planIncidentReport(context: ReportContext, report: IncidentReport): PlannedReport {
  const { random } = context;
  const { incident } = report;
  const values = {
    ...placeholderValues(context),
    versjon: incident.system.version ?? '',
    produkt: incident.system.product,
    klokkeslett: clockTime(incident.start),
  };
  const texts =
    incident.kind === 'cgm-release'
      ? INCIDENT_TEXTS.cgmRelease
      : report.category === incident.category
        ? INCIDENT_TEXTS.prescriptionOutage
        : INCIDENT_TEXTS.prescriptionOutage.prescribers;
  const fault = faultKind(report.category, report.subcategory);
  return assemble(context, fault, {
    title: fillText(random.pick(texts.titles), values),
    description: fillText(random.pick(texts.descriptions), values),
    multidoseMode: 'none',
    harm: random.chance(0.8) ? 'none' : 'near-miss',
    scope: { multiplePatients: random.chance(0.9), multipleOrganisations: random.chance(0.3) },
    occurredAt: Math.max(incident.start, context.reportedAt - random.int(5, 90) * 60_000),
  });
}

interface Drawn {
  readonly title: string;
  readonly description: string;
  readonly multidoseMode: MultidoseMode;
  readonly harm: Harm;
  readonly scope: PlannedReport['scope'];
  readonly occurredAt: number;
}

function assemble(context: ReportContext, fault: FaultKind, drawn: Drawn): PlannedReport {
  const { organisation } = context;
  const { vendor, product, version } = organisation.system;
  return {
    category: fault.category,
    subcategory: fault.subcategory,
    ...drawn,
    occurredAt: Math.floor(Math.min(drawn.occurredAt, context.reportedAt)),
    reportedAt: context.reportedAt,
    reporter: context.reporter,
    system: reportedSystem({ vendor, product, ...(version ? { version } : {}) }),
    technical: technicalFor(context, fault, drawn.occurredAt),
  };
}

function placeholderValues({ random, directory, organisation }: ReportContext): Record<string, string> {
  const { version, product } = organisation.system;
  return {
    legemiddel: random.pick(MEDICINES),
    legemiddel2: random.pick(MEDICINES),
    antall: String(random.int(2, 40)),
    dager: String(random.int(2, 10)),
    uker: String(random.int(2, 6)),
    tid: random.pick(WHEN),
    system: version ? `${product} ${version}` : product,
    sykehus: directory.locate(organisation.id).helsefellesskap.hf,
  };
}

/** The ids NHN asks for (domain brief §2.3): TraceID for SFM, MeldingsID for messages, ReseptID for prescriptions. */
function technicalFor({ random }: ReportContext, fault: FaultKind, occurredAt: number): Record<string, string> {
  if (fault.category === 'sfm' && random.chance(0.7)) return { traceId: random.uuidV7(occurredAt) };
  if (['reseptformidler', 'pharmacy-system'].includes(fault.category) && random.chance(0.6)) {
    const day = new Date(occurredAt).toISOString().slice(0, 10);
    return { messageId: `M25-${day}-${String(random.int(0, 100_000)).padStart(5, '0')}` };
  }
  if (fault.category === 'prescribing' && random.chance(0.5)) return { reseptId: random.uuidV7(occurredAt) };
  return {};
}

function withIdentityNumber(random: SeededRandom, sentences: string[]): string[] {
  if (!random.chance(IDENTITY_NUMBER_SHARE)) return sentences;
  return [...sentences, fillText(random.pick(DETAILS.identityNumber), { fnr: syntheticIdentityNumber(random) })];
}

/** A Test Norge (Tenor) number, month + 80: valid check digits, never a real person. */
export function syntheticIdentityNumber(random: SeededRandom): string {
  for (;;) {
    const two = (n: number) => String(n).padStart(2, '0');
    const prefix = `${two(random.int(1, 29))}${two(random.int(81, 93))}${two(random.int(0, 100))}${String(random.int(0, 1000)).padStart(3, '0')}`;
    const check = computeNationalIdentityCheckDigits(prefix);
    if (check) return `${prefix}${check[0]}${check[1]}`;
  }
}
