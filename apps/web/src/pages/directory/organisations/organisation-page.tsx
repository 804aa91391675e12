import {
  Button,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Heading,
  Link,
  Paragraph,
  Radio,
  SelectOptgroup,
  SelectOption,
  Switch,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import type { OrganisationEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { FormErrorSummary, type FormErrorSummaryElement } from '../../../components/form-error-summary';
import { LabelOptions } from '../../../components/label-options';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { MULTIDOSE_LABELS } from '../../../labels';
import { ActiveTag } from '../directory-list';
import { Facts, OtherProblems, SavedAlert, SelectField } from '../directory-fields';
import { INTEGRATION_LABELS, ORGANISATION_TYPE_LABELS, regionName } from '../directory-labels';
import { EntryHistory } from '../entry-history';
import { useDirectoryParties, useMultidosePharmacies, useRegionTree } from '../use-directory-data';
import { useEntryForm } from '../use-entry-form';
import {
  emptyOrganisationDraft,
  hasChain,
  newOrganisationBody,
  ORGANISATION_FIELD_ALIASES,
  ORGANISATION_FIELDS,
  organisationChanges,
  organisationDraftOf,
  organisationDraftProblems,
  type OrganisationDraft,
  type OrganisationField,
} from './organisation-form-state';

const FIELD_LABELS: Readonly<Record<OrganisationField, string>> = {
  id: 'ID',
  name: 'Navn',
  type: 'Type',
  municipality: 'Kommune',
  orgnr: 'Organisasjonsnummer',
  herId: 'HER-id',
  vendor: 'Leverandør',
  product: 'Produkt',
  version: 'Versjon',
  integration: 'Integrasjon',
  newVendor: 'Ny leverandør',
  newProduct: 'Nytt produkt',
  newVersion: 'Ny versjon',
  newIntegration: 'Ny integrasjon',
  switchFrom: 'Byttes fra',
  multidoseMode: 'Multidoseordning',
  multidosePharmacy: 'Multidoseapotek',
  pharmacyChain: 'Apotekkjede',
  contactEmails: 'Kontaktadresser',
  active: 'Aktiv',
};

const fieldId = (field: OrganisationField) => `virksomhet-${field}`;

/** One organisation: its facts and history, and the form to change them; or the form to register one. */
export function OrganisationPage({ mode }: { readonly mode: 'new' | 'edit' }) {
  const { id } = useParams();
  const { me } = useSession();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const entry = useResource<OrganisationEntry>(
    mode === 'edit' && id ? `/api/directory/organisations/${encodeURIComponent(id)}` : null,
  );
  const tree = useRegionTree();
  const [saves, setSaves] = useState(0);
  usePageTitle(mode === 'new' ? 'Registrer en virksomhet' : (entry.data?.name ?? 'Virksomhet'));

  const back = (
    <Link asChild>
      <RouterLink to="/katalog/virksomheter">Alle virksomheter</RouterLink>
    </Link>
  );
  if (mode === 'new') {
    return (
      <section className="stack">
        {back}
        <Heading level={1} data-size="lg">
          Registrer en virksomhet
        </Heading>
        {me?.role === 'coordinator' && (
          <Paragraph>Du kan registrere virksomheter i kommunene i {regionName(me.region)}.</Paragraph>
        )}
        <OrganisationForm entry={null} onSaved={() => undefined} />
      </section>
    );
  }
  if (entry.error) {
    return (
      <section className="stack">
        {back}
        <ErrorAlert error={entry.error} />
      </section>
    );
  }
  if (!entry.data) return <Loading what="virksomheten" />;
  const organisation = entry.data;
  const mayEdit = me?.role === 'admin' || (me?.role === 'coordinator' && organisation.region === me.region);

  return (
    <section className="stack">
      {back}
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {organisation.name}
        </Heading>
        <ActiveTag deactivatedAt={organisation.deactivatedAt} />
      </div>
      <Paragraph className="muted">
        {ORGANISATION_TYPE_LABELS[organisation.type]} i {organisation.municipalityName ?? organisation.municipality}
        {organisation.region ? `, ${regionName(organisation.region)}` : ''}
      </Paragraph>
      {created && <SavedAlert>Virksomheten er registrert.</SavedAlert>}
      {mayEdit ? (
        <OrganisationForm
          key={organisation.id}
          entry={organisation}
          onSaved={(saved) => {
            entry.set(saved);
            setSaves((n) => n + 1);
          }}
        />
      ) : (
        <>
          <Paragraph>
            Bare koordinatorene i {regionName(organisation.region) || 'regionen'} og administratorer kan endre
            virksomheten.
          </Paragraph>
          <OrganisationFacts organisation={organisation} />
        </>
      )}
      <EntryHistory
        path={`/api/directory/organisations/${encodeURIComponent(organisation.id)}/history`}
        saves={saves}
        municipalityName={tree.municipalityName}
      />
    </section>
  );
}

function OrganisationFacts({ organisation }: { readonly organisation: OrganisationEntry }) {
  const parties = useDirectoryParties();
  const system = (s: OrganisationEntry['system']) =>
    `${s.product}${s.version ? ` ${s.version}` : ''} fra ${parties.name(s.vendor)} (${INTEGRATION_LABELS[s.integration]})`;
  return (
    <Facts
      facts={[
        ['Organisasjonsnummer', organisation.orgnr],
        ['HER-id', organisation.herId],
        ['System', system(organisation.system)],
        [
          'Planlagt bytte',
          organisation.scheduledSystem
            ? `${system(organisation.scheduledSystem.system)} fra ${organisation.scheduledSystem.from}`
            : 'Ingen',
        ],
        ['Multidose', MULTIDOSE_LABELS[organisation.multidoseMode]],
        ['Multidoseapotek', organisation.multidosePharmacy ?? ''],
        ['Kontaktadresser', (organisation.contactEmails ?? []).join(', ')],
      ]}
    />
  );
}

/** The organisation's fields; with `entry` null it registers a new one (POST), else it saves changes (PATCH). */
function OrganisationForm({
  entry,
  onSaved,
}: {
  readonly entry: OrganisationEntry | null;
  readonly onSaved: (saved: OrganisationEntry) => void;
}) {
  const { api, me } = useSession();
  const navigate = useNavigate();
  const tree = useRegionTree();
  const parties = useDirectoryParties();
  const pharmacies = useMultidosePharmacies();
  const [saved, setSaved] = useState<string | null>(null);
  const summary = useRef<FormErrorSummaryElement>(null);
  const form = useEntryForm<OrganisationDraft, OrganisationField>({
    initial: () => (entry ? organisationDraftOf(entry) : emptyOrganisationDraft()),
    fields: ORGANISATION_FIELDS,
    aliases: ORGANISATION_FIELD_ALIASES,
    labels: FIELD_LABELS,
    fieldId,
    summary,
  });
  const { draft, set, error } = form;
  // A coordinator places organisations in their own region only.
  const regions = tree.regions.filter((r) => me?.role !== 'coordinator' || r.id === me.region);
  const vendors = parties.ofKind('vendor');
  const chains = parties.ofKind('pharmacy-chain');

  const submit = form.submit(organisationDraftProblems, async (current) => {
    setSaved(null);
    if (entry === null) {
      const { body } = await api.request<OrganisationEntry>('/api/directory/organisations', {
        method: 'POST',
        body: newOrganisationBody(current),
      });
      await navigate(`/katalog/virksomheter/${encodeURIComponent(body.id)}`, { state: { created: true } });
      return;
    }
    const changes = organisationChanges(entry, current);
    if (Object.keys(changes).length === 0) {
      setSaved('Ingenting er endret.');
      return;
    }
    const { body } = await api.request<OrganisationEntry>(
      `/api/directory/organisations/${encodeURIComponent(entry.id)}`,
      { method: 'PATCH', body: changes },
    );
    form.setDraft(organisationDraftOf(body));
    onSaved(body);
    setSaved('Endringene er lagret.');
  });

  const text = (field: OrganisationField & keyof OrganisationDraft, extra: { description?: string } = {}) => (
    <Textfield
      id={fieldId(field)}
      label={FIELD_LABELS[field]}
      {...extra}
      value={draft[field] as string}
      onChange={(event) => {
        set(field, event.target.value);
        setSaved(null);
      }}
      error={error(field)}
    />
  );
  const systemFields = (prefix: '' | 'new') => {
    const f = (name: 'vendor' | 'product' | 'version' | 'integration') =>
      (prefix === '' ? name : `new${name[0]?.toUpperCase()}${name.slice(1)}`) as OrganisationField &
        keyof OrganisationDraft;
    return (
      <>
        <SelectField
          id={fieldId(f('vendor'))}
          label={FIELD_LABELS[f('vendor')]}
          value={draft[f('vendor')] as string}
          onChange={(value) => set(f('vendor'), value)}
          error={error(f('vendor'))}
        >
          <SelectOption value="">Velg …</SelectOption>
          {vendors.map((party) => (
            <SelectOption key={party.id} value={party.id}>
              {party.name}
            </SelectOption>
          ))}
        </SelectField>
        <div className="field-row">
          {text(f('product'), { description: 'For eksempel CGM Journal.' })}
          {text(f('version'), { description: 'Valgfritt.' })}
        </div>
        <SelectField
          id={fieldId(f('integration'))}
          label={FIELD_LABELS[f('integration')]}
          description="Hvordan systemet gjør PLL."
          value={draft[f('integration')] as string}
          onChange={(value) => set(f('integration'), value)}
          error={error(f('integration'))}
        >
          <SelectOption value="">Velg …</SelectOption>
          <LabelOptions labels={INTEGRATION_LABELS} />
        </SelectField>
      </>
    );
  };

  return (
    <form className="stack directory-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorSummary
        ref={summary}
        heading={
          entry ? 'Dette må rettes før endringene kan lagres' : 'Dette må rettes før virksomheten kan registreres'
        }
        problems={form.problems}
      />
      <OtherProblems problems={form.other} />
      <ErrorAlert error={form.failure} />
      {saved && <SavedAlert>{saved}</SavedAlert>}

      <Fieldset>
        <FieldsetLegend>Virksomheten</FieldsetLegend>
        {entry === null &&
          text('id', {
            description:
              'Fast nøkkel i Lagspill: små bokstaver, tall og bindestrek, for eksempel fjordbyen-legesenter.',
          })}
        {text('name')}
        <SelectField
          id={fieldId('type')}
          label={FIELD_LABELS.type}
          value={draft.type}
          onChange={(value) => set('type', value)}
          error={error('type')}
        >
          <SelectOption value="">Velg …</SelectOption>
          <LabelOptions labels={ORGANISATION_TYPE_LABELS} />
        </SelectField>
        <SelectField
          id={fieldId('municipality')}
          label={FIELD_LABELS.municipality}
          description="Kommunen avgjør helsefellesskap og region."
          value={draft.municipality}
          onChange={(value) => set('municipality', value)}
          error={error('municipality')}
        >
          <SelectOption value="">Velg …</SelectOption>
          {regions.flatMap((region) =>
            region.helsefellesskap.map((h) => (
              <SelectOptgroup key={h.id} label={`${h.name} (${region.name})`}>
                {h.municipalities.map((m) => (
                  <SelectOption key={m.number} value={m.number}>
                    {m.name} ({m.number})
                  </SelectOption>
                ))}
              </SelectOptgroup>
            )),
          )}
        </SelectField>
        <div className="field-row">
          {text('orgnr', { description: '9 siffer.' })}
          {text('herId', { description: 'Adresseregisterets id.' })}
        </div>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>System</FieldsetLegend>
        <FieldsetDescription>Journalsystemet virksomheten bruker nå. Saker rutes til leverandøren.</FieldsetDescription>
        {systemFields('')}
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Planlagt bytte av system</FieldsetLegend>
        <FieldsetDescription>
          Bytter virksomheten system en senere dag, rutes saker til den nye leverandøren fra den dagen.
        </FieldsetDescription>
        <Radio
          name="planlagt-bytte"
          value="nei"
          label={entry?.scheduledSystem ? 'Avlys det planlagte byttet' : 'Ingen planlagt bytte'}
          checked={!draft.switchPlanned}
          onChange={() => set('switchPlanned', false)}
        />
        <Radio
          name="planlagt-bytte"
          value="ja"
          label="Bytter til et nytt system fra en senere dag"
          checked={draft.switchPlanned}
          onChange={() => set('switchPlanned', true)}
        />
        {draft.switchPlanned && (
          <>
            {systemFields('new')}
            <Textfield
              id={fieldId('switchFrom')}
              type="date"
              label={FIELD_LABELS.switchFrom}
              description="Første dag med det nye systemet (norsk tid)."
              value={draft.switchFrom}
              onChange={(event) => set('switchFrom', event.target.value)}
              error={error('switchFrom')}
            />
          </>
        )}
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Multidose</FieldsetLegend>
        <SelectField
          id={fieldId('multidoseMode')}
          label={FIELD_LABELS.multidoseMode}
          value={draft.multidoseMode}
          onChange={(value) => set('multidoseMode', value)}
          error={error('multidoseMode')}
        >
          <LabelOptions labels={MULTIDOSE_LABELS} />
        </SelectField>
        <SelectField
          id={fieldId('multidosePharmacy')}
          label={FIELD_LABELS.multidosePharmacy}
          description="Apoteket som pakker multidose for virksomheten."
          value={draft.multidosePharmacy}
          onChange={(value) => set('multidosePharmacy', value)}
          error={error('multidosePharmacy')}
        >
          <SelectOption value="">Ingen</SelectOption>
          {pharmacies.map((pharmacy) => (
            <SelectOption key={pharmacy.id} value={pharmacy.id}>
              {pharmacy.name}
            </SelectOption>
          ))}
        </SelectField>
        {hasChain(draft.type) && (
          <SelectField
            id={fieldId('pharmacyChain')}
            label={FIELD_LABELS.pharmacyChain}
            value={draft.pharmacyChain}
            onChange={(value) => set('pharmacyChain', value)}
            error={error('pharmacyChain')}
          >
            <SelectOption value="">Ingen</SelectOption>
            {chains.map((party) => (
              <SelectOption key={party.id} value={party.id}>
                {party.name}
              </SelectOption>
            ))}
          </SelectField>
        )}
      </Fieldset>

      <Textfield
        id={fieldId('contactEmails')}
        multiline
        rows={3}
        label={FIELD_LABELS.contactEmails}
        description="Virksomhetens egne e-postadresser (ikke personers), én per linje. Valgfritt."
        value={draft.contactEmails}
        onChange={(event) => set('contactEmails', event.target.value)}
        error={error('contactEmails')}
      />

      {entry && (
        <Switch
          id={fieldId('active')}
          label="Virksomheten er aktiv"
          description="En deaktivert virksomhets personer slipper ikke inn, og ingen nye saker rutes fra den."
          checked={draft.active}
          onChange={(event) => set('active', event.target.checked)}
        />
      )}

      <div className="actions">
        <Button type="submit" loading={form.busy} disabled={form.busy}>
          {entry ? 'Lagre endringene' : 'Registrer virksomheten'}
        </Button>
      </div>
    </form>
  );
}
