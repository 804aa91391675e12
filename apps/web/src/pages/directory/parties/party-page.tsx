import { Fieldset, FieldsetDescription, FieldsetLegend, SelectOption, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { PartyEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { LabelOptions } from '../../../components/label-options';
import { usePageTitle } from '../../../hooks/use-page-title';
import { NotFoundPage } from '../../not-found-page';
import { Facts, SelectField } from '../directory-fields';
import { PARTY_KIND_LABELS, REGION_NAMES, regionName } from '../directory-labels';
import { EntryForm, useEntryEditor } from '../entry-form';
import { PARTIES } from '../entry-kinds';
import { EntryNotShown, EntryView, NewEntryPage, useEntryPage } from '../entry-page';
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
  const page = useEntryPage(PARTIES, mode === 'edit' ? id : undefined);
  usePageTitle(mode === 'new' ? 'Registrer en part' : (page.entry.data?.name ?? 'Part'));
  const isAdmin = me?.role === 'admin';

  if (mode === 'new') {
    if (!isAdmin) return <NotFoundPage />;
    return (
      <NewEntryPage kind={PARTIES} title="Registrer en part">
        <PartyForm party={null} onSaved={() => undefined} />
      </NewEntryPage>
    );
  }
  if (page.entry.error || !page.entry.data) {
    return <EntryNotShown kind={PARTIES} error={page.entry.error} what="parten" />;
  }
  const entry = page.entry.data;

  return (
    <EntryView
      kind={PARTIES}
      entry={entry}
      page={page}
      about={
        <>
          {PARTY_KIND_LABELS[entry.kind]}, {entry.region ? regionName(entry.region) : 'nasjonal'}
        </>
      }
      registered="Parten er registrert."
      form={isAdmin ? <PartyForm key={entry.id} party={entry} onSaved={page.onSaved} /> : null}
      notice="Bare administratorer kan endre partene."
      facts={
        <Facts
          facts={[
            ['Produkter', entry.products.join(', ')],
            ['Kontaktadresser', entry.contactEmails.join(', ')],
            ['Svarfrist', `${entry.serviceLevel.firstResponseHours} timer`],
            ['Løsningsfrist', `${entry.serviceLevel.resolutionHours} timer`],
          ]}
        />
      }
    />
  );
}

function PartyForm({
  party,
  onSaved,
}: {
  readonly party: PartyEntry | null;
  readonly onSaved: (saved: PartyEntry) => void;
}) {
  const editor = useEntryEditor<PartyEntry, PartyDraft, PartyField>({
    kind: PARTIES,
    entry: party,
    emptyDraft: emptyPartyDraft,
    draftOf: partyDraftOf,
    problemsOf: partyDraftProblems,
    newBody: newPartyBody,
    changes: partyChanges,
    onSaved,
    fields: PARTY_FIELDS,
    aliases: PARTY_FIELD_ALIASES,
    labels: FIELD_LABELS,
    fieldId,
  });
  const { form } = editor;

  return (
    <EntryForm
      editor={editor}
      registering={{ problems: 'Dette må rettes før parten kan registreres', submit: 'Registrer parten' }}
      active={{ label: 'Parten er aktiv', description: 'En deaktivert parts personer slipper ikke inn.' }}
    >
      {party === null && (
        <>
          <Textfield
            {...form.textField('id')}
            description="Fast nøkkel: små bokstaver, tall og bindestrek, for eksempel cgm."
          />
          <SelectField {...form.selectField('kind')} description="Kan ikke endres senere.">
            <SelectOption value="">Velg …</SelectOption>
            <LabelOptions labels={PARTY_KIND_LABELS} />
          </SelectField>
        </>
      )}
      <Textfield {...form.textField('name')} />
      <Textfield
        {...form.textField('products')}
        multiline
        rows={3}
        description="Systemene eller tjenestene parten svarer for, ett per linje."
      />
      <SelectField
        {...form.selectField('region')}
        description="En arbeidsgruppe hører til én region; leverandører og Norsk helsenett er nasjonale."
      >
        <SelectOption value="">Nasjonal</SelectOption>
        <LabelOptions labels={REGION_NAMES} />
      </SelectField>
      <Textfield
        {...form.textField('contactEmails')}
        multiline
        rows={3}
        description="Partens felles postkasser for varsler, én per linje."
      />
      <Fieldset>
        <FieldsetLegend>Frister</FieldsetLegend>
        <FieldsetDescription>Klokken står mens saken venter på svar fra melderen.</FieldsetDescription>
        <div className="field-row">
          <Textfield {...form.textField('firstResponseHours')} inputMode="numeric" description="Til første svar." />
          <Textfield {...form.textField('resolutionHours')} inputMode="numeric" description="Til saken er løst." />
        </div>
      </Fieldset>
    </EntryForm>
  );
}
