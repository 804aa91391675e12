/** Whether a request path is under /api, the part of the server that needs a caller. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
