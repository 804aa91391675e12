import {
  Button,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Heading,
  Link,
  Paragraph,
  SelectOption,
  Switch,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import type { PartyEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { FormErrorSummary, type FormErrorSummaryElement } from '../../../components/form-error-summary';
import { LabelOptions } from '../../../components/label-options';
import { Loading } from '../../../components/loading';
import { NotFoundPage } from '../../not-found-page';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { Facts, OtherProblems, SavedAlert, SelectField } from '../directory-fields';
import { PARTY_KIND_LABELS, REGION_NAMES, regionName } from '../directory-labels';
import { ActiveTag } from '../directory-list';
import { EntryHistory } from '../entry-history';
import { useEntryForm } from '../use-entry-form';
import {
  emptyPartyDraft,
  newPartyBody,
  PARTY_FIELD_ALIASES,
  PARTY_FIELDS,
  partyChanges,
  partyDraftOf,
  partyDraftProblems,
  type PartyDraft,
  type PartyField,
} from './party-form-state';

const FIELD_LABELS: Readonly<Record<PartyField, string>> = {
  id: 'ID',
  kind: 'Type',
  name: 'Navn',
  products: 'Produkter',
  region: 'Region',
  contactEmails: 'Kontaktadresser',
  firstResponseHours: 'Svarfrist (timer)',
  resolutionHours: 'Løsningsfrist (timer)',
  active: 'Aktiv',
};

const fieldId = (field: PartyField) => `part-${field}`;

/** One party: its facts and history; admins change it (or register a new one). */
export function PartyPage({ mode }: { readonly mode: 'new' | 'edit' }) {
  const { id } = useParams();
  const { me } = useSession();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const party = useResource<PartyEntry>(
    mode === 'edit' && id ? `/api/directory/parties/${encodeURIComponent(id)}` : null,
  );
  const [saves, setSaves] = useState(0);
  usePageTitle(mode === 'new' ? 'Registrer en part' : (party.data?.name ?? 'Part'));
  const isAdmin = me?.role === 'admin';

  const back = (
    <Link asChild>
      <RouterLink to="/katalog/parter">Alle parter</RouterLink>
    </Link>
  );
  if (mode === 'new') {
    if (!isAdmin) return <NotFoundPage />;
    return (
      <section className="stack">
        {back}
        <Heading level={1} data-size="lg">
          Registrer en part
        </Heading>
        <PartyForm party={null} onSaved={() => undefined} />
      </section>
    );
  }
  if (party.error) {
    return (
      <section className="stack">
        {back}
        <ErrorAlert error={party.error} />
      </section>
    );
  }
  if (!party.data) return <Loading what="parten" />;
  const entry = party.data;

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
        {PARTY_KIND_LABELS[entry.kind]}, {entry.region ? regionName(entry.region) : 'nasjonal'}
      </Paragraph>
      {created && <SavedAlert>Parten er registrert.</SavedAlert>}
      {isAdmin ? (
        <PartyForm
          key={entry.id}
          party={entry}
          onSaved={(saved) => {
            party.set(saved);
            setSaves((n) => n + 1);
          }}
        />
      ) : (
        <>
          <Paragraph>Bare administratorer kan endre partene.</Paragraph>
          <Facts
            facts={[
              ['Produkter', entry.products.join(', ')],
              ['Kontaktadresser', entry.contactEmails.join(', ')],
              ['Svarfrist', `${entry.serviceLevel.firstResponseHours} timer`],
              ['Løsningsfrist', `${entry.serviceLevel.resolutionHours} timer`],
            ]}
          />
        </>
      )}
      <EntryHistory path={`/api/directory/parties/${encodeURIComponent(entry.id)}/history`} saves={saves} />
    </section>
  );
}

function PartyForm({
  party,
  onSaved,
}: {
  readonly party: PartyEntry | null;
  readonly onSaved: (saved: PartyEntry) => void;
}) {
  const { api } = useSession();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<string | null>(null);
  const summary = useRef<FormErrorSummaryElement>(null);
  const form = useEntryForm<PartyDraft, PartyField>({
    initial: () => (party ? partyDraftOf(party) : emptyPartyDraft()),
    fields: PARTY_FIELDS,
    aliases: PARTY_FIELD_ALIASES,
    labels: FIELD_LABELS,
    fieldId,
    summary,
  });
  const { draft, set, error } = form;

  const submit = form.submit(partyDraftProblems, async (current) => {
    setSaved(null);
    if (party === null) {
      const { body } = await api.request<PartyEntry>('/api/directory/parties', {
        method: 'POST',
        body: newPartyBody(current),
      });
      await navigate(`/katalog/parter/${encodeURIComponent(body.id)}`, { state: { created: true } });
      return;
    }
    const changes = partyChanges(party, current);
    if (Object.keys(changes).length === 0) {
      setSaved('Ingenting er endret.');
      return;
    }
    const { body } = await api.request<PartyEntry>(`/api/directory/parties/${encodeURIComponent(party.id)}`, {
      method: 'PATCH',
      body: changes,
    });
    form.setDraft(partyDraftOf(body));
    onSaved(body);
    setSaved('Endringene er lagret.');
  });

  const text = (
    field: Exclude<PartyField, 'active'>,
    extra: { description?: string; multiline?: boolean; inputMode?: 'numeric' } = {},
  ) => {
    const { multiline, ...rest } = extra;
    const common = {
      id: fieldId(field),
      label: FIELD_LABELS[field],
      ...rest,
      value: draft[field],
      error: error(field),
    };
    return multiline ? (
      <Textfield {...common} multiline rows={3} onChange={(event) => set(field, event.target.value)} />
    ) : (
      <Textfield {...common} onChange={(event) => set(field, event.target.value)} />
    );
  };

  return (
    <form className="stack directory-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorSummary
        ref={summary}
        heading={party ? 'Dette må rettes før endringene kan lagres' : 'Dette må rettes før parten kan registreres'}
        problems={form.problems}
      />
      <OtherProblems problems={form.other} />
      <ErrorAlert error={form.failure} />
      {saved && <SavedAlert>{saved}</SavedAlert>}

      {party === null && (
        <>
          {text('id', { description: 'Fast nøkkel: små bokstaver, tall og bindestrek, for eksempel cgm.' })}
          <SelectField
            id={fieldId('kind')}
            label={FIELD_LABELS.kind}
            description="Kan ikke endres senere."
            value={draft.kind}
            onChange={(value) => set('kind', value)}
            error={error('kind')}
          >
            <SelectOption value="">Velg …</SelectOption>
            <LabelOptions labels={PARTY_KIND_LABELS} />
          </SelectField>
        </>
      )}
      {text('name')}
      {text('products', {
        multiline: true,
        description: 'Systemene eller tjenestene parten svarer for, ett per linje.',
      })}
      <SelectField
        id={fieldId('region')}
        label={FIELD_LABELS.region}
        description="En arbeidsgruppe hører til én region; leverandører og Norsk helsenett er nasjonale."
        value={draft.region}
        onChange={(value) => set('region', value)}
        error={error('region')}
      >
        <SelectOption value="">Nasjonal</SelectOption>
        <LabelOptions labels={REGION_NAMES} />
      </SelectField>
      {text('contactEmails', {
        multiline: true,
        description: 'Partens felles postkasser for varsler, én per linje.',
      })}
      <Fieldset>
        <FieldsetLegend>Frister</FieldsetLegend>
        <FieldsetDescription>Klokken står mens saken venter på svar fra melderen.</FieldsetDescription>
        <div className="field-row">
          {text('firstResponseHours', { inputMode: 'numeric', description: 'Til første svar.' })}
          {text('resolutionHours', { inputMode: 'numeric', description: 'Til saken er løst.' })}
        </div>
      </Fieldset>
      {party && (
        <Switch
          id={fieldId('active')}
          label="Parten er aktiv"
          description="En deaktivert parts personer slipper ikke inn."
          checked={draft.active}
          onChange={(event) => set('active', event.target.checked)}
        />
      )}
      <div className="actions">
        <Button type="submit" loading={form.busy} disabled={form.busy}>
          {party ? 'Lagre endringene' : 'Registrer parten'}
        </Button>
      </div>
    </form>
  );
}
