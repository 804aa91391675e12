import type { Response } from 'supertest';
import { eventually } from '../../../../test/support/eventually';
import type { TestApp } from '../../../../test/support/test-app';

/** What the e2e tests read from a case view (docs/api.md, "A case"). */
export interface CaseBody {
  readonly id: string;
  readonly reference: string;
  readonly version: number;
  readonly status: string;
  readonly title: string;
  readonly description: string;
  readonly technical: Record<string, string>;
  readonly routedTo: { readonly party: string; readonly since: string; readonly dueAt: string } | null;
  readonly comments: readonly {
    readonly kind: string;
    readonly author: string;
    readonly party: string | null;
    readonly visibility: string;
    readonly body: string;
  }[];
  readonly links: readonly { readonly case: string; readonly relation: string }[];
  readonly piiRedacted: number;
}

export interface HistoryBody {
  readonly type: string;
  readonly version: number;
  readonly actor: { readonly name: string; readonly role: string; readonly party: string | null };
  readonly piiRedacted?: number;
  readonly [field: string]: unknown;
}

export const PROBLEM = /^application\/problem\+json/;

/** An SFM sync fault as a GP office reports it; routed to the EPJ vendor by the default rules. */
export function sfmSyncReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: 'sfm',
    subcategory: 'sync',
    title: 'Legemiddellisten i SFM er ikke synkronisert med journalen',
    description: 'Endringer gjort i SFM vises ikke i journalen etter lagring. Gjelder flere pasienter i dag.',
    occurredAt: '2026-11-20T09:30:00Z',
    multidoseMode: 'none',
    harm: 'near-miss',
    scope: { multiplePatients: true, multipleOrganisations: false },
    technical: { traceId: 'trace-4f1c-2026' },
    ...overrides,
  };
}

export const caseBody = (response: Response) => response.body as CaseBody;
export const historyBody = (response: Response) => response.body as HistoryBody[];
export const listBody = (response: Response) => response.body as { items: CaseBody[]; nextCursor: string | null };

/** The case API as the demo users call it, over HTTP only. */
export class CaseApi {
  constructor(private readonly t: TestApp) {}

  /** The Authorization header of a demo user; undefined means no token at all. */
  async authorization(username: string | undefined): Promise<Record<string, string>> {
    return username === undefined ? {} : { Authorization: `Bearer ${await this.t.tokenFor(username)}` };
  }

  async report(username: string | undefined, body: Record<string, unknown> = sfmSyncReport()): Promise<Response> {
    return this.t
      .http()
      .post('/api/reports')
      .set(await this.authorization(username))
      .send(body);
  }

  async get(username: string | undefined, path: string): Promise<Response> {
    return this.t
      .http()
      .get(path)
      .set(await this.authorization(username));
  }

  async put(username: string | undefined, path: string, body: Record<string, unknown>): Promise<Response> {
    return this.t
      .http()
      .put(path)
      .set(await this.authorization(username))
      .send(body);
  }

  async getCase(username: string | undefined, id: string): Promise<Response> {
    return this.get(username, `/api/cases/${id}`);
  }

  async history(username: string | undefined, id: string): Promise<Response> {
    return this.get(username, `/api/cases/${id}/history`);
  }

  async list(username: string | undefined, query = ''): Promise<Response> {
    return this.get(username, `/api/cases${query}`);
  }

  /** POST /api/cases/{id}/{action} with If-Match (a quoted version or an ETag as given). */
  async command(
    username: string | undefined,
    id: string,
    action: string,
    ifMatch: string | number | undefined,
    body?: Record<string, unknown>,
  ): Promise<Response> {
    const call = this.t
      .http()
      .post(`/api/cases/${id}/${action}`)
      .set(await this.authorization(username));
    if (ifMatch !== undefined) call.set('If-Match', typeof ifMatch === 'number' ? `"${ifMatch}"` : ifMatch);
    return body === undefined ? call : call.send(body);
  }

  /** Polls GET /api/cases/{id} as `username` until `done` holds for the case. */
  async waitForCase(username: string, id: string, done: (c: CaseBody) => boolean, what: string): Promise<Response> {
    return eventually(what, async () => {
      const response = await this.getCase(username, id);
      return response.status === 200 && done(caseBody(response)) ? response : undefined;
    });
  }

  /** Polls GET /api/cases as `username` until the case is listed at `version` (the read model caught up). */
  async waitForListed(username: string, id: string, version: number): Promise<CaseBody> {
    return eventually(`case ${id} v${version} in the list of ${username}`, async () => {
      const response = await this.list(username, '?limit=100');
      if (response.status !== 200) throw new Error(`GET /api/cases as ${username} gave ${response.status}`);
      return listBody(response).items.find((c) => c.id === id && c.version === version);
    });
  }

  /** Reports as `username` and waits until the router has routed the case; gives the routed view. */
  async reportedAndRouted(username = 'lege.cgm', body: Record<string, unknown> = sfmSyncReport()): Promise<CaseBody> {
    const reported = await this.report(username, body);
    if (reported.status !== 201) throw new Error(`POST /api/reports gave ${reported.status}: ${reported.text}`);
    const routed = await this.waitForCase(
      username,
      caseBody(reported).id,
      (c) => c.status === 'routed',
      'the router to route the case',
    );
    return caseBody(routed);
  }
}
