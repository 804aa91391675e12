import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { catchError, type Observable } from 'rxjs';
import { problem } from '../problem/problem-details';
import { ProblemException } from '../problem/problem.exception';
import { isDatabaseUnavailable } from './database-unavailable';

/** About how long a restart of PostgreSQL takes; clients should not retry sooner. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Turns a request that failed because the database cannot be reached into 503
 * `/problems/database-unavailable` with `Retry-After`, so that clients and load balancers see a passing
 * outage, which a retry (with the same Idempotency-Key) gets through, rather than a 500 that looks like
 * a bug.
 */
@Injectable()
export class DatabaseUnavailableInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (context.getType() !== 'http' || !isDatabaseUnavailable(error)) throw error;
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        throw new ProblemException(
          problem(503, 'database-unavailable', {
            detail: `The database cannot be reached. Retry in ${DATABASE_RETRY_AFTER_SECONDS} s; a report sent again with its Idempotency-Key makes no second case`,
          }),
        );
      }),
    );
  }
}
