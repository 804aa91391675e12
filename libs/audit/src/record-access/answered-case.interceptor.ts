import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { tap, type Observable } from 'rxjs';

/** Where the answered case waits for AuditRecorderMiddleware, on `response.locals`. */
export const ANSWERED_CASE = 'lagspillAuditedCase';

export interface AnsweredCase {
  readonly id: string;
  readonly reference: string;
  /** The answer held identity numbers the reporting organisation shared with the caller's (case view). */
  readonly sharedOriginal?: true;
}

/**
 * Notes which case an answer was about (a case view, a submitted report), so the audit entry names the
 * case by id and reference however the caller named it. Only the two identifiers are kept.
 */
@Injectable()
export class AnsweredCaseInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap((body: unknown) => {
        const answered = answeredCase(body);
        if (answered) response.locals[ANSWERED_CASE] = answered;
      }),
    );
  }
}

function answeredCase(body: unknown): AnsweredCase | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { id, reference, identityNumbers } = body as { id?: unknown; reference?: unknown; identityNumbers?: unknown };
  if (typeof id !== 'string' || typeof reference !== 'string') return undefined;
  return identityNumbers === 'shared' ? { id, reference, sharedOriginal: true } : { id, reference };
}
