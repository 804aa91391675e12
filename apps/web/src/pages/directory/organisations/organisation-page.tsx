import {
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Paragraph,
  Radio,
  SelectOption,
  Textfield,
} from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { OrganisationEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { LabelOptions } from '../../../components/label-options';
import { usePageTitle } from '../../../hooks/use-page-title';
import { INTEGRATION_LABELS, MULTIDOSE_LABELS } from '../../../labels';
import { Facts, MunicipalityOptions, NameOptions, SelectField } from '../directory-fields';
import { ORGANISATION_TYPE_LABELS, regionName } from '../directory-labels';
import { EntryForm, useEntryEditor } from '../entry-form';
import { ORGANISATIONS } from '../entry-kinds';
import { EntryNotShown, EntryView, NewEntryPage, useEntryPage } from '../entry-page';
import { useDirectoryParties, useMultidosePharmacies, useRegionTree } from '../use-directory-data';
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

/** The fields typed as text (or chosen from a list). */
type TextField = Exclude<OrganisationField, 'active'>;

/** One organisation: its facts and history, and the form to change them; or the form to register one. */
export function OrganisationPage({ mode }: { readonly mode: 'new' | 'edit' }) {
  const { id } = useParams();
  const { me } = useSession();
  const page = useEntryPage(ORGANISATIONS, mode === 'edit' ? id : undefined);
  const tree = useRegionTree();
  usePageTitle(mode === 'new' ? 'Registrer en virksomhet' : (page.entry.data?.name ?? 'Virksomhet'));

  if (mode === 'new') {
    return (
      <NewEntryPage kind={ORGANISATIONS} title="Registrer en virksomhet">
        {me?.role === 'coordinator' && (
          <Paragraph>Du kan registrere virksomheter i kommunene i {regionName(me.region)}.</Paragraph>
        )}
        <OrganisationForm entry={null} onSaved={() => undefined} />
      </NewEntryPage>
    );
  }
  if (page.entry.error || !page.entry.data) {
    return <EntryNotShown kind={ORGANISATIONS} error={page.entry.error} what="virksomheten" />;
  }
  const organisation = page.entry.data;
  const mayEdit = me?.role === 'admin' || (me?.role === 'coordinator' && organisation.region === me.region);

  return (
    <EntryView
      kind={ORGANISATIONS}
      entry={organisation}
      page={page}
      about={
        <>
          {ORGANISATION_TYPE_LABELS[organisation.type]} i {organisation.municipalityName ?? organisation.municipality}
          {organisation.region ? `, ${regionName(organisation.region)}` : ''}
        </>
      }
      registered="Virksomheten er registrert."
      form={mayEdit ? <OrganisationForm key={organisation.id} entry={organisation} onSaved={page.onSaved} /> : null}
      notice={
        <>
          Bare koordinatorene i {regionName(organisation.region) || 'regionen'} og administratorer kan endre
          virksomheten.
        </>
      }
      facts={<OrganisationFacts organisation={organisation} />}
      municipalityName={tree.municipalityName}
    />
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
  const { me } = useSession();
  const tree = useRegionTree();
  const parties = useDirectoryParties();
  const pharmacies = useMultidosePharmacies();
  const editor = useEntryEditor<OrganisationEntry, OrganisationDraft, OrganisationField>({
    kind: ORGANISATIONS,
    entry,
    emptyDraft: emptyOrganisationDraft,
    draftOf: organisationDraftOf,
    problemsOf: organisationDraftProblems,
    newBody: newOrganisationBody,
    changes: organisationChanges,
    onSaved,
    fields: ORGANISATION_FIELDS,
    aliases: ORGANISATION_FIELD_ALIASES,
    labels: FIELD_LABELS,
    fieldId,
  });
  const { form } = editor;
  const { draft, set } = form;
  // A coordinator places organisations in their own region only.
  const regions = tree.regions.filter((r) => me?.role !== 'coordinator' || r.id === me.region);

  // Typing in a text field takes away what the last save said.
  const text = (field: TextField, extra: { description?: string } = {}) => {
    const bound = form.textField(field);
    return (
      <Textfield
        {...bound}
        {...extra}
        onChange={(event) => {
          bound.onChange(event);
          editor.clearSaved();
        }}
      />
    );
  };
  const systemFields = (prefix: '' | 'new') => {
    const f = (name: 'vendor' | 'product' | 'version' | 'integration') =>
      (prefix === '' ? name : `new${name[0]?.toUpperCase()}${name.slice(1)}`) as TextField;
    return (
      <>
        <SelectField {...form.selectField(f('vendor'))}>
          <SelectOption value="">Velg …</SelectOption>
          <NameOptions entries={parties.ofKind('vendor')} />
        </SelectField>
        <div className="field-row">
          {text(f('product'), { description: 'For eksempel CGM Journal.' })}
          {text(f('version'), { description: 'Valgfritt.' })}
        </div>
        <SelectField {...form.selectField(f('integration'))} description="Hvordan systemet gjør PLL.">
          <SelectOption value="">Velg …</SelectOption>
          <LabelOptions labels={INTEGRATION_LABELS} />
        </SelectField>
      </>
    );
  };

  return (
    <EntryForm
      editor={editor}
      registering={{
        problems: 'Dette må rettes før virksomheten kan registreres',
        submit: 'Registrer virksomheten',
      }}
      active={{
        label: 'Virksomheten er aktiv',
        description: 'En deaktivert virksomhets personer slipper ikke inn, og ingen nye saker rutes fra den.',
      }}
    >
      <Fieldset>
        <FieldsetLegend>Virksomheten</FieldsetLegend>
        {entry === null &&
          text('id', {
            description:
              'Fast nøkkel i Lagspill: små bokstaver, tall og bindestrek, for eksempel fjordbyen-legesenter.',
          })}
        {text('name')}
        <SelectField {...form.selectField('type')}>
          <SelectOption value="">Velg …</SelectOption>
          <LabelOptions labels={ORGANISATION_TYPE_LABELS} />
        </SelectField>
        <SelectField {...form.selectField('municipality')} description="Kommunen avgjør helsefellesskap og region.">
          <MunicipalityOptions regions={regions} />
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
              {...form.textField('switchFrom')}
              type="date"
              description="Første dag med det nye systemet (norsk tid)."
            />
          </>
        )}
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Multidose</FieldsetLegend>
        <SelectField {...form.selectField('multidoseMode')}>
          <LabelOptions labels={MULTIDOSE_LABELS} />
        </SelectField>
        <SelectField
          {...form.selectField('multidosePharmacy')}
          description="Apoteket som pakker multidose for virksomheten."
        >
          <SelectOption value="">Ingen</SelectOption>
          <NameOptions entries={pharmacies} />
        </SelectField>
        {hasChain(draft.type) && (
          <SelectField {...form.selectField('pharmacyChain')}>
            <SelectOption value="">Ingen</SelectOption>
            <NameOptions entries={parties.ofKind('pharmacy-chain')} />
          </SelectField>
        )}
      </Fieldset>

      <Textfield
        {...form.textField('contactEmails')}
        multiline
        rows={3}
        description="Virksomhetens egne e-postadresser (ikke personers), én per linje. Valgfritt."
      />
    </EntryForm>
  );
}
