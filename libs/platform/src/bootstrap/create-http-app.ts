import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { DatabaseUnavailableInterceptor } from '../database/database-unavailable.interceptor';
import { setupOpenApi } from '../openapi/setup-openapi';
import { ProblemDetailsFilter } from '../problem/problem-details.filter';
import { createValidationPipe } from '../problem/validation.pipe';
import { assignRequestId, runInRequestContext } from '../http/request-context';
import { crossOriginOptions } from './cross-origin';
import { privateApiResponses } from './private-api-responses';
import { securityHeaders } from './security-headers';

/** Largest JSON or form body any endpoint takes; larger ones get 413 problem+json. */
export const JSON_BODY_LIMIT = '256kb';

/**
 * Routes that take a whole file as their body (a national directory is tens of megabytes of CSV or
 * JSON): they get the raw bytes, whatever the content type, up to FILE_BODY_LIMIT, and parse it themselves.
 */
export const FILE_UPLOAD_ROUTES = ['/api/directory/imports'];
export const FILE_BODY_LIMIT = '64mb';

/**
 * Builds a deployable's HTTP application the same way for `main.ts` and for end-to-end tests: request
 * ids, pino logging, security headers, CORS for the configured origins, problem+json for every error, strict validation,
 * body limits, no caching of /api, OpenAPI.
 */
export async function createHttpApp(rootModule: DynamicModule, title: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule, new ExpressAdapter(caseSensitiveExpress()), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.use(securityHeaders());
  app.enableCors(crossOriginOptions(app.get(AppConfig).corsOrigins));
  app.use('/api', privateApiResponses);
  app.use(FILE_UPLOAD_ROUTES, express.raw({ type: () => true, limit: FILE_BODY_LIMIT }));
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  // OAuth token requests are forms (RFC 6749 §4.1.3); flat name=value pairs are all they need.
  app.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: false });
  app.use(runInRequestContext);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new DatabaseUnavailableInterceptor());
  setupOpenApi(app, title);
  await app.init();
  return app;
}

/**
 * Express matches paths case-insensitively by default, so `/API/audit` would reach the handler of
 * `/api/audit` while anything that looked at the path's spelling took it for another path. One spelling
 * per route: `/API/...` is 404. The router reads the setting once, when it is first created, so it is set
 * before Nest registers anything.
 */
function caseSensitiveExpress(): express.Express {
  const instance = express();
  instance.enable('case sensitive routing');
  return instance;
}
