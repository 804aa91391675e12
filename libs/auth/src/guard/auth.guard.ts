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
import type { Response } from 'express';
import { CallerResolver } from '../caller/caller-resolver';
import { InvalidTokenError } from '../tokens/invalid-token.error';
import { TokenVerifier } from '../tokens/token-verifier';
import { isApiPath } from './api-path';
import type { AuthenticatedRequest } from './authenticated-request';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Every /api route needs a valid bearer token unless marked `@Public()`; health, metrics and the
 * OpenID discovery documents outside /api stay open. Puts the caller on the request and enforces `@Roles()`.
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
    if (!isApiPath(request.path) || this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const response = context.switchToHttp().getResponse<Response>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) {
      // RFC 6750 §3.1: a request without credentials gets the challenge but no error code.
      response.setHeader('WWW-Authenticate', 'Bearer realm="lagspill"');
      throw new UnauthorizedException('The request has no bearer token: send Authorization: Bearer <token>');
    }
    try {
      request.caller = this.callers.resolve(await this.verifier.verify(token));
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
