import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { VerifiedToken } from '../tokens/verified-token';
import type { AuthenticatedRequest } from './authenticated-request';

export const ALLOW_UNENROLLED = 'lagspill:allow-unenrolled';

/**
 * The route also serves someone with a valid token whom the directory does not know (yet): they get
 * `@VerifiedIdentity()` and no caller. For asking to be enrolled; never for anything else.
 */
export const AllowUnenrolled = (): MethodDecorator => SetMetadata(ALLOW_UNENROLLED, true);

/** The verified token of the request (on an `@AllowUnenrolled()` route, whether or not the person is known). */
export const VerifiedIdentity = createParamDecorator((_: unknown, context: ExecutionContext): VerifiedToken => {
  const { identity } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!identity) throw new Error('@VerifiedIdentity() used on a route without authentication');
  return identity;
});
