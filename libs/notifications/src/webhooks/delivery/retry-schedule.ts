const MAX_GAP_MS = 3_600_000;

/** When to try a failed delivery again: the base after the first attempt, doubling, at most an hour apart. */
export function nextAttemptAt(attempts: number, now: Date, baseMs: number): Date {
  const gap = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_GAP_MS);
  return new Date(now.getTime() + gap);
}

/** Whether a delivery first tried at `firstAttemptAt` has been retried long enough. */
export function retriedLongEnough(firstAttemptAt: Date, now: Date, retryForMs: number): boolean {
  return now.getTime() - firstAttemptAt.getTime() >= retryForMs;
}
