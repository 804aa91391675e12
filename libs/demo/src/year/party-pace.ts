import type { Directory, PartyKind } from '@lagspill/domain';
import { addOfficeHours, HOUR_MS, LONG_DAY_HOURS, OFFICE_HOURS, osloTime, seasonFactor } from './oslo-calendar';
import type { SeededRandom } from './seeded-random';

/** How a party works its cases: when, how fast, and how often it asks or gets stuck. */
export interface PartyPace {
  /** Office hours or a long day on working days, or around the clock (NHN kundesenter is open 24/7). */
  readonly hours: 'office' | 'long-day' | 'round-the-clock';
  /** Median working hours from the case reaching the party to its first answer. */
  readonly firstResponse: number;
  /** Median working hours from the first answer to the resolution. */
  readonly resolution: number;
  /** σ of the log-normal delays: how far single cases stray from the median. */
  readonly spread: number;
  /** Share of cases where the party first asks the reporter for information. */
  readonly asksForInformation: number;
  /** Share of cases that get no further than the first answer. */
  readonly stalls: number;
}

const PACE_BY_KIND: Readonly<Record<PartyKind, PartyPace>> = {
  vendor: {
    hours: 'office',
    firstResponse: 2,
    resolution: 24,
    spread: 0.8,
    asksForInformation: 0.15,
    stalls: 0.03,
  },
  nhn: {
    hours: 'round-the-clock',
    firstResponse: 1.2,
    resolution: 30,
    spread: 0.8,
    asksForInformation: 0.12,
    stalls: 0.01,
  },
  'pharmacy-chain': {
    hours: 'long-day',
    firstResponse: 2,
    resolution: 14,
    spread: 0.8,
    asksForInformation: 0.1,
    stalls: 0.02,
  },
  'working-group': {
    hours: 'office',
    firstResponse: 5,
    resolution: 45,
    spread: 0.8,
    asksForInformation: 0.2,
    stalls: 0.05,
  },
};

/**
 * Parties that differ from their kind. CGM is the seed's "low progress at CGM": more than a working day
 * to a first answer and about three weeks to a fix, so its cases breach both clocks far more often.
 */
const PACE_BY_PARTY: Readonly<Record<string, Partial<PartyPace>>> = {
  cgm: { firstResponse: 10, resolution: 100, asksForInformation: 0.2, stalls: 0.12 },
};

export function paceOf(directory: Directory, partyId: string): PartyPace {
  return { ...PACE_BY_KIND[directory.party(partyId).kind], ...PACE_BY_PARTY[partyId] };
}

/**
 * When something that takes `hours` of a party's working time, started at `from`, is done. Holidays
 * slow everyone down: fewer people are at work in July and over Christmas.
 */
export function afterWork(pace: Pick<PartyPace, 'hours'>, from: number, hours: number): number {
  const slowdown = 1 / Math.sqrt(seasonFactor(osloTime(from)));
  if (pace.hours === 'round-the-clock') return from + Math.max(0.05, hours * slowdown) * HOUR_MS;
  return addOfficeHours(from, hours * slowdown, pace.hours === 'office' ? OFFICE_HOURS : LONG_DAY_HOURS);
}

/** A log-normal delay around `median` working hours with the pace's spread. */
export function delay(random: SeededRandom, median: number, spread: number): number {
  return Math.max(0.05, random.logNormal(median, spread));
}
