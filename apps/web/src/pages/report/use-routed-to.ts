import { useEffect, useState } from 'react';
import type { CaseView } from '../../api/types';
import { useSession } from '../../auth/session';

/** How often, and how many times, the confirmation asks whether the new case has been routed. */
export const ROUTING_POLL = { intervalMs: 300, attempts: 34 } as const;

export type RoutedTo =
  | { readonly state: 'routed'; readonly to: NonNullable<CaseView['routedTo']> }
  | { readonly state: 'waiting' }
  /** Not routed within the polls: the case page will say where it went. */
  | { readonly state: 'unknown' };

/**
 * Where a case just reported went, and by when an answer is due. The router routes it a moment after the
 * report is stored, so the report's answer seldom knows yet: the case is read again every 300 ms for
 * about 10 s, and no more once known, given up or the page is left.
 */
export function useRoutedTo(report: CaseView): RoutedTo {
  const { api } = useSession();
  const [found, setFound] = useState<RoutedTo>(
    report.routedTo ? { state: 'routed', to: report.routedTo } : { state: 'waiting' },
  );
  const known = found.state !== 'waiting';

  useEffect(() => {
    if (known) return;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    const ask = async () => {
      attempts += 1;
      try {
        const view = await api.get<CaseView>(`/api/cases/${encodeURIComponent(report.id)}`, abort.signal);
        if (view.routedTo && !abort.signal.aborted) {
          setFound({ state: 'routed', to: view.routedTo });
          return;
        }
      } catch {
        // A failed read says nothing about the routing: ask again while attempts remain.
      }
      if (abort.signal.aborted) return;
      if (attempts >= ROUTING_POLL.attempts) setFound({ state: 'unknown' });
      else timer = setTimeout(() => void ask(), ROUTING_POLL.intervalMs);
    };
    timer = setTimeout(() => void ask(), ROUTING_POLL.intervalMs);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [api, report.id, known]);

  return found;
}
