/**
 * Polls until `probe` gives a value (not undefined), at most `attempts` times `intervalMs` apart. For the
 * asynchronous parts (router, read model), observed only through the API.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { attempts = 100, intervalMs = 50 } = {},
): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Gave up waiting for ${what} after ${attempts} attempts`);
}
