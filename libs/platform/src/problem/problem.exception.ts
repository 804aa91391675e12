import { HttpException } from '@nestjs/common';
import type { ProblemDetails } from './problem-details';

/**
 * An error that already knows its problem document, for failures no domain error describes (an
 * identity provider that cannot be reached, an OAuth error with its RFC 6749 members). Sent as it is.
 */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title, problem.status);
  }
}
