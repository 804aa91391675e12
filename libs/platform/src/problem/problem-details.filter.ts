import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '@lagspill/domain';
import type { Request, Response } from 'express';
import { loggableText } from '../logging/log-redaction';
import { problem, PROBLEM_CONTENT_TYPE, type FieldError, type ProblemDetails } from './problem-details';
import { ProblemException } from './problem.exception';
import { ValidationFailedException } from './validation-failed.exception';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  validation: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'precondition-required': 428,
  unprocessable: 422,
};

/**
 * Errors raised by Express's body parser before a request reaches Nest's routing. Nest wraps them in an
 * HttpException whose `cause` is the original, typed error.
 */
const BODY_PARSER_PROBLEMS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'malformed-json', 'The request body is not valid JSON'],
  'entity.too.large': [413, 'body-too-large', 'The request body is larger than this endpoint accepts'],
  'encoding.unsupported': [415, 'unsupported-encoding', 'The request body has an unsupported content encoding'],
  'charset.unsupported': [415, 'unsupported-charset', 'The request body has an unsupported charset'],
  'request.aborted': [400, 'request-aborted', 'The request was aborted before its body was read'],
};

/**
 * The one place where errors become HTTP responses: every error, whether raised by the domain, by
 * validation, by Nest or by the body parser, leaves as an RFC 9457 problem+json document. Nothing
 * unexpected leaks its message: a 500 says only that something failed.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = { ...this.toProblem(error), instance: request.originalUrl };
    if (body.status >= 500) {
      this.logger.error({ err: error }, `${request.method} ${loggableText(request.originalUrl)} failed`);
    }
    if (response.headersSent) return;
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(error: unknown): ProblemDetails {
    if (error instanceof ProblemException) return error.problem;
    if (error instanceof ValidationFailedException) {
      return problem(400, 'validation', { detail: error.message, errors: error.errors });
    }
    const bodyParserProblem = BODY_PARSER_PROBLEMS[bodyParserType(error) ?? ''];
    if (bodyParserProblem) {
      const [status, slug, detail] = bodyParserProblem;
      return problem(status, slug, { detail });
    }
    if (error instanceof DomainError) {
      const status = STATUS_BY_KIND[error.kind];
      // A domain error about fields of the request is reported like a validation error: one field, or a list.
      const { field, errors } = error as { field?: unknown; errors?: unknown };
      return problem(status, error.code.toLowerCase().replaceAll('_', '-'), {
        detail: error.message,
        code: error.code,
        ...(typeof field === 'string' ? { errors: [{ field, message: error.message }] } : {}),
        ...(Array.isArray(errors) ? { errors: errors as FieldError[] } : {}),
      });
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const response = error.getResponse();
      const detail = typeof response === 'string' ? response : (messageOf(response) ?? error.message);
      return problem(status, slugFor(status), { detail });
    }
    return problem(500, 'internal', { detail: 'The server failed to handle the request; it has been logged' });
  }
}

function bodyParserType(error: unknown): string | undefined {
  const source = error instanceof HttpException ? error.cause : error;
  const type = (source as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type : undefined;
}

function messageOf(response: object): string | undefined {
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}

function slugFor(status: number): string {
  return (
    {
      400: 'bad-request',
      401: 'unauthorized',
      403: 'forbidden',
      404: 'not-found',
      405: 'method-not-allowed',
      406: 'not-acceptable',
      409: 'conflict',
      412: 'precondition-failed',
      413: 'body-too-large',
      415: 'unsupported-media-type',
      428: 'precondition-required',
      429: 'too-many-requests',
      503: 'unavailable',
    }[status] ?? `http-${status}`
  );
}
