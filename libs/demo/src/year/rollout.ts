import type { Directory, OrganisationType } from '@lagspill/domain';
import {
  DAY_MS,
  HOUR_MS,
  isWorkingDay,
  osloInstant,
  osloTime,
  nextWorkingDayAt,
  seasonFactor,
  type OsloTime,
} from './oslo-calendar';

/** When a helsefellesskap starts using PLL: reports from it begin then. */
export interface RolloutWave {
  readonly helsefellesskap: string;
  readonly goLive: number;
}

/**
 * The order of the waves and where in the window each starts (share of the window): LoVeSa with the
 * Bodø pilot first, Finnmark last; in Helse Vest the Bergen area (where the first trials ran) a month
 * after the start, Sør-Rogaland in the spring. A helsefellesskap not listed goes live at the start.
 */
const WAVE_SHARES: readonly (readonly [string, number])[] = [
  ['lovesa', 0],
  ['bergensomradet', 0.08],
  ['troms-og-ofoten', 0.25],
  ['sor-rogaland', 0.42],
  ['helgeland', 0.5],
  ['finnmark', 0.67],
];

/** Reports run at twice the settled rate for six weeks after go-live, then settle over two more. */
const ELEVATED_DAYS = 42;
const SETTLING_DAYS = 14;
const GO_LIVE_BOOST = 2;

/**
 * Each helsefellesskap's go-live: on the first working Monday of its month, 08:00 (the first wave at
 * the window's start). Nobody goes live in July or December, so those waves move a month on.
 */
export function rolloutWaves(directory: Directory, start: number, now: number, months: number): RolloutWave[] {
  const first = osloTime(start);
  const opening = nextWorkingDayAt(start, 8);
  return directory.data.helsefellesskap.map(({ id }) => {
    const share = WAVE_SHARES.find(([wave]) => wave === id)?.[1] ?? 0;
    if (share === 0) return { helsefellesskap: id, goLive: opening };
    let month = first.month + Math.round(share * months);
    const monthOfYear = ((month - 1) % 12) + 1;
    if (monthOfYear === 7 || monthOfYear === 12) month += 1;
    let day = 1;
    const mondayAt = (d: number) => osloInstant(first.year, month, d, 8);
    while (osloTime(mondayAt(day)).weekday !== 1 || !isWorkingDay(osloTime(mondayAt(day)))) day++;
    const goLive = mondayAt(day);
    return { helsefellesskap: id, goLive: Math.max(opening, Math.min(goLive, now - 7 * DAY_MS)) };
  });
}

/** How many reports a helsefellesskap makes relative to its settled rate, `sinceGoLive` ms after go-live. */
export function rolloutFactor(sinceGoLive: number): number {
  if (sinceGoLive < 0) return 0;
  const days = sinceGoLive / DAY_MS;
  if (days < ELEVATED_DAYS) return GO_LIVE_BOOST;
  if (days < ELEVATED_DAYS + SETTLING_DAYS)
    return GO_LIVE_BOOST - ((days - ELEVATED_DAYS) / SETTLING_DAYS) * (GO_LIVE_BOOST - 1);
  return 1;
}

/** When in the day and week an organisation writes reports. */
export type Rhythm = 'office' | 'pharmacy' | 'round-the-clock' | 'after-hours';

export const RHYTHM_OF: Readonly<Record<OrganisationType, Rhythm>> = {
  'gp-office': 'office',
  'contract-specialist': 'office',
  'multidose-pharmacy': 'office',
  pharmacy: 'pharmacy',
  'hospital-unit': 'round-the-clock',
  'nursing-home': 'round-the-clock',
  'home-care': 'round-the-clock',
  'out-of-hours': 'after-hours',
};

/** How many reports an organisation of a type makes, relative to a GP office. */
export const REPORTS_PER_ORGANISATION: Readonly<Record<OrganisationType, number>> = {
  'gp-office': 1,
  'out-of-hours': 0.5,
  'hospital-unit': 1.4,
  'nursing-home': 0.5,
  'home-care': 0.9,
  'contract-specialist': 0.3,
  pharmacy: 0.45,
  'multidose-pharmacy': 1.6,
};

// Reports per local hour of the day (0–23) on a working day, relative to the busiest hours.
// prettier-ignore
const OFFICE_DAY = [0, 0, 0, 0, 0, 0, 0.01, 0.2, 0.9, 1.3, 1.4, 1.2, 0.9, 1.2, 1.1, 0.8, 0.3, 0.1, 0.04, 0.03, 0.02, 0.01, 0, 0];
// prettier-ignore
const PHARMACY_DAY = [0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.9, 1.1, 1.1, 1, 1, 1, 1, 1, 0.9, 0.6, 0.3, 0.1, 0, 0, 0];
// prettier-ignore
const CLOCK_DAY = [0.12, 0.1, 0.1, 0.1, 0.1, 0.12, 0.3, 0.6, 1, 1.1, 1.1, 1, 0.9, 1, 1, 0.9, 0.6, 0.5, 0.4, 0.4, 0.35, 0.3, 0.2, 0.15];
// prettier-ignore
const AFTER_HOURS_DAY = [0.5, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 0.9, 1, 1, 1, 1, 0.9, 0.8, 0.6];

/** The report rate of an organisation of a rhythm at a local time: working day, Saturday, Sunday or holiday. */
export function rhythmWeight(rhythm: Rhythm, local: OsloTime): number {
  const hour = Math.floor(local.hour);
  const working = isWorkingDay(local);
  const saturday = local.weekday === 6 && !working;
  switch (rhythm) {
    case 'office':
      return OFFICE_DAY[hour] * (working ? 1 : 0.03);
    case 'pharmacy':
      return PHARMACY_DAY[hour] * (working ? 1 : saturday ? 0.45 : 0.03);
    case 'round-the-clock':
      return CLOCK_DAY[hour] * (working ? 1 : 0.45);
    case 'after-hours':
      return working ? AFTER_HOURS_DAY[hour] : 1;
  }
}

/** One hour of the window, as the sampler sees it. */
export interface HourSlot {
  readonly start: number;
  readonly local: OsloTime;
  readonly season: number;
}

/** Every hour from `start` up to `now`, with its local time and season. */
export function hourSlots(start: number, now: number): HourSlot[] {
  const slots: HourSlot[] = [];
  for (let at = start; at < now; at += HOUR_MS) {
    const local = osloTime(at + HOUR_MS / 2);
    slots.push({ start: at, local, season: seasonFactor(local) });
  }
  return slots;
}
