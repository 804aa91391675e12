import type { CaseDocument } from '@lagspill/domain';

/**
 * When the case is due with the party it is with now: exactly the `routedTo.dueAt` its view shows
 * (toCaseView): the first-response due time until the party responded, then the resolution due time;
 * null for a case never routed. While information is awaited the SLA clock stands still and this stays
 * at the due time the clock stopped at; `case.information-provided` moves it on by the pause. A resolved
 * or closed case keeps the due time its view shows. Stored as `casework.case_view.due_at` (sort=due).
 */
export function dueAtOf(document: CaseDocument): string | null {
  const routedTo = document.routedTo;
  if (!routedTo) return null;
  return routedTo.responded ? routedTo.resolutionDueAt : routedTo.firstResponseDueAt;
}
