/** Where the dev provider's OAuth endpoints are, for its routes, its discovery document and web-config. */
export const DEV_OAUTH_PATHS = {
  authorize: '/api/dev/oauth/authorize',
  token: '/api/dev/oauth/token',
} as const;
