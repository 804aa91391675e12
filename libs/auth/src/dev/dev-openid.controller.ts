import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@lagspill/platform';
import type { JSONWebKeySet } from 'jose';
import { DevIdentityProvider } from './dev-identity-provider';

/** The dev provider's OpenID Connect discovery document and public keys. */
@ApiExcludeController()
@Public()
@Controller('.well-known')
export class DevOpenIdController {
  constructor(@Inject(DevIdentityProvider) private readonly provider: DevIdentityProvider) {}

  @Get('openid-configuration')
  openIdConfiguration(): Record<string, unknown> {
    return this.provider.openIdConfiguration();
  }

  @Get('jwks.json')
  jwks(): JSONWebKeySet {
    return this.provider.jwks();
  }
}
