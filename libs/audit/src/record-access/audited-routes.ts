/**
 * What each audited call is called in the log, by HTTP method and Nest route template. Reads are audited
 * only where they show a case's details (Normen's Faktaark 14: access to health information); every
 * change is audited, so a write route missing here is still recorded, under its method and route.
 */
const ACTIONS: Readonly<Record<string, string>> = {
  'GET /api/cases/:id': 'case.read',
  'GET /api/cases/:id/history': 'case.read-history',
  // Every case's details in one file: a read of health information like the case view's.
  'GET /api/cases/export.csv': 'cases.export',
  'POST /api/reports': 'report.submit',
  'POST /api/cases/:id/acknowledge': 'case.acknowledge',
  'POST /api/cases/:id/comments': 'case.comment',
  'POST /api/cases/:id/request-information': 'case.request-information',
  'POST /api/cases/:id/provide-information': 'case.provide-information',
  'POST /api/cases/:id/forward': 'case.forward',
  'POST /api/cases/:id/resolve': 'case.resolve',
  'POST /api/cases/:id/reopen': 'case.reopen',
  'POST /api/cases/:id/close': 'case.close',
  'POST /api/cases/:id/link': 'case.link',
  'POST /api/cases/:id/concerned-organisation': 'case.set-concerned-organisation',
  'POST /api/cases/:id/identity-sharing': 'case.identity-sharing',
  'PUT /api/routing/rules': 'routing-rules.publish',
  'PUT /api/routing/regions/:region/rules': 'routing-rules.publish',
  'PUT /api/routing/national/rules': 'routing-rules.publish',
  'POST /api/clusters/:id/confirm': 'cluster.confirm',
  'POST /api/clusters/:id/reject': 'cluster.reject',
  'POST /api/incidents/:id/updates': 'incident.publish-update',
  'POST /api/incidents/:id/updates/:updateId/acknowledge': 'incident.acknowledge-update',
  'POST /api/webhooks': 'webhook.register',
  'DELETE /api/webhooks/:id': 'webhook.delete',
  'PUT /api/me/notifications': 'notifications.choose',
};

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The dev login hands out tokens for demo users; it is no access to health information. */
const UNAUDITED_PREFIXES = ['/api/dev/'];

/** The action to record for a call, or undefined when the call is not audited. */
export function auditedAction(method: string, route: string): string | undefined {
  if (!route.startsWith('/api/') || UNAUDITED_PREFIXES.some((prefix) => route.startsWith(prefix))) return undefined;
  const known = ACTIONS[`${method} ${route}`];
  if (known) return known;
  return READS.has(method) ? undefined : `${method} ${route}`;
}

/** Whether the call's `:id` names a case (an id or a reference), rather than a cluster or an incident. */
export function routeNamesCase(route: string): boolean {
  return route.startsWith('/api/cases/:id');
}
