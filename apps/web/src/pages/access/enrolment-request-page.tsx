import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { query } from '../../api/api-client';
import type { EnrolmentRequestAsked, EnrolmentRequestEntry, MyEnrolment, OrganisationChoice } from '../../api/types';
import { forgetToken, startLogin } from '../../auth/login-flow';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { OrganisationPicker, type OrganisationOption } from '../../components/organisation-picker';
import { Time } from '../../components/time';
import { usePageTitle } from '../../hooks/use-page-title';
import { useResource } from '../../hooks/use-resource';
import { Facts, FormProblems } from '../directory/directory-fields';
import { regionName } from '../directory/directory-labels';
import { useEntryForm } from '../directory/use-entry-form';

/** While a request waits, the page asks this often whether it has been decided. */
const POLL_MS = 15_000;

interface AskDraft {
  organisation: string;
  name: string;
  email: string;
  message: string;
}

type AskField = keyof AskDraft;

const FIELD_LABELS: Readonly<Record<AskField, string>> = {
  organisation: 'Virksomhet',
  name: 'Navn',
  email: 'E-post',
  message: 'Melding til koordinatoren (valgfritt)',
};

const fieldId = (field: AskField) => `tilgang-${field}`;

/** The newest of the person's requests: the one the page is about. */
const latestOf = (requests: readonly EnrolmentRequestEntry[]) =>
  [...requests].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];

/**
 * For someone who logged in but is not in Lagspill's directory: ask for access for the organisation they
 * work for; the coordinators of its region decide. Then the request's status, until access is granted.
 */
export function EnrolmentRequestPage() {
  usePageTitle('Be om tilgang');
  const mine = useResource<MyEnrolment>('/api/enrolment-requests/mine');
  const latest = mine.data ? latestOf(mine.data.requests) : undefined;
  const { reload } = mine;

  useEffect(() => {
    if (latest?.status !== 'pending') return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [latest?.status, reload]);

  return (
    <section className="stack directory-form">
      <Heading level={1} data-size="lg">
        Be om tilgang til Lagspill
      </Heading>
      <Paragraph>
        Du er logget inn, men står ikke i Lagspills katalog ennå. Velg virksomheten du jobber for og send en
        forespørsel. Koordinatoren i regionen får beskjed, og når forespørselen er godkjent, kan du melde og følge feil
        for virksomheten.
      </Paragraph>
      <ErrorAlert error={mine.error} />
      {!mine.data ? (
        mine.error ? null : (
          <Loading what="forespørslene dine" />
        )
      ) : (
        <>
          <Facts
            facts={[
              ['Navn', mine.data.name ?? 'Ikke oppgitt av innloggingen'],
              ['HPR-nummer', mine.data.hprNumber ?? 'Ikke oppgitt av innloggingen'],
            ]}
          />
          {latest && <RequestStatus request={latest} onCheck={reload} checking={mine.loading} />}
          {(!latest || latest.status === 'refused') && (
            <AskForm mine={mine.data} again={latest !== undefined} onAsked={reload} />
          )}
        </>
      )}
    </section>
  );
}

function RequestStatus({
  request,
  onCheck,
  checking,
}: {
  readonly request: EnrolmentRequestEntry;
  readonly onCheck: () => void;
  readonly checking: boolean;
}) {
  const { config } = useSession();
  const organisation = request.organisationName ?? request.organisation;
  // The same person logs in again; in dev login the provider needs to be told who that is.
  const loginAgain = () => {
    if (!config) return;
    forgetToken();
    void startLogin(config, { ...(config.devLogin ? { loginHint: request.username } : {}), returnTo: '/' });
  };

  if (request.status === 'approved') {
    return (
      <Alert data-color="success">
        <div className="stack stack--tight">
          <Heading level={2} data-size="sm">
            Du har fått tilgang
          </Heading>
          <Paragraph>
            Forespørselen for {organisation} er godkjent
            {request.decidedAt && (
              <>
                {' '}
                <Time at={request.decidedAt} />
              </>
            )}
            . Logg inn på nytt for å komme i gang.
          </Paragraph>
          <div className="actions">
            <Button onClick={loginAgain}>Logg inn på nytt</Button>
          </div>
        </div>
      </Alert>
    );
  }
  if (request.status === 'refused') {
    return (
      <Alert data-color="warning">
        <Heading level={2} data-size="sm">
          Forespørselen ble avslått
        </Heading>
        <Paragraph>
          Forespørselen om tilgang for {organisation} ble avslått
          {request.decidedAt && (
            <>
              {' '}
              <Time at={request.decidedAt} />
            </>
          )}
          {request.reason ? `: «${request.reason}»` : '.'}
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Card data-color="neutral">
      <div className="stack stack--tight">
        <Heading level={2} data-size="sm">
          Forespørselen venter på svar
        </Heading>
        <Paragraph>
          Du ba om tilgang for <strong>{organisation}</strong> <Time at={request.requestedAt} />. Koordinatoren i{' '}
          {regionName(request.region) || 'regionen'} har fått beskjed. Siden oppdateres av seg selv når forespørselen er
          besvart.
        </Paragraph>
        <div className="actions">
          <Button variant="secondary" data-size="sm" onClick={onCheck} loading={checking} disabled={checking}>
            Se om forespørselen er besvart
          </Button>
        </div>
      </div>
    </Card>
  );
}

function AskForm({
  mine,
  again,
  onAsked,
}: {
  readonly mine: MyEnrolment;
  readonly again: boolean;
  readonly onAsked: () => void;
}) {
  const { api } = useSession();
  const suggested = mine.suggestedOrganisation ?? null;
  const [chosen, setChosen] = useState<OrganisationOption | null>(suggested);
  const form = useEntryForm<AskDraft, AskField>({
    initial: () => ({
      organisation: suggested?.id ?? '',
      name: mine.name ?? '',
      email: mine.email ?? '',
      message: '',
    }),
    fields: ['organisation', 'name', 'email', 'message'],
    labels: FIELD_LABELS,
    fieldId,
  });
  const search = useCallback(
    async (text: string) =>
      (await api.get<OrganisationChoice[]>(`/api/enrolment-requests/organisations${query({ q: text })}`)).map(
        (choice) => ({
          id: choice.id,
          name: choice.name,
          ...(choice.municipality ? { detail: choice.municipality } : {}),
        }),
      ),
    [api],
  );

  const submit = form.submit(
    (draft) => ({
      ...(draft.organisation === '' ? { organisation: 'Søk opp og velg virksomheten du jobber for.' } : {}),
      ...(draft.name.trim() === '' ? { name: 'Skriv navnet ditt.' } : {}),
      ...(draft.email.trim() === '' ? { email: 'Skriv e-postadressen du vil få beskjed på.' } : {}),
    }),
    async (draft) => {
      const message = draft.message.trim();
      const body: EnrolmentRequestAsked = {
        organisation: draft.organisation,
        name: draft.name.trim(),
        email: draft.email.trim(),
        ...(message ? { message } : {}),
      };
      await api.request<EnrolmentRequestEntry>('/api/enrolment-requests', { method: 'POST', body });
      onAsked();
    },
  );

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={2} data-size="md">
        {again ? 'Be om tilgang på nytt' : 'Send forespørsel'}
      </Heading>
      <FormProblems form={form} heading="Dette må rettes før du kan sende" />
      <OrganisationPicker
        id={fieldId('organisation')}
        legend="Hvilken virksomhet jobber du for?"
        {...(suggested
          ? { description: `Innloggingen din peker på ${suggested.name}. Velg en annen hvis det ikke stemmer.` }
          : {})}
        chosen={chosen}
        onChoose={(option) => {
          setChosen(option);
          form.set('organisation', option.id);
        }}
        search={search}
        error={form.error('organisation')}
      />
      <Textfield {...form.textField('name')} autoComplete="name" />
      <Textfield
        {...form.textField('email')}
        type="email"
        description="Her får du beskjed om saker du melder."
        autoComplete="email"
      />
      <Textfield
        {...form.textField('message')}
        multiline
        rows={3}
        description="For eksempel når du begynte, eller hvem som kan bekrefte at du jobber der."
      />
      <div className="actions">
        <Button type="submit" loading={form.busy} disabled={form.busy}>
          Send forespørselen
        </Button>
      </div>
    </form>
  );
}
