import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { query } from '../../../api/api-client';
import { ApiError } from '../../../api/api-error';
import type { EnrolmentRequestEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { LabelOptions } from '../../../components/label-options';
import { Loading } from '../../../components/loading';
import { Time } from '../../../components/time';
import { useFilters } from '../../../hooks/use-filters';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { SavedAlert } from '../directory-fields';
import { ENROLMENT_STATUS_COLORS, ENROLMENT_STATUS_LABELS, regionName } from '../directory-labels';
import { norwegianMessage } from '../directory-messages';

/**
 * People who logged in but are not in the directory and asked for access: a coordinator decides their
 * region's, an admin any. Approving makes the person a reporter of the organisation they asked for.
 */
export function EnrolmentRequestsPage() {
  usePageTitle('Tilgang');
  const { me } = useSession();
  const filters = useFilters();
  // Those waiting first: that is what the page is for.
  const status = filters.get('status') || 'pending';
  const requests = useResource<EnrolmentRequestEntry[]>(
    `/api/enrolment-requests${query({ status: status === 'all' ? undefined : status })}`,
  );
  const [decided, setDecided] = useState<string | null>(null);

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Forespørsler om tilgang
      </Heading>
      <Paragraph>
        Helsepersonell som har logget inn, men som ikke står i katalogen, ber om tilgang her.{' '}
        {me?.role === 'coordinator'
          ? `Du ser forespørslene til virksomheter i ${regionName(me.region)}.`
          : 'Du ser forespørslene fra alle regioner.'}{' '}
        Godkjenner du, blir personen melder for virksomheten.
      </Paragraph>
      <div className="filter-bar" role="search" aria-label="Filtrer forespørsler">
        <Field>
          <Label htmlFor="filter-status">Status</Label>
          <Select id="filter-status" value={status} onChange={(e) => filters.set('status', e.target.value)}>
            <LabelOptions labels={ENROLMENT_STATUS_LABELS} />
            <SelectOption value="all">Alle</SelectOption>
          </Select>
        </Field>
      </div>
      {decided && <SavedAlert>{decided}</SavedAlert>}
      <ErrorAlert error={requests.error} />
      {!requests.data ? (
        requests.error ? null : (
          <Loading what="forespørsler" />
        )
      ) : requests.data.length === 0 ? (
        <Paragraph>{status === 'pending' ? 'Ingen forespørsler venter på svar.' : 'Ingen forespørsler.'}</Paragraph>
      ) : (
        <ul className="case-list" aria-label="Forespørsler">
          {requests.data.map((request) => (
            <li key={request.requestId}>
              <RequestCard
                request={request}
                onDecided={(next, message) => {
                  setDecided(message);
                  requests.set(
                    (requests.data ?? [])
                      .map((other) => (other.requestId === next.requestId ? next : other))
                      .filter((other) => status === 'all' || other.status === status),
                  );
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestCard({
  request,
  onDecided,
}: {
  readonly request: EnrolmentRequestEntry;
  readonly onDecided: (request: EnrolmentRequestEntry, message: string) => void;
}) {
  const { api } = useSession();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const headingId = `foresporsel-${request.requestId}`;
  const path = `/api/enrolment-requests/${encodeURIComponent(request.requestId)}`;

  const decide = async (decision: 'approve' | 'refuse') => {
    if (decision === 'refuse' && reason.trim() === '') {
      setReasonError('Skriv hvorfor, så personen vet hva som mangler.');
      return;
    }
    setBusy(true);
    setFailure(undefined);
    setReasonError(undefined);
    try {
      const { body } = await api.request<EnrolmentRequestEntry>(`${path}/${decision}`, {
        method: 'POST',
        ...(decision === 'refuse' ? { body: { reason: reason.trim() } } : {}),
      });
      onDecided(
        body,
        decision === 'approve'
          ? `${request.name} har fått tilgang som melder for ${request.organisationName ?? request.organisation}.`
          : `Forespørselen fra ${request.name} er avslått.`,
      );
    } catch (error) {
      const message = error instanceof ApiError ? error.fieldError('reason') : undefined;
      if (message) setReasonError(norwegianMessage(message));
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" asChild>
      <article aria-labelledby={headingId}>
        <div className="stack stack--tight">
          <div className="case-card__top">
            <Heading level={2} data-size="xs" id={headingId}>
              {request.name} – {request.organisationName ?? request.organisation}
            </Heading>
            <Tag data-color={ENROLMENT_STATUS_COLORS[request.status]} data-size="sm">
              {ENROLMENT_STATUS_LABELS[request.status]}
            </Tag>
          </div>
          <Paragraph data-size="sm" className="muted">
            {request.email}
            {request.hprNumber ? ` · HPR ${request.hprNumber}` : ' · uten HPR-nummer'} · brukernavn {request.username}
            {request.region ? ` · ${regionName(request.region)}` : ''} · spurte <Time at={request.requestedAt} />
          </Paragraph>
          {request.message && <Paragraph className="timeline__text">«{request.message}»</Paragraph>}
          {request.status !== 'pending' && (
            <Paragraph data-size="sm">
              {request.status === 'approved' ? 'Godkjent' : 'Avslått'}
              {request.decidedBy ? ` av ${request.decidedBy}` : ''}
              {request.decidedAt && (
                <>
                  {' '}
                  <Time at={request.decidedAt} />
                </>
              )}
              {request.reason ? `: ${request.reason}` : '.'}
            </Paragraph>
          )}
          <ErrorAlert error={failure} />
          {request.status === 'pending' && (
            <>
              <div className="actions actions--wrap">
                <Button
                  data-size="sm"
                  onClick={() => void decide('approve')}
                  disabled={busy}
                  aria-describedby={headingId}
                >
                  Godkjenn
                </Button>
                <Button
                  data-size="sm"
                  variant="secondary"
                  data-color="danger"
                  aria-expanded={refusing}
                  aria-describedby={headingId}
                  onClick={() => setRefusing(!refusing)}
                >
                  Avslå
                </Button>
              </div>
              {refusing && (
                <form
                  className="stack stack--tight"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void decide('refuse');
                  }}
                  noValidate
                >
                  <Textfield
                    id={`${headingId}-grunn`}
                    multiline
                    rows={2}
                    label="Hvorfor avslås forespørselen?"
                    description="Personen ser begrunnelsen."
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    error={reasonError}
                  />
                  <div className="actions">
                    <Button type="submit" data-size="sm" data-color="danger" loading={busy} disabled={busy}>
                      Avslå forespørselen
                    </Button>
                  </div>
                </form>
              )}
            </>
          )}
        </div>
      </article>
    </Card>
  );
}
