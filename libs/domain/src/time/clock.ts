/**
 * What time it is, for every use case, job and processor that reads the time. Injected (the platform
 * provides `SYSTEM_CLOCK` once), so a test can fix it; pure domain functions take an `at` instead.
 */
export abstract class Clock {
  abstract now(): Date;
}

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };
