/** A bearer token for a demo user from the app's built-in login (dev mode). */
export async function devToken(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
