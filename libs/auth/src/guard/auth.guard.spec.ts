import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Directory } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { Public } from '@lagspill/platform';
import { createLocalJWKSet } from 'jose';
import { CallerResolver } from '../caller/caller-resolver';
import { DevIdentityProvider } from '../dev/dev-identity-provider';
import { TokenVerifier } from '../tokens/token-verifier';
import { AuthGuard } from './auth.guard';
import type { AuthenticatedRequest } from './authenticated-request';
import { Roles } from './roles.decorator';

const ISSUER = 'http://localhost:3000';

class ExampleController {
  open(): void {}

  @Public()
  publicRoute(): void {}

  @Roles('responder', 'coordinator')
  respondersOnly(): void {}
}

function httpContext(path: string, handler: () => void, authorization?: string) {
  const request = { path, headers: { authorization } } as AuthenticatedRequest;
  const headers: Record<string, string> = {};
  const response = { setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value) };
  const context = {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => ExampleController,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  return { context, request, headers };
}

describe('AuthGuard', () => {
  let provider: DevIdentityProvider;
  let guard: AuthGuard;
  const { open, publicRoute, respondersOnly } = ExampleController.prototype;
  const bearer = async (username: string) => `Bearer ${(await provider.issueToken(username, username)).access_token}`;

  beforeAll(async () => {
    provider = await DevIdentityProvider.create({ issuer: ISSUER, audience: 'lagspill' });
    const verifier = new TokenVerifier({
      issuer: ISSUER,
      audience: 'lagspill',
      keys: createLocalJWKSet(provider.jwks()),
    });
    guard = new AuthGuard(new Reflector(), verifier, new CallerResolver(new Directory(DEMO_DIRECTORY)));
  });

  it('lets a @Public() route through without a token, whatever its path', async () => {
    await expect(guard.canActivate(httpContext('/api/dev/users', publicRoute).context)).resolves.toBe(true);
    await expect(guard.canActivate(httpContext('/health/live', publicRoute).context)).resolves.toBe(true);
  });

  it('challenges a route that is not @Public() whatever its path looks like', async () => {
    for (const path of ['/health/live', '/apis', '/API/audit', '/Api/parties', '/%61pi/me', '//api/me']) {
      const { context, headers } = httpContext(path, open);
      await expect(guard.canActivate(context)).rejects.toThrow(UnauthorizedException);
      expect(headers['www-authenticate']).toBe('Bearer realm="lagspill"');
    }
  });

  it('challenges an /api call without a token', async () => {
    const { context, headers } = httpContext('/api/me', open);
    await expect(guard.canActivate(context)).rejects.toThrow(UnauthorizedException);
    expect(headers['www-authenticate']).toBe('Bearer realm="lagspill"');
  });

  it('answers a bad token with invalid_token', async () => {
    const { context, headers } = httpContext('/api/me', open, 'Bearer abc.def.ghi');
    await expect(guard.canActivate(context)).rejects.toThrow(UnauthorizedException);
    expect(headers['www-authenticate']).toMatch(/^Bearer realm="lagspill", error="invalid_token", error_description="/);
  });

  it('puts the verified caller on the request', async () => {
    const { context, request } = httpContext('/api/me', open, await bearer('lege.cgm'));
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.caller).toMatchObject({ username: 'lege.cgm', role: 'reporter', region: 'helse-nord' });
  });

  it('enforces @Roles()', async () => {
    const responder = httpContext('/api/cases/1/forward', respondersOnly, await bearer('support.cgm'));
    await expect(guard.canActivate(responder.context)).resolves.toBe(true);
    const reporter = httpContext('/api/cases/1/forward', respondersOnly, await bearer('lege.cgm'));
    await expect(guard.canActivate(reporter.context)).rejects.toThrow(ForbiddenException);
    await expect(guard.canActivate(reporter.context)).rejects.toThrow(
      /responder or coordinator; the caller is a reporter/,
    );
  });
});
