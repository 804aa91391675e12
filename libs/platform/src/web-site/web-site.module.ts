import {
  Inject,
  Logger,
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig } from '../config/app-config';
import { WebSiteMiddleware } from './web-site.middleware';
import { WEB_SITE_OPTIONS, type WebSiteOptions } from './web-site.options';

/**
 * The built web app at `/`. Without an index.html in its root there is no site, only a warning at start:
 * the API and the tests need no web build.
 */
@Module({})
export class WebSiteModule implements NestModule {
  private readonly logger = new Logger(WebSiteModule.name);

  constructor(@Inject(WEB_SITE_OPTIONS) private readonly options: WebSiteOptions) {}

  static forRoot(options: WebSiteOptions): DynamicModule {
    return {
      module: WebSiteModule,
      providers: [{ provide: WEB_SITE_OPTIONS, useValue: { ...options, root: resolve(options.root) } }],
    };
  }

  /** The site as the configuration says: its root, and the identity provider it may call. */
  static forConfig(config: AppConfig): DynamicModule {
    return WebSiteModule.forRoot({
      root: config.WEB_ROOT,
      // The browser fetches tokens from the identity provider itself, unless it is this server.
      connectSources: config.devLogin ? [] : [new URL(config.oidcIssuer).origin],
    });
  }

  configure(consumer: MiddlewareConsumer): void {
    if (!existsSync(join(this.options.root, 'index.html'))) {
      this.logger.warn(`No web app: ${this.options.root} has no index.html (build it, or set WEB_ROOT)`);
      return;
    }
    // As a GET route (which Express also runs for HEAD), not a mount: a mount would strip the path it matched.
    consumer.apply(WebSiteMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.GET });
  }
}
