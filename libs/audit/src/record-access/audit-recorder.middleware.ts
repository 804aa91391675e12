import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { Clock } from '@lagspill/domain';
import type { Caller } from '@lagspill/auth';
import type { NextFunction, Request, Response } from 'express';
import { auditEntryFor } from './audit-entry';
import { AuditEntryRepository } from './audit-entry.repository';
import { ANSWERED_CASE, type AnsweredCase } from './answered-case.interceptor';

/**
 * Records each audited call when its answer has been sent (decision 0011): after the guard, the handler
 * and the problem filter, so the outcome is the status the caller got, 403 and 409 included. Writing after
 * the answer keeps the log off the request path; a failed write is logged (without case text), never
 * turned into the caller's error.
 */
@Injectable()
export class AuditRecorderMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Audit');

  constructor(
    @Inject(AuditEntryRepository) private readonly entries: AuditEntryRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  use(request: Request & { caller?: Caller }, response: Response, next: NextFunction): void {
    const at = this.clock.now();
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      const entry = auditEntryFor({
        at,
        method: request.method,
        route: route === undefined ? undefined : `${request.baseUrl}${route}`,
        params: request.params as Record<string, string | undefined>,
        caller: request.caller,
        answeredCase: response.locals[ANSWERED_CASE] as AnsweredCase | undefined,
        status: response.statusCode,
      });
      if (!entry) return;
      this.entries
        .append(entry)
        .catch((error: unknown) =>
          this.logger.error(
            { err: error, action: entry.action, username: entry.username, caseId: entry.caseId, status: entry.status },
            'An audit entry could not be written',
          ),
        );
    });
    next();
  }
}
