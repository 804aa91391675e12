import { Paragraph, SelectOption, Textfield } from '@digdir/designsystemet-react';
import type { Role } from '@lagspill/domain';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { OrganisationEntry, PersonEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { OrganisationPicker, type OrganisationOption } from '../../../components/organisation-picker';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { ROLE_LABELS } from '../../../labels';
import { Facts, SelectField } from '../directory-fields';
import { PARTY_KIND_LABELS, regionName } from '../directory-labels';
import { EntryForm, useEntryEditor } from '../entry-form';
import { entryApi, ORGANISATIONS, PEOPLE } from '../entry-kinds';
import { EntryNotShown, EntryView, NewEntryPage, useEntryPage } from '../entry-page';
import { useDirectoryParties, useOrganisationSearch } from '../use-directory-data';
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
  const page = useEntryPage(PEOPLE, mode === 'edit' ? username : undefined);
  const person = page.entry;
  const organisationId = person.data?.organisation;
  const organisation = useResource<OrganisationEntry>(organisationId ? entryApi(ORGANISATIONS, organisationId) : null);
  usePageTitle(mode === 'new' ? 'Legg inn en person' : (person.data?.name ?? 'Person'));

  if (mode === 'new') {
    return (
      <NewEntryPage kind={PEOPLE} title="Legg inn en person">
        <Paragraph>
          Den som har bedt om tilgang selv, godkjenner du under «Tilgang». Her legger du inn andre, for eksempel
          saksbehandlere hos en leverandør eller et fagsystem som melder.
        </Paragraph>
        <PersonForm person={null} organisation={null} onSaved={() => undefined} />
      </NewEntryPage>
    );
  }
  // The organisation's name, for the form to show what is chosen (its id if it cannot be read).
  if (person.error || !person.data || (organisationId && !organisation.data && !organisation.error)) {
    return <EntryNotShown kind={PEOPLE} error={person.error} what="personen" />;
  }
  const entry = person.data;
  const chosen = organisationId ? { id: organisationId, name: organisation.data?.name ?? organisationId } : null;

  return (
    <EntryView
      kind={PEOPLE}
      entry={entry}
      page={page}
      about={
        <>
          {ROLE_LABELS[entry.role]}
          {chosen ? `, ${chosen.name}` : ''} · brukernavn {entry.username}
        </>
      }
      registered="Personen er lagt inn."
      form={
        entry.role === 'admin' && me?.role !== 'admin' ? null : (
          <PersonForm
            key={entry.username}
            person={entry}
            organisation={chosen}
            onSaved={(saved) => {
              page.onSaved(saved);
              if (saved.organisation && saved.organisation !== organisationId) organisation.reload();
            }}
          />
        )
      }
      notice="Bare administratorer kan endre en administrator."
      facts={
        <Facts
          facts={[
            ['E-post', entry.email ?? ''],
            ['HPR-nummer', entry.hprNumber ?? ''],
          ]}
        />
      }
    />
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
  const { me } = useSession();
  const parties = useDirectoryParties();
  const searchOrganisations = useOrganisationSearch();
  const [chosen, setChosen] = useState<OrganisationOption | null>(organisation);
  const editor = useEntryEditor<PersonEntry, PersonDraft, PersonField>({
    kind: PEOPLE,
    entry: person,
    emptyDraft: emptyPersonDraft,
    draftOf: personDraftOf,
    problemsOf: personDraftProblems,
    newBody: newPersonBody,
    changes: personChanges,
    onSaved,
    fields: PERSON_FIELDS,
    labels: FIELD_LABELS,
    fieldId,
  });
  const { form } = editor;
  const { draft } = form;
  const affiliation = affiliationOf(draft.role);
  // A coordinator makes no administrators, and places coordinators only in working groups.
  const roles = (Object.keys(ROLE_LABELS) as Role[]).filter((role) => me?.role === 'admin' || role !== 'admin');
  const partyChoices = draft.role === 'coordinator' ? parties.ofKind('working-group') : parties.all;

  return (
    <EntryForm
      editor={editor}
      registering={{ problems: 'Dette må rettes før personen kan legges inn', submit: 'Legg inn personen' }}
      active={{ label: 'Personen er aktiv', description: 'En deaktivert person blir avvist ved neste forespørsel.' }}
    >
      {person === null && (
        <Textfield
          {...form.textField('username')}
          description="Personens id hos identitetstilbyderen (HelseID: «sub»), eller klient-id-en til et fagsystem."
        />
      )}
      <Textfield {...form.textField('name')} />
      <div className="field-row">
        <Textfield {...form.textField('email')} type="email" description="Varsler sendes hit. Tomt for fagsystemer." />
        <Textfield
          {...form.textField('hprNumber')}
          description="Valgfritt; helsepersonell finnes igjen på det."
          inputMode="numeric"
        />
      </div>
      <SelectField
        {...form.selectField('role')}
        description="Meldere og fagsystemer tilhører en virksomhet; saksbehandlere og koordinatorer en part."
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
            form.set('organisation', option.id);
          }}
          search={searchOrganisations}
          error={form.error('organisation')}
        />
      )}
      {affiliation === 'party' && (
        <SelectField
          {...form.selectField('party')}
          description={draft.role === 'coordinator' ? 'En koordinator hører til en regional arbeidsgruppe.' : undefined}
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
    </EntryForm>
  );
}
