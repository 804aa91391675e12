/** What the browser app needs to log in: an OAuth public client with authorization code and PKCE. */
export interface WebConfigResponse {
  /** The built-in provider: the app lists the demo users and names the chosen one in `login_hint`. */
  readonly devLogin: boolean;
  readonly clientId: string;
  /** Scopes to ask for, separated by spaces. */
  readonly scope: string;
  /** Absolute at an outside issuer; with dev login a path on this server, whatever host the page came from. */
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
}
