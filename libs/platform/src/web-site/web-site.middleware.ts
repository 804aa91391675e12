import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { join, posix, sep } from 'node:path';
import serveStatic from 'serve-static';
import { decodePercentLeniently } from '../http/lenient-percent-decoding';
import { WEB_SITE_OPTIONS, type WebSiteOptions } from './web-site.options';

/** Paths that belong to the server, never to the site: they keep their own answers, 404 problems included. */
const SERVER_PATHS = ['/api', '/dev', '/health', '/metrics', '/.well-known'];
const INDEX = 'index.html';
// Built file names carry a content hash, so a file under assets/ never changes.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the web app's files, with index.html for any other page a browser asks for, so that a deep
 * link to a client-side route (`/saker/PLL-2026-000001`) loads the app. Every answer carries the
 * site's security headers.
 */
@Injectable()
export class WebSiteMiddleware implements NestMiddleware {
  private readonly files: RequestHandler;
  private readonly assets: string;
  private readonly securityHeaders: Readonly<Record<string, string>>;

  constructor(@Inject(WEB_SITE_OPTIONS) private readonly options: WebSiteOptions) {
    this.assets = join(options.root, 'assets') + sep;
    this.securityHeaders = {
      'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        ["connect-src 'self'", ...options.connectSources].join(' '),
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; '),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    this.files = serveStatic(options.root, {
      index: [INDEX],
      // A directory without its slash is a client-side route like any other, not a redirect.
      redirect: false,
      setHeaders: (response, path) => this.setHeaders(response, path.startsWith(this.assets) ? IMMUTABLE : 'no-cache'),
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    if (isServerPath(request.path)) return next();
    this.files(request, response, (error?: unknown) => {
      if (error !== undefined || !/\btext\/html\b/i.test(request.headers.accept ?? '')) return next(error);
      this.setHeaders(response, 'no-cache');
      response.sendFile(INDEX, { root: this.options.root, cacheControl: false }, (failure?: Error) => {
        if (failure) next(failure);
      });
    });
  }

  private setHeaders(response: Response, cacheControl: string): void {
    for (const [name, value] of Object.entries(this.securityHeaders)) response.setHeader(name, value);
    response.setHeader('Cache-Control', cacheControl);
  }
}

/**
 * Whether a path is meant for the server however it is spelled: `/API/audit`, `/%61pi/audit`, `//api`,
 * `/./api`, `/x/../api`, `/api;x/audit` and `/api%2Faudit` are not routes (routing is case-sensitive and exact, so they are 404), but
 * they must get the server's 404 problem, not the site's index.html with a 200.
 */
export function isServerPath(path: string): boolean {
  const normalised = posix.normalize(
    decodePercentLeniently(path)
      .toLowerCase()
      .replace(/;[^/\\]*/g, '')
      .replaceAll('\\', '/'),
  );
  return SERVER_PATHS.some((prefix) => normalised === prefix || normalised.startsWith(prefix + '/'));
}
