import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@lagspill/domain';
import { randomBytes } from 'node:crypto';

/** A code lives long enough for a browser to come back from the redirect, and no longer. */
export const CODE_LIFETIME_MS = 60_000;

/** What an authorization code stands for, as the authorize request fixed it. */
export interface AuthorizationGrant {
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly username: string;
}

/**
 * The dev provider's outstanding authorization codes, in memory: codes are single-use and live 60 s,
 * and a restart simply ends the logins under way.
 */
@Injectable()
export class AuthorizationCodeStore {
  private readonly grants = new Map<string, AuthorizationGrant & { readonly expiresAt: number }>();

  constructor(@Inject(Clock) private readonly clock: Clock) {}

  /** A new code for the grant: 32 random bytes, base64url. */
  issue(grant: AuthorizationGrant): string {
    this.forgetExpired();
    const code = randomBytes(32).toString('base64url');
    this.grants.set(code, { ...grant, expiresAt: this.clock.now().getTime() + CODE_LIFETIME_MS });
    return code;
  }

  /** The code's grant if it is still valid; either way the code is used up. */
  take(code: string): AuthorizationGrant | undefined {
    const grant = this.grants.get(code);
    this.grants.delete(code);
    if (!grant || grant.expiresAt <= this.clock.now().getTime()) return undefined;
    const { expiresAt: _, ...rest } = grant;
    return rest;
  }

  /** How many codes are held (expired ones included until the next issue). */
  get size(): number {
    return this.grants.size;
  }

  // Abandoned logins would otherwise hold their codes for as long as the process runs.
  private forgetExpired(): void {
    const now = this.clock.now().getTime();
    for (const [code, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(code);
  }
}
