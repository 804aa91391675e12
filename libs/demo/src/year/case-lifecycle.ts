import type { ActorRef, Directory, Organisation, PartyKind } from '@lagspill/domain';
import { resolveRouteTarget } from '@lagspill/routing';
import type { PlannedReport, PlannedStep } from './case-plan';
import type { DemoYearCast } from './demo-year-cast';
import {
  ANSWERS,
  fillText,
  FORWARD_REASONS,
  INCIDENT_TEXTS,
  INTERNAL_NOTES,
  PARTY_TEXTS,
  QUESTIONS,
  REOPEN_REASONS,
  STATUS_QUESTIONS,
} from './demo-year-texts';
import type { Incident } from './incidents';
import { addOfficeHours, DAY_MS, LONG_DAY_HOURS, MINUTE_MS, OFFICE_HOURS } from './oslo-calendar';
import { afterWork, delay, paceOf, type PartyPace } from './party-pace';
import { RHYTHM_OF } from './rollout';
import type { SeededRandom } from './seeded-random';

/** What a case's life is planned from. */
export interface LifecycleContext {
  readonly random: SeededRandom;
  readonly directory: Directory;
  readonly cast: DemoYearCast;
  readonly organisation: Organisation;
  readonly report: PlannedReport;
  /** The party the router sent the case to, and when. */
  readonly party: string;
  readonly routedAt: number;
  readonly incident?: Incident;
}

const NEVER_ANSWERED = 0.12;
const TRIAGE_FORWARDS = 0.15;
const SFM_FORWARDS_TO_NHN = 0.3;

/** Steps in time order: a step planned before the previous one moves to just after it. */
class Timeline {
  readonly steps: PlannedStep[] = [];

  constructor(public at: number) {}

  add(step: PlannedStep): void {
    const at = Math.max(Math.floor(step.at), this.at + MINUTE_MS);
    this.steps.push({ ...step, at });
    this.at = at;
  }
}

/** One party at work on the case: who answers for it and how fast. */
class Desk {
  readonly pace: PartyPace;
  readonly kind: PartyKind;

  constructor(
    readonly party: string,
    private readonly context: LifecycleContext,
  ) {
    this.pace = paceOf(context.directory, party);
    this.kind = context.directory.party(party).kind;
  }

  worker(): ActorRef {
    return this.context.random.pick(this.context.cast.respondersOf(this.party));
  }

  /** When work of about `median` hours (of the party's time) started at `from` is done. */
  after(from: number, median: number): number {
    return afterWork(this.pace, from, delay(this.context.random, median, this.pace.spread));
  }

  firstAnswer(from: number, scale = 1): number {
    return this.after(from, this.pace.firstResponse * scale);
  }
}

/**
 * A case's life after routing, as people live it: the party answers (or asks first), works, sometimes
 * hands SFM faults on to NHN, resolves; the reporter closes, now and then reopens. CGM is slow. The
 * steps may run past now; the caller cuts them there.
 */
export function planLifecycle(context: LifecycleContext): PlannedStep[] {
  if (context.incident?.kind === 'cgm-release' && context.party === context.incident.system.vendor) {
    return planCgmRelease(context, context.incident);
  }
  if (context.incident?.kind === 'prescription-outage') return planOutage(context, context.incident);
  return planOrdinary(context);
}

function planOrdinary(context: LifecycleContext): PlannedStep[] {
  const { random, report } = context;
  const timeline = new Timeline(context.routedAt);
  let desk = new Desk(context.party, context);
  let answerAt = desk.firstAnswer(timeline.at);

  if (desk.kind === 'working-group' && random.chance(TRIAGE_FORWARDS)) {
    const to = triageTarget(context);
    if (to) {
      const reasons = to.kind === 'pharmacy-chain' ? FORWARD_REASONS.triageToPharmacy : FORWARD_REASONS.triageToVendor;
      timeline.add({ kind: 'forward', at: answerAt, actor: desk.worker(), to: to.party, text: random.pick(reasons) });
      desk = new Desk(to.party, context);
      answerAt = desk.firstAnswer(timeline.at);
    }
  }

  if (random.chance(desk.pace.asksForInformation)) {
    timeline.add({ kind: 'request-information', at: answerAt, actor: desk.worker(), text: question(context) });
    if (random.chance(NEVER_ANSWERED)) {
      // The reporter never answers; half the time the working group closes the case after a month.
      if (random.chance(0.5)) {
        timeline.add({ kind: 'close', at: timeline.at + random.int(30, 45) * DAY_MS, actor: coordinator(context) });
      }
      return timeline.steps;
    }
    timeline.add({
      kind: 'provide-information',
      at: reporterAfter(context, timeline.at, 8),
      actor: report.reporter,
      text: answer(context),
    });
    answerAt = desk.firstAnswer(timeline.at, 0.5);
  }
  timeline.add({ kind: 'acknowledge', at: answerAt, actor: desk.worker() });

  if (random.chance(0.25)) {
    const progress = PARTY_TEXTS[desk.kind].progress;
    timeline.add({
      kind: 'comment',
      at: desk.after(timeline.at, 6),
      actor: desk.worker(),
      visibility: 'public',
      text: random.pick(progress),
    });
  }
  if (random.chance(0.08)) {
    timeline.add({
      kind: 'comment',
      at: desk.after(timeline.at, 2),
      actor: desk.worker(),
      visibility: 'internal',
      text: random.pick(INTERNAL_NOTES),
    });
  }
  // SFM faults go via the EPJ vendor to NHN (domain brief §7.3): a second hop with its own clocks.
  if (report.category === 'sfm' && desk.kind === 'vendor' && random.chance(SFM_FORWARDS_TO_NHN)) {
    const nhn = context.directory.allParties().find((p) => p.kind === 'nhn');
    if (nhn) {
      timeline.add({
        kind: 'forward',
        at: desk.after(timeline.at, 12),
        actor: desk.worker(),
        to: nhn.id,
        text: random.pick(FORWARD_REASONS.sfmToNhn),
      });
      desk = new Desk(nhn.id, context);
      timeline.add({ kind: 'acknowledge', at: desk.firstAnswer(timeline.at), actor: desk.worker() });
    }
  }

  if (random.chance(desk.pace.stalls)) {
    timeline.add({
      kind: 'comment',
      at: reporterAfter(context, timeline.at + random.int(14, 40) * DAY_MS, 2),
      actor: report.reporter,
      visibility: 'public',
      text: random.pick(STATUS_QUESTIONS),
    });
    return timeline.steps;
  }
  const resolvedAt = desk.after(timeline.at, desk.pace.resolution);
  if (resolvedAt - timeline.at > 10 * DAY_MS && random.chance(0.5)) {
    const askedAt = reporterAfter(context, timeline.at + 7 * DAY_MS, 2);
    if (askedAt < resolvedAt - MINUTE_MS) {
      timeline.add({
        kind: 'comment',
        at: askedAt,
        actor: report.reporter,
        visibility: 'public',
        text: random.pick(STATUS_QUESTIONS),
      });
    }
  }
  const resolutions = PARTY_TEXTS[desk.kind].resolutions;
  timeline.add({ kind: 'resolve', at: resolvedAt, actor: desk.worker(), text: random.pick(resolutions) });
  afterResolution(context, timeline, desk, resolutions);
  return timeline.steps;
}

/** The reporter closes (mostly), reopens (now and then), or leaves it; the working group tidies up. */
function afterResolution(context: LifecycleContext, timeline: Timeline, desk: Desk, resolutions: readonly string[]) {
  const { random, report } = context;
  const reaction = random.next();
  if (reaction < 0.05) {
    timeline.add({
      kind: 'reopen',
      at: reporterAfter(context, timeline.at, 30),
      actor: report.reporter,
      text: random.pick(REOPEN_REASONS),
    });
    timeline.add({ kind: 'acknowledge', at: desk.firstAnswer(timeline.at), actor: desk.worker() });
    timeline.add({
      kind: 'resolve',
      at: desk.after(timeline.at, desk.pace.resolution * 0.4),
      actor: desk.worker(),
      text: random.pick(resolutions),
    });
    if (random.chance(0.8))
      timeline.add({ kind: 'close', at: reporterAfter(context, timeline.at, 10), actor: report.reporter });
  } else if (reaction < 0.82) {
    timeline.add({ kind: 'close', at: reporterAfter(context, timeline.at, 10), actor: report.reporter });
  } else if (reaction < 0.9) {
    timeline.add({ kind: 'close', at: timeline.at + random.int(28, 42) * DAY_MS, actor: coordinator(context) });
  }
}

/** A CGM release breaks SFM sync at many offices: CGM confirms a known fault and fixes it in the next release. */
function planCgmRelease(context: LifecycleContext, incident: Incident): PlannedStep[] {
  const { random, report } = context;
  const timeline = new Timeline(context.routedAt);
  const desk = new Desk(context.party, context);
  const values = { versjon: incident.system.version ?? '', produkt: incident.system.product };
  const acknowledgedAt = desk.after(timeline.at, 6);
  if (acknowledgedAt < incident.end) {
    timeline.add({ kind: 'acknowledge', at: acknowledgedAt, actor: desk.worker() });
    timeline.add({
      kind: 'comment',
      at: timeline.at + random.int(2, 20) * MINUTE_MS,
      actor: desk.worker(),
      visibility: 'public',
      text: fillText(INCIDENT_TEXTS.cgmRelease.acknowledgement, values),
    });
  }
  if (random.chance(0.4)) {
    timeline.add({
      kind: 'comment',
      at: desk.after(timeline.at, 1),
      actor: desk.worker(),
      visibility: 'internal',
      text: INTERNAL_NOTES[0],
    });
  }
  timeline.add({
    kind: 'resolve',
    at: addOfficeHours(incident.end, random.next() * 6),
    actor: desk.worker(),
    text: fillText(INCIDENT_TEXTS.cgmRelease.resolution, values),
  });
  if (random.chance(0.8))
    timeline.add({ kind: 'close', at: reporterAfter(context, timeline.at, 12), actor: report.reporter });
  return timeline.steps;
}

/**
 * Reseptformidleren is down for a few hours: the pharmacies' chain sees at once that the fault is not
 * theirs and hands it to NHN, which resolves every case when the service is back.
 */
function planOutage(context: LifecycleContext, incident: Incident): PlannedStep[] {
  const { random, report, directory } = context;
  const timeline = new Timeline(context.routedAt);
  let desk = new Desk(context.party, context);
  const nhn = directory.allParties().find((p) => p.kind === 'nhn');
  if (!nhn || (desk.kind !== 'nhn' && desk.kind !== 'pharmacy-chain')) return planOrdinary(context);
  const minutes = (from: number, to: number) => random.int(from, to) * MINUTE_MS;
  timeline.add({ kind: 'acknowledge', at: timeline.at + minutes(5, 30), actor: desk.worker() });
  if (desk.kind === 'pharmacy-chain') {
    timeline.add({
      kind: 'forward',
      at: timeline.at + minutes(10, 40),
      actor: desk.worker(),
      to: nhn.id,
      text: random.pick(FORWARD_REASONS.chainToNhn),
    });
    desk = new Desk(nhn.id, context);
    timeline.add({ kind: 'acknowledge', at: timeline.at + minutes(5, 20), actor: desk.worker() });
  }
  timeline.add({
    kind: 'resolve',
    at: incident.end + minutes(0, 20),
    actor: desk.worker(),
    text: INCIDENT_TEXTS.prescriptionOutage.resolution,
  });
  if (random.chance(0.7))
    timeline.add({ kind: 'close', at: reporterAfter(context, timeline.at, 4), actor: report.reporter });
  return timeline.steps;
}

/** Where a working group sends a case it triages on: the pharmacy chain for multidose, else the vendor. */
function triageTarget(context: LifecycleContext): { party: string; kind: PartyKind } | undefined {
  const { directory, organisation, report } = context;
  const target = report.category === 'multidose' || report.category === 'pharmacy-system' ? 'pharmacy' : 'vendor';
  const resolved = resolveRouteTarget(
    target,
    { organisation: organisation.id, systemVendor: report.system.vendor },
    directory,
  );
  if (resolved.fallback || resolved.party === context.party) return undefined;
  return { party: resolved.party, kind: directory.party(resolved.party).kind };
}

function coordinator(context: LifecycleContext): ActorRef {
  const { directory, organisation, cast, random } = context;
  const group = directory.workingGroupOf(directory.locate(organisation.id).helsefellesskap.region);
  return random.pick(cast.respondersOf(group.id));
}

/** When the reporter gets round to it: within their organisation's day. */
function reporterAfter(context: LifecycleContext, from: number, median: number): number {
  const rhythm = RHYTHM_OF[context.organisation.type];
  // Care services and out-of-hours clinics answer in the evening too.
  const day = rhythm === 'office' || rhythm === 'pharmacy' ? OFFICE_HOURS : LONG_DAY_HOURS;
  return addOfficeHours(from, delay(context.random, median, 0.9), day);
}

/** Which questions fit a category; the rest get the general ones. */
const QUESTIONS_FOR: Readonly<Record<string, keyof typeof QUESTIONS>> = {
  sfm: 'sfm',
  reseptformidler: 'messages',
  'pharmacy-system': 'messages',
  infrastructure: 'messages',
  multidose: 'multidose',
};

function question(context: LifecycleContext): string {
  return context.random.pick(QUESTIONS[QUESTIONS_FOR[context.report.category] ?? 'other']);
}

function answer(context: LifecycleContext): string {
  const { random, organisation, directory } = context;
  const pharmacy = organisation.multidosePharmacy
    ? directory.organisation(organisation.multidosePharmacy).name
    : 'apoteket';
  return fillText(random.pick(ANSWERS), { apotek: pharmacy, antall: String(random.int(2, 15)) });
}
