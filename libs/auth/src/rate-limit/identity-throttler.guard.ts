import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { problem, ProblemException } from '@lagspill/platform';
import type { AuthenticatedRequest } from '../guard/authenticated-request';

/**
 * RATE_LIMIT_PER_MINUTE per caller across every route. Registered after the AuthGuard, so the caller is
 * known: the key is the directory identity, and several users behind one address (a hospital's NAT) do
 * not share a budget. Calls without a token (the dev login, the web app's settings) count per client IP.
 * Which routes are limited is decided by the matched route, like authentication: health and metrics
 * carry `@SkipThrottle()`, so probes and scrapes are never refused.
 */
@Injectable()
export class IdentityThrottlerGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    return Promise.resolve(context.getType() !== 'http');
  }

  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const { caller, ip } = request as unknown as AuthenticatedRequest;
    return Promise.resolve(caller ? `caller:${caller.username}` : `ip:${ip ?? 'unknown'}`);
  }

  // One budget per caller for every route, not one per route as the throttler keys by default.
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    throw new ProblemException(
      problem(429, 'too-many-requests', {
        detail: `More than ${limit.limit} requests within a minute; try again in ${limit.timeToBlockExpire} s`,
      }),
    );
  }
}
