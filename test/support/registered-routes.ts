import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ALLOW_UNENROLLED } from '../../libs/auth/src';
import { IS_PUBLIC } from '../../libs/platform/src';

export interface RegisteredRoute {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The route template as Express holds it, e.g. `/api/cases/:id/acknowledge`. */
  readonly path: string;
  /** Handled by a Nest controller (as opposed to a handler put on Express directly, e.g. Swagger UI). */
  readonly controller: boolean;
  /** Marked `@Public()` on the handler or its controller. */
  readonly public: boolean;
  /** Marked `@AllowUnenrolled()`: also serves a verified token the directory does not know. */
  readonly unenrolled: boolean;
}

interface ExpressLayer {
  readonly route?: { readonly path: string | string[]; readonly methods: Record<string, boolean> };
}

/**
 * Every route the application answers, read from what is registered rather than from a list: Express's
 * router gives the routes as they match requests, Nest's controllers tell which are theirs and which are
 * `@Public()`. Middleware mounted for every GET (the web site's fallback) is not a route.
 */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const controllerRoutes = nestControllerRoutes(app);
  const stack = (app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }).router.stack;
  const routes: RegisteredRoute[] = [];
  for (const layer of stack) {
    if (!layer.route) continue;
    for (const path of [layer.route.path].flat()) {
      // Middleware for every path (metrics, audit) and the site's fallback are not routes.
      if (path.includes('*')) continue;
      for (const method of Object.keys(layer.route.methods).filter((name) => name !== '_all')) {
        const key = `${method.toUpperCase()} ${path}`;
        const fromController = controllerRoutes.get(key);
        routes.push({
          method: method.toUpperCase(),
          path,
          controller: fromController !== undefined,
          public: fromController?.public ?? false,
          unenrolled: fromController?.unenrolled ?? false,
        });
      }
    }
  }
  return routes;
}

/** `METHOD /path` → whether the route is public or serves the unenrolled, for every handler of every controller. */
function nestControllerRoutes(app: INestApplication): Map<string, { public: boolean; unenrolled: boolean }> {
  const routes = new Map<string, { public: boolean; unenrolled: boolean }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prefixes = [(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? ''].flat();
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || paths === undefined) continue;
        const isPublic =
          (Reflect.getMetadata(IS_PUBLIC, handler) as boolean | undefined) ??
          (Reflect.getMetadata(IS_PUBLIC, controller) as boolean | undefined) ??
          false;
        const unenrolled = (Reflect.getMetadata(ALLOW_UNENROLLED, handler) as boolean | undefined) ?? false;
        for (const prefix of prefixes)
          for (const path of [paths].flat())
            routes.set(`${RequestMethod[method]} ${joinPath(prefix, path)}`, { public: isPublic, unenrolled });
      }
    }
  }
  return routes;
}

function joinPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path]
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
  return joined;
}
