/** The first pause between probes; it doubles up to `intervalMs`, so a quick result is seen at once. */
const FIRST_PAUSE_MS = 5;

/**
 * Polls until `probe` gives a value (not undefined), pausing at most `attempts × intervalMs` in all. For the
 * asynchronous parts (router, read model), observed only through the API. The pauses start short and
 * double up to `intervalMs`: most waits (a case routed, a row listed) end within milliseconds, and a fixed
 * interval would sleep out the rest of it every time.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { attempts = 100, intervalMs = 50 } = {},
): Promise<T> {
  const budgetMs = attempts * intervalMs;
  let paused = 0;
  let pause = Math.min(FIRST_PAUSE_MS, intervalMs);
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (paused >= budgetMs) throw new Error(`Gave up waiting for ${what} after ${budgetMs} ms of pauses`);
    await new Promise((resolve) => setTimeout(resolve, pause));
    paused += pause;
    pause = Math.min(pause * 2, intervalMs);
  }
}
