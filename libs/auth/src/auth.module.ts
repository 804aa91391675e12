import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from '@lagspill/platform';
import { createLocalJWKSet, createRemoteJWKSet } from 'jose';
import { CallerResolver } from './caller/caller-resolver';
import { DevIdentityProvider } from './dev/dev-identity-provider';
import { DevLoginController } from './dev/dev-login.controller';
import { DevLoginService } from './dev/dev-login.service';
import { DevOpenIdController } from './dev/dev-openid.controller';
import { DirectoryModule } from './directory/directory.module';
import { AuthGuard } from './guard/auth.guard';
import { MeController } from './me/me.controller';
import { TokenVerifier } from './tokens/token-verifier';

/**
 * Bearer-token authentication for every /api route. With dev login the built-in OpenID provider and the
 * /api/dev endpoints exist; without it they are not registered at all, and keys come from the issuer.
 */
@Module({})
export class AuthModule {
  static forRoot(config: AppConfig): DynamicModule {
    const shared: Provider[] = [CallerResolver, { provide: APP_GUARD, useClass: AuthGuard }];
    if (!config.devLogin) {
      return {
        module: AuthModule,
        imports: [DirectoryModule],
        controllers: [MeController],
        providers: [...shared, remoteVerifier],
        exports: [TokenVerifier, CallerResolver],
      };
    }
    return {
      module: AuthModule,
      imports: [DirectoryModule],
      controllers: [MeController, DevLoginController, DevOpenIdController],
      providers: [...shared, devProvider, devVerifier, DevLoginService],
      exports: [TokenVerifier, CallerResolver],
    };
  }
}

const remoteVerifier: Provider = {
  provide: TokenVerifier,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    new TokenVerifier({
      issuer: config.oidcIssuer,
      audience: config.OIDC_AUDIENCE,
      keys: createRemoteJWKSet(
        new URL(config.OIDC_JWKS_URI ?? `${config.oidcIssuer.replace(/\/+$/, '')}/.well-known/jwks.json`),
      ),
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
  inject: [AppConfig, DevIdentityProvider],
  useFactory: (config: AppConfig, provider: DevIdentityProvider) =>
    new TokenVerifier({
      issuer: config.oidcIssuer,
      audience: config.OIDC_AUDIENCE,
      keys: createLocalJWKSet(provider.jwks()),
    }),
};
