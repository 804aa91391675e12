import type { NextFunction, Request, Response } from 'express';

/**
 * Every /api answer is about one caller (a case as their party may see it), so no cache may keep it:
 * a browser would otherwise revalidate the reporter's cached case with its ETag after a logout, get 304
 * and show the next user — a responder — the unredacted text. Handlers may still set their own value.
 */
export function privateApiResponses(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  response.vary('Authorization');
  next();
}
