import { Button, Heading, Link, Paragraph, SelectOption, Switch, Textfield } from '@digdir/designsystemet-react';
import type { Role } from '@lagspill/domain';
import { useRef, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import type { OrganisationEntry, PersonEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { FormErrorSummary, type FormErrorSummaryElement } from '../../../components/form-error-summary';
import { Loading } from '../../../components/loading';
import { OrganisationPicker, type OrganisationOption } from '../../../components/organisation-picker';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { ROLE_LABELS } from '../../../labels';
import { Facts, OtherProblems, SavedAlert, SelectField } from '../directory-fields';
import { PARTY_KIND_LABELS, regionName } from '../directory-labels';
import { ActiveTag } from '../directory-list';
import { EntryHistory } from '../entry-history';
import { useDirectoryParties, useOrganisationSearch } from '../use-directory-data';
import { useEntryForm } from '../use-entry-form';
import {
  affiliationOf,
  emptyPersonDraft,
  newPersonBody,
  PERSON_FIELDS,
  personChanges,
  personDraftOf,
  personDraftProblems,
  type PersonDraft,
  type PersonField,
} from './person-form-state';

const FIELD_LABELS: Readonly<Record<PersonField, string>> = {
  username: 'Brukernavn',
  name: 'Navn',
  email: 'E-post',
  hprNumber: 'HPR-nummer',
  role: 'Rolle',
  organisation: 'Tilhører virksomhet',
  party: 'Tilhører part',
  active: 'Aktiv',
};

const fieldId = (field: PersonField) => `person-${field}`;

/** One person: who they are and whom they act for, their history, and the form to change it; or to enrol one. */
export function PersonPage({ mode }: { readonly mode: 'new' | 'edit' }) {
  const { username } = useParams();
  const { me } = useSession();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const person = useResource<PersonEntry>(
    mode === 'edit' && username ? `/api/directory/people/${encodeURIComponent(username)}` : null,
  );
  const organisationId = person.data?.organisation;
  const organisation = useResource<OrganisationEntry>(
    organisationId ? `/api/directory/organisations/${encodeURIComponent(organisationId)}` : null,
  );
  const [saves, setSaves] = useState(0);
  usePageTitle(mode === 'new' ? 'Legg inn en person' : (person.data?.name ?? 'Person'));

  const back = (
    <Link asChild>
      <RouterLink to="/katalog/personer">Alle personer</RouterLink>
    </Link>
  );
  if (mode === 'new') {
    return (
      <section className="stack">
        {back}
        <Heading level={1} data-size="lg">
          Legg inn en person
        </Heading>
        <Paragraph>
          Den som har bedt om tilgang selv, godkjenner du under «Tilgang». Her legger du inn andre, for eksempel
          saksbehandlere hos en leverandør eller et fagsystem som melder.
        </Paragraph>
        <PersonForm person={null} organisation={null} onSaved={() => undefined} />
      </section>
    );
  }
  if (person.error) {
    return (
      <section className="stack">
        {back}
        <ErrorAlert error={person.error} />
      </section>
    );
  }
  // The organisation's name, for the form to show what is chosen (its id if it cannot be read).
  if (!person.data || (organisationId && !organisation.data && !organisation.error)) {
    return <Loading what="personen" />;
  }
  const entry = person.data;
  const chosen = organisationId ? { id: organisationId, name: organisation.data?.name ?? organisationId } : null;

  return (
    <section className="stack">
      {back}
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {entry.name}
        </Heading>
        <ActiveTag deactivatedAt={entry.deactivatedAt} />
      </div>
      <Paragraph className="muted">
        {ROLE_LABELS[entry.role]}
        {chosen ? `, ${chosen.name}` : ''} · brukernavn {entry.username}
      </Paragraph>
      {created && <SavedAlert>Personen er lagt inn.</SavedAlert>}
      {entry.role === 'admin' && me?.role !== 'admin' ? (
        <>
          <Paragraph>Bare administratorer kan endre en administrator.</Paragraph>
          <Facts
            facts={[
              ['E-post', entry.email ?? ''],
              ['HPR-nummer', entry.hprNumber ?? ''],
            ]}
          />
        </>
      ) : (
        <PersonForm
          key={entry.username}
          person={entry}
          organisation={chosen}
          onSaved={(saved) => {
            person.set(saved);
            if (saved.organisation && saved.organisation !== organisationId) organisation.reload();
            setSaves((n) => n + 1);
          }}
        />
      )}
      <EntryHistory path={`/api/directory/people/${encodeURIComponent(entry.username)}/history`} saves={saves} />
    </section>
  );
}

function PersonForm({
  person,
  organisation,
  onSaved,
}: {
  readonly person: PersonEntry | null;
  readonly organisation: OrganisationOption | null;
  readonly onSaved: (saved: PersonEntry) => void;
}) {
  const { api, me } = useSession();
  const navigate = useNavigate();
  const parties = useDirectoryParties();
  const searchOrganisations = useOrganisationSearch();
  const [chosen, setChosen] = useState<OrganisationOption | null>(organisation);
  const [saved, setSaved] = useState<string | null>(null);
  const summary = useRef<FormErrorSummaryElement>(null);
  const form = useEntryForm<PersonDraft, PersonField>({
    initial: () => (person ? personDraftOf(person) : emptyPersonDraft()),
    fields: PERSON_FIELDS,
    labels: FIELD_LABELS,
    fieldId,
    summary,
  });
  const { draft, set, error } = form;
  const affiliation = affiliationOf(draft.role);
  // A coordinator makes no administrators, and places coordinators only in working groups.
  const roles = (Object.keys(ROLE_LABELS) as Role[]).filter((role) => me?.role === 'admin' || role !== 'admin');
  const partyChoices = draft.role === 'coordinator' ? parties.ofKind('working-group') : parties.all;

  const submit = form.submit(personDraftProblems, async (current) => {
    setSaved(null);
    if (person === null) {
      const { body } = await api.request<PersonEntry>('/api/directory/people', {
        method: 'POST',
        body: newPersonBody(current),
      });
      await navigate(`/katalog/personer/${encodeURIComponent(body.username)}`, { state: { created: true } });
      return;
    }
    const changes = personChanges(person, current);
    if (Object.keys(changes).length === 0) {
      setSaved('Ingenting er endret.');
      return;
    }
    const { body } = await api.request<PersonEntry>(`/api/directory/people/${encodeURIComponent(person.username)}`, {
      method: 'PATCH',
      body: changes,
    });
    form.setDraft(personDraftOf(body));
    onSaved(body);
    setSaved('Endringene er lagret.');
  });

  return (
    <form className="stack directory-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorSummary
        ref={summary}
        heading={person ? 'Dette må rettes før endringene kan lagres' : 'Dette må rettes før personen kan legges inn'}
        problems={form.problems}
      />
      <OtherProblems problems={form.other} />
      <ErrorAlert error={form.failure} />
      {saved && <SavedAlert>{saved}</SavedAlert>}

      {person === null && (
        <Textfield
          id={fieldId('username')}
          label={FIELD_LABELS.username}
          description="Personens id hos identitetstilbyderen (HelseID: «sub»), eller klient-id-en til et fagsystem."
          value={draft.username}
          onChange={(event) => set('username', event.target.value)}
          error={error('username')}
        />
      )}
      <Textfield
        id={fieldId('name')}
        label={FIELD_LABELS.name}
        value={draft.name}
        onChange={(event) => set('name', event.target.value)}
        error={error('name')}
      />
      <div className="field-row">
        <Textfield
          id={fieldId('email')}
          type="email"
          label={FIELD_LABELS.email}
          description="Varsler sendes hit. Tomt for fagsystemer."
          value={draft.email}
          onChange={(event) => set('email', event.target.value)}
          error={error('email')}
        />
        <Textfield
          id={fieldId('hprNumber')}
          label={FIELD_LABELS.hprNumber}
          description="Valgfritt; helsepersonell finnes igjen på det."
          inputMode="numeric"
          value={draft.hprNumber}
          onChange={(event) => set('hprNumber', event.target.value)}
          error={error('hprNumber')}
        />
      </div>
      <SelectField
        id={fieldId('role')}
        label={FIELD_LABELS.role}
        description="Meldere og fagsystemer tilhører en virksomhet; saksbehandlere og koordinatorer en part."
        value={draft.role}
        onChange={(value) => set('role', value)}
        error={error('role')}
      >
        {roles.map((role) => (
          <SelectOption key={role} value={role}>
            {ROLE_LABELS[role]}
          </SelectOption>
        ))}
      </SelectField>
      {affiliation === 'organisation' && (
        <OrganisationPicker
          id={fieldId('organisation')}
          legend={FIELD_LABELS.organisation}
          chosen={chosen}
          onChoose={(option) => {
            setChosen(option);
            set('organisation', option.id);
          }}
          search={searchOrganisations}
          error={error('organisation')}
        />
      )}
      {affiliation === 'party' && (
        <SelectField
          id={fieldId('party')}
          label={FIELD_LABELS.party}
          description={draft.role === 'coordinator' ? 'En koordinator hører til en regional arbeidsgruppe.' : undefined}
          value={draft.party}
          onChange={(value) => set('party', value)}
          error={error('party')}
        >
          <SelectOption value="">Velg …</SelectOption>
          {partyChoices.map((party) => (
            <SelectOption key={party.id} value={party.id}>
              {party.name} ({PARTY_KIND_LABELS[party.kind].toLowerCase()}
              {party.region ? `, ${regionName(party.region)}` : ''})
            </SelectOption>
          ))}
        </SelectField>
      )}
      {person && (
        <Switch
          id={fieldId('active')}
          label="Personen er aktiv"
          description="En deaktivert person blir avvist ved neste forespørsel."
          checked={draft.active}
          onChange={(event) => set('active', event.target.checked)}
        />
      )}
      <div className="actions">
        <Button type="submit" loading={form.busy} disabled={form.busy}>
          {person ? 'Lagre endringene' : 'Legg inn personen'}
        </Button>
      </div>
    </form>
  );
}
