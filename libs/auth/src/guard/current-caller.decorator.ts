import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from '../caller/caller';
import type { AuthenticatedRequest } from './authenticated-request';

/** The verified caller of an authenticated /api route. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const { caller } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!caller) throw new Error('@CurrentCaller() used on a route without authentication (public or outside /api)');
  return caller;
});
