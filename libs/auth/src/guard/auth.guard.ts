import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@lagspill/domain';
import { IS_PUBLIC } from '@lagspill/platform';
import type { Response } from 'express';
import { CallerResolver } from '../caller/caller-resolver';
import { InvalidTokenError } from '../tokens/invalid-token.error';
import { TokenVerifier } from '../tokens/token-verifier';
import type { AuthenticatedRequest } from './authenticated-request';
import { ROLES } from './roles.decorator';
import { ALLOW_UNENROLLED } from './unenrolled.decorator';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Every route needs a valid bearer token unless its handler or controller is marked `@Public()` (health,
 * metrics, the dev login, the web app's settings). Decided by the route Nest matched, not by the path's
 * spelling, so `/API/...`, `%61pi` or `//api` can never reach a handler unchecked. Puts the caller on the
 * request and enforces `@Roles()`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(CallerResolver) private readonly callers: CallerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const response = context.switchToHttp().getResponse<Response>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) {
      // RFC 6750 §3.1: a request without credentials gets the challenge but no error code.
      response.setHeader('WWW-Authenticate', 'Bearer realm="lagspill"');
      throw new UnauthorizedException('The request has no bearer token: send Authorization: Bearer <token>');
    }
    try {
      request.identity = await this.verifier.verify(token);
      if (this.reflector.getAllAndOverride<boolean>(ALLOW_UNENROLLED, targets)) {
        const person = this.callers.find(request.identity);
        if (person) request.caller = this.callers.toCaller(person);
        return true;
      }
      request.caller = this.callers.resolve(request.identity);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      response.setHeader(
        'WWW-Authenticate',
        `Bearer realm="lagspill", error="invalid_token", error_description="${error.message.replaceAll('"', "'")}"`,
      );
      throw new UnauthorizedException(error.message);
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.caller.role)) {
      throw new ForbiddenException(`This needs the role ${roles.join(' or ')}; the caller is a ${request.caller.role}`);
    }
    return true;
  }
}
