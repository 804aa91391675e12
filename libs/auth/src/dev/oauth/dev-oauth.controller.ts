import { Body, Controller, Get, Header, Headers, HttpCode, Inject, Post, Query, Redirect } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@lagspill/platform';
import type { TokenResponse } from '../token.response';
import { DevAuthorizationService } from './dev-authorization.service';
import { DEV_OAUTH_PATHS } from './dev-oauth.paths';
import { DevTokenExchangeService } from './dev-token-exchange.service';

/**
 * Dev login only: the authorization code flow with PKCE, so the browser app logs in against the dev
 * provider exactly as it would against HelseID. Parameters are read by OAuth's rules (unknown ones
 * ignored, errors in OAuth's terms), not by the API's DTO validation.
 */
@ApiTags('dev login')
@Public()
@Controller()
export class DevOAuthController {
  constructor(
    @Inject(DevAuthorizationService) private readonly authorization: DevAuthorizationService,
    @Inject(DevTokenExchangeService) private readonly tokens: DevTokenExchangeService,
  ) {}

  @Get(DEV_OAUTH_PATHS.authorize)
  @Redirect(undefined, 302)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Authorization endpoint: log in as the demo user in login_hint, back to redirect_uri with a code',
  })
  @ApiQuery({ name: 'response_type', enum: ['code'] })
  @ApiQuery({ name: 'client_id', example: 'lagspill-web' })
  @ApiQuery({ name: 'redirect_uri', example: 'http://localhost:5173/auth/callback' })
  @ApiQuery({ name: 'state' })
  @ApiQuery({ name: 'code_challenge', description: 'base64url(SHA-256(code_verifier))' })
  @ApiQuery({ name: 'code_challenge_method', enum: ['S256'] })
  @ApiQuery({ name: 'login_hint', example: 'lege.cgm', description: 'A demo user (GET /api/dev/users)' })
  @ApiQuery({ name: 'scope', required: false, example: 'openid profile' })
  @ApiResponse({ status: 302, description: 'To redirect_uri with code and state, or with error and state' })
  @ApiResponse({ status: 400, description: 'client_id or redirect_uri is wrong (never redirected)' })
  authorize(@Query() query: unknown): { url: string } {
    return { url: this.authorization.authorize(query) };
  }

  @Post(DEV_OAUTH_PATHS.token)
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['grant_type', 'code', 'redirect_uri', 'client_id', 'code_verifier'],
      properties: {
        grant_type: { type: 'string', enum: ['authorization_code'] },
        code: { type: 'string' },
        redirect_uri: { type: 'string' },
        client_id: { type: 'string' },
        code_verifier: { type: 'string' },
      },
    },
  })
  @ApiOperation({ summary: 'Token endpoint: a code and its PKCE code_verifier for a bearer token' })
  token(@Body() body: unknown, @Headers('content-type') contentType: string | undefined): Promise<TokenResponse> {
    return this.tokens.exchange(body, contentType);
  }
}
