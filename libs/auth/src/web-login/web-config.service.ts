import type { WebConfigResponse } from '@lagspill/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, problem, ProblemException } from '@lagspill/platform';
import { DEV_OAUTH_PATHS } from '../dev/oauth/dev-oauth.paths';

type Endpoints = Pick<WebConfigResponse, 'authorizationEndpoint' | 'tokenEndpoint'>;

const DISCOVERY_TIMEOUT_MS = 5000;

/**
 * The browser app's login settings. An outside issuer's endpoints come from its discovery document,
 * read here rather than in the browser (decision 0007): read once, kept after the first success, and
 * read again on the next call after a failure.
 */
@Injectable()
export class WebConfigService {
  private readonly logger = new Logger(WebConfigService.name);
  private endpoints?: Promise<Endpoints>;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async webConfig(): Promise<WebConfigResponse> {
    const endpoints = this.config.devLogin
      ? { authorizationEndpoint: DEV_OAUTH_PATHS.authorize, tokenEndpoint: DEV_OAUTH_PATHS.token }
      : await this.issuerEndpoints();
    return {
      devLogin: this.config.devLogin,
      clientId: this.config.OIDC_CLIENT_ID,
      scope: this.config.OIDC_SCOPE,
      ...endpoints,
    };
  }

  private issuerEndpoints(): Promise<Endpoints> {
    // Callers that arrive while the document is being read share that one read.
    this.endpoints ??= this.discover().catch((error: unknown) => {
      this.endpoints = undefined;
      this.logger.warn({ err: error }, 'The identity provider could not be reached');
      throw new ProblemException(
        problem(503, 'identity-provider-unavailable', {
          detail: "The identity provider's discovery document could not be read; try again shortly",
        }),
      );
    });
    return this.endpoints;
  }

  private async discover(): Promise<Endpoints> {
    const url = `${this.config.oidcIssuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const document = (await response.json()) as Record<string, unknown>;
    // OpenID Connect Discovery §4.3: a document for another issuer must not be used.
    if (document.issuer !== this.config.oidcIssuer) {
      throw new Error(`${url} is for another issuer: ${String(document.issuer)}`);
    }
    const authorizationEndpoint = document.authorization_endpoint;
    const tokenEndpoint = document.token_endpoint;
    if (!isHttpUrl(authorizationEndpoint) || !isHttpUrl(tokenEndpoint)) {
      throw new Error(`${url} names no authorization_endpoint and token_endpoint`);
    }
    return { authorizationEndpoint, tokenEndpoint };
  }
}

function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}
