import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { tap, type Observable } from 'rxjs';

/** Where the answered case waits for AuditRecorderMiddleware, on `response.locals`. */
export const ANSWERED_CASE = 'lagspillAuditedCase';

export interface AnsweredCase {
  readonly id: string;
  readonly reference: string;
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
  const { id, reference } = body as { id?: unknown; reference?: unknown };
  return typeof id === 'string' && typeof reference === 'string' ? { id, reference } : undefined;
}
