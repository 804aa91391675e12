import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

const OPENAPI_UI = '/api/docs';

/**
 * Helmet's headers on every answer. What the server itself sends (JSON, problems, metrics) is never a
 * page, so its policy allows nothing at all and no framing. The Swagger UI is a page of this server's own
 * scripts and styles, so it gets Helmet's same-origin default. The web site sets its own policy over
 * this one (libs/platform/src/web-site), as its middleware runs later.
 */
export function securityHeaders(): RequestHandler {
  const nothing = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  });
  const openApiUi = helmet();
  return (request: Request, response: Response, next: NextFunction) =>
    (isOpenApiUi(request.path) ? openApiUi : nothing)(request, response, next);
}

function isOpenApiUi(path: string): boolean {
  return path === OPENAPI_UI || path.startsWith(`${OPENAPI_UI}/`);
}
