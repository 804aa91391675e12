export const WEB_SITE_OPTIONS = Symbol('WEB_SITE_OPTIONS');

export interface WebSiteOptions {
  /** The built web app; relative paths are taken from the working directory. */
  readonly root: string;
  /** Origins besides this server's own that the app may call (the identity provider's token endpoint). */
  readonly connectSources: readonly string[];
}
