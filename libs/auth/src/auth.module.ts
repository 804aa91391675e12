import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { Clock } from '@lagspill/domain';
import { AppConfig } from '@lagspill/platform';
import { createLocalJWKSet, createRemoteJWKSet } from 'jose';
import { CallerResolver } from './caller/caller-resolver';
import { DevIdentityProvider } from './dev/dev-identity-provider';
import { DevLoginController } from './dev/dev-login.controller';
import { DevLoginService } from './dev/dev-login.service';
import { DevOpenIdController } from './dev/dev-openid.controller';
import { AuthorizationCodeStore } from './dev/oauth/authorization-code.store';
import { DevAuthorizationService } from './dev/oauth/dev-authorization.service';
import { DevOAuthController } from './dev/oauth/dev-oauth.controller';
import { DevTokenExchangeService } from './dev/oauth/dev-token-exchange.service';
import { AuthGuard } from './guard/auth.guard';
import { MeController } from './me/me.controller';
import { IdentityThrottlerGuard } from './rate-limit/identity-throttler.guard';
import { TokenVerifier } from './tokens/token-verifier';
import { WebConfigController } from './web-login/web-config.controller';
import { WebConfigService } from './web-login/web-config.service';

/**
 * Bearer-token authentication for every /api route, and the browser app's login settings. With dev login
 * the built-in OpenID provider and the /api/dev endpoints exist; without it they are not registered at
 * all, and keys come from the issuer.
 */
@Module({})
export class AuthModule {
  static forRoot(config: AppConfig): DynamicModule {
    const rateLimited = config.RATE_LIMIT_PER_MINUTE > 0;
    const shared: Provider[] = [
      CallerResolver,
      WebConfigService,
      // Global guards run in the order they are provided: the throttler keys on the caller the AuthGuard found.
      { provide: APP_GUARD, useClass: AuthGuard },
      ...(rateLimited ? [{ provide: APP_GUARD, useClass: IdentityThrottlerGuard }] : []),
    ];
    const imports = [
      ...(rateLimited ? [ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }])] : []),
    ];
    const controllers = [MeController, WebConfigController];
    if (!config.devLogin) {
      return {
        module: AuthModule,
        imports,
        controllers,
        providers: [...shared, remoteVerifier],
        exports: [TokenVerifier, CallerResolver],
      };
    }
    return {
      module: AuthModule,
      imports,
      controllers: [...controllers, DevLoginController, DevOpenIdController, DevOAuthController],
      providers: [
        ...shared,
        devProvider,
        devVerifier,
        DevLoginService,
        AuthorizationCodeStore,
        DevAuthorizationService,
        DevTokenExchangeService,
      ],
      exports: [TokenVerifier, CallerResolver],
    };
  }
}

const remoteVerifier: Provider = {
  provide: TokenVerifier,
  inject: [AppConfig, Clock],
  useFactory: (config: AppConfig, clock: Clock) =>
    new TokenVerifier({
      issuer: config.oidcIssuer,
      audience: config.OIDC_AUDIENCE,
      keys: createRemoteJWKSet(
        new URL(config.OIDC_JWKS_URI ?? `${config.oidcIssuer.replace(/\/+$/, '')}/.well-known/jwks.json`),
      ),
      clock,
    }),
};

const devProvider: Provider = {
  provide: DevIdentityProvider,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    DevIdentityProvider.create({ issuer: config.oidcIssuer, audience: config.OIDC_AUDIENCE }),
};

const devVerifier: Provider = {
  provide: TokenVerifier,
  inject: [AppConfig, DevIdentityProvider, Clock],
  useFactory: (config: AppConfig, provider: DevIdentityProvider, clock: Clock) =>
    new TokenVerifier({
      issuer: config.oidcIssuer,
      audience: config.OIDC_AUDIENCE,
      keys: createLocalJWKSet(provider.jwks()),
      clock,
    }),
};
