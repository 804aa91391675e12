import { containsIdentityNumber } from '@lagspill/domain';
import { auditedAction, routeNamesCase } from './audited-routes';

/** One row of audit.entries: who did what to which case, when, and how it ended. Never any case text. */
export interface AuditEntry {
  readonly at: Date;
  readonly username: string;
  readonly role: string;
  readonly organisation?: string;
  readonly party?: string;
  readonly action: string;
  readonly caseId?: string;
  readonly caseReference?: string;
  /** The cluster or incident a call named, or a case as the caller named it when it was not found. */
  readonly subject?: string;
  readonly method: string;
  readonly route: string;
  readonly status: number;
}

/** What a finished call tells the audit log; gathered by AuditRecorder. */
export interface FinishedCall {
  readonly at: Date;
  readonly method: string;
  /** The Nest route template (`/api/cases/:id`), never the URL: query strings may hold free text. */
  readonly route: string | undefined;
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly caller:
    { username: string; role: string; organisation?: { id: string }; party?: { id: string } } | undefined;
  /** The case the answer was about (a case view or a submitted report), when it was one. */
  readonly answeredCase: { id: string; reference: string; sharedOriginal?: true } | undefined;
  readonly status: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAFE_NAME = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The entry for a finished call, or undefined when the call is not audited. Calls without a verified
 * caller (401) are left to the access log: there is no one to name. A path parameter is kept only when
 * it cannot be free text, and never when it holds an identity number (a caller may type anything there).
 */
export function auditEntryFor(call: FinishedCall): AuditEntry | undefined {
  if (!call.route || !call.caller) return undefined;
  const audited = auditedAction(call.method, call.route);
  if (!audited) return undefined;
  // A read of identity numbers shared by the reporting organisation is an action of its own (issue 17).
  const action = call.answeredCase?.sharedOriginal ? `${audited}.shared-original` : audited;
  const named = safeName(call.params.id);
  const isCase = routeNamesCase(call.route);
  const caseId = call.answeredCase?.id ?? (isCase && named && UUID.test(named) ? named : undefined);
  const caseReference = call.answeredCase?.reference ?? (isCase && named && !UUID.test(named) ? named : undefined);
  return {
    at: call.at,
    username: call.caller.username,
    role: call.caller.role,
    organisation: call.caller.organisation?.id,
    party: call.caller.party?.id,
    action,
    caseId,
    caseReference,
    subject: isCase ? undefined : named,
    method: call.method,
    route: call.route,
    status: call.status,
  };
}

function safeName(value: string | undefined): string | undefined {
  return value && SAFE_NAME.test(value) && !containsIdentityNumber(value) ? value : undefined;
}
