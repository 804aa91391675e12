import type { CaseView } from './case-view';

/**
 * Whether the party the case is with has let its due time pass: the one rule for the «Over fristen»
 * mark of the case lists and the CSV export. Only while the clock runs: a finished case is past its
 * clock, and while information is awaited the clock stands still.
 */
export function isOverdue(view: Pick<CaseView, 'status' | 'routedTo'>, now: number): boolean {
  const running = view.status === 'routed' || view.status === 'acknowledged';
  return running && view.routedTo !== null && Date.parse(view.routedTo.dueAt) < now;
}
