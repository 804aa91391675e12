import type { WebConfig } from '../api/types';
import { challengeOf, randomToken } from './pkce';

const PENDING_KEY = 'lagspill.login';
const TOKEN_KEY = 'lagspill.token';
export const CALLBACK_PATH = '/auth/callback';

interface PendingLogin {
  readonly state: string;
  readonly verifier: string;
  readonly returnTo: string;
}

export interface StoredToken {
  readonly accessToken: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

/** The bearer token of this tab's session, if it has one that has not run out. */
export function storedToken(now = Date.now()): StoredToken | null {
  const text = sessionStorage.getItem(TOKEN_KEY);
  if (!text) return null;
  try {
    const token = JSON.parse(text) as StoredToken;
    if (typeof token.accessToken === 'string' && token.expiresAt > now) return token;
  } catch {
    // A damaged entry is the same as none.
  }
  sessionStorage.removeItem(TOKEN_KEY);
  return null;
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * Sends the browser to the identity provider (authorization code + PKCE, decision 0007). In dev login
 * the demo user picked on our own login page travels as login_hint.
 */
export async function startLogin(config: WebConfig, options: { loginHint?: string; returnTo?: string } = {}) {
  const pending: PendingLogin = { state: randomToken(16), verifier: randomToken(), returnTo: options.returnTo ?? '/' };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(config.authorizationEndpoint, window.location.origin);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope,
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
    ...(options.loginHint ? { login_hint: options.loginHint } : {}),
  }).toString();
  window.location.assign(url.toString());
}

/** Back from the provider: checks the state, trades the code for a token, and says where to go next. */
export async function completeLogin(config: WebConfig, search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const pendingText = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  const pending = pendingText ? (JSON.parse(pendingText) as PendingLogin) : null;
  const error = params.get('error');
  if (error) throw new LoginError(params.get('error_description') ?? error);
  if (!pending || params.get('state') !== pending.state) {
    throw new LoginError('Innloggingen kunne ikke bekreftes (ukjent eller gammel forespørsel). Prøv igjen.');
  }
  const code = params.get('code');
  if (!code) throw new LoginError('Identitetstilbyderen sendte ingen kode.');
  const response = await fetch(new URL(config.tokenEndpoint, window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const body = (await response.json()) as { access_token?: string; expires_in?: number; error_description?: string };
  if (!response.ok || !body.access_token) {
    throw new LoginError(body.error_description ?? 'Identitetstilbyderen avviste innloggingen.');
  }
  const token: StoredToken = {
    accessToken: body.access_token,
    expiresAt: Date.now() + (body.expires_in ?? 300) * 1000,
  };
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify(token));
  return pending.returnTo.startsWith('/') && !pending.returnTo.startsWith('//') ? pending.returnTo : '/';
}

export class LoginError extends Error {
  override readonly name = 'LoginError';
}

function redirectUri(): string {
  return new URL(CALLBACK_PATH, window.location.origin).toString();
}
