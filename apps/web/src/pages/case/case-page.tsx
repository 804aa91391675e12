import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import type { CaseCommandRequests, CaseView, HistoryEntry } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PartyName } from '../../components/party-name';
import { StatusTag } from '../../components/status-tag';
import { Time } from '../../components/time';
import { relativeToNow } from '../../format/oslo-time';
import { useNow } from '../../hooks/use-now';
import { usePageTitle } from '../../hooks/use-page-title';
import { useTaxonomy } from '../../hooks/use-reference-data';
import { useResource } from '../../hooks/use-resource';
import { NotFoundPage } from '../not-found-page';
import { CaseActionsPanel } from './case-actions-panel';
import { CaseDetails } from './case-details';
import { CaseTimeline } from './case-timeline';
import { CommentForm } from './comment-form';
import { FollowCaseButton } from './follow-case-button';
import { ConcernedOrganisationPanel } from './concerned-organisation-panel';
import { IdentitySharingPanel } from './identity-sharing-panel';

/** Sends a change to the case with the version last read, with the body its path takes; returns the new view. */
export type ChangeCase = <P extends keyof CaseCommandRequests>(path: P, body: CaseCommandRequests[P]) => Promise<void>;

export function CasePage() {
  const { key = '' } = useParams();
  const { api, me } = useSession();
  const caseView = useResource<CaseView>(`/api/cases/${encodeURIComponent(key)}`);
  const history = useResource<HistoryEntry[]>(caseView.data ? `/api/cases/${caseView.data.id}/history` : null);
  const [conflict, setConflict] = useState(false);
  const taxonomy = useTaxonomy();
  const now = useNow();
  usePageTitle(caseView.data ? `${caseView.data.reference}: ${caseView.data.title}` : 'Sak');

  const change = useCallback<ChangeCase>(
    async (action, body) => {
      const current = caseView.data;
      if (!current) return;
      setConflict(false);
      try {
        const { body: updated } = await api.request<CaseView>(`/api/cases/${current.id}/${action}`, {
          method: 'POST',
          ifMatch: current.version,
          ...(body ? { body } : {}),
        });
        caseView.set(updated);
        history.reload();
      } catch (error) {
        if (error instanceof ApiError && error.isConflict) {
          // Someone else got there first: show what they did, keep what this person typed.
          setConflict(true);
          caseView.reload();
          history.reload();
        }
        throw error;
      }
    },
    [api, caseView, history],
  );

  if (caseView.error instanceof ApiError && caseView.error.status === 404) return <NotFoundPage />;
  if (caseView.error) return <ErrorAlert error={caseView.error} />;
  const view = caseView.data;
  if (!view || !me) return <Loading what="saken" />;
  const due = view.routedTo?.dueAt;
  const open = !['resolved', 'closed'].includes(view.status);

  return (
    <article className="case-page">
      <header className="case-page__header">
        <Paragraph data-size="sm" className="muted">
          {view.reference} · {taxonomy.categoryLabel(view.category)} ›{' '}
          {taxonomy.subcategoryLabel(view.category, view.subcategory)}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {view.title}
        </Heading>
        <div className="case-page__status">
          <StatusTag status={view.status} />
          {view.routedTo && (
            <Paragraph data-size="sm">
              Hos <PartyName id={view.routedTo.party} />
              {open && due && (
                <>
                  {' '}
                  · frist <Time at={due} /> ({relativeToNow(due, now)})
                </>
              )}
            </Paragraph>
          )}
        </div>
        <FollowCaseButton
          caseId={view.id}
          following={view.following ?? false}
          onChange={(following) => caseView.set({ ...view, following })}
        />
      </header>

      {conflict && (
        <Alert data-color="warning" role="alert">
          <Heading level={2} data-size="xs">
            Noen andre endret saken før deg
          </Heading>
          <Paragraph>
            Vi har hentet den nyeste versjonen nedenfor. Teksten din er tatt vare på: se over endringene og send på nytt
            hvis det fortsatt passer.
          </Paragraph>
        </Alert>
      )}

      <div className="case-page__columns">
        <div className="stack">
          <CaseDetails view={view} />
          <Card data-color="neutral">
            <Heading level={2} data-size="sm">
              Tidslinje
            </Heading>
            {history.error ? (
              <ErrorAlert error={history.error} />
            ) : history.data ? (
              <CaseTimeline entries={history.data} />
            ) : (
              <Loading what="tidslinjen" />
            )}
          </Card>
        </div>
        <div className="stack">
          <CaseActionsPanel view={view} me={me} change={change} />
          <ConcernedOrganisationPanel view={view} me={me} change={change} />
          <IdentitySharingPanel view={view} me={me} change={change} />
          {view.status !== 'closed' && <CommentForm me={me} change={change} />}
        </div>
      </div>
    </article>
  );
}
