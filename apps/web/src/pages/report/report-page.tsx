import {
  Alert,
  Button,
  Checkbox,
  Details,
  DetailsContent,
  DetailsSummary,
  Field,
  FieldDescription,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Heading,
  Label,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { HARM_LEVELS, MULTIDOSE_MODES } from '@lagspill/domain';
import { ApiError, describeError } from '../../api/api-error';
import type { CaseView } from '../../api/types';
import { useSession } from '../../auth/session';
import { CategorySelect } from '../../components/category-select';
import { ErrorAlert } from '../../components/error-alert';
import { FormErrorSummary, type FormErrorSummaryElement } from '../../components/form-error-summary';
import { Loading } from '../../components/loading';
import { osloLocalInput } from '../../format/oslo-time';
import { usePageTitle } from '../../hooks/use-page-title';
import { useTaxonomy } from '../../hooks/use-reference-data';
import { HARM_LABELS, MULTIDOSE_LABELS, TECHNICAL_LABELS } from '../../labels';
import { ReportConfirmation } from './report-confirmation';
import {
  draftFieldOf,
  draftProblems,
  emptyDraft,
  fieldsWithIdentityNumbers,
  reportBody,
  savedDraft,
  TECHNICAL_FIELDS,
  type DraftField,
  type ReportDraft,
} from './report-form-state';

export interface SubmittedReport extends CaseView {
  readonly warnings?: readonly { readonly code: string; readonly message: string }[];
}

const FIELD_LABELS: Readonly<Record<DraftField, string>> = {
  category: 'Hva gjelder det?',
  subcategory: 'Hvilken type feil?',
  title: 'Overskrift',
  description: 'Hva skjedde?',
  occurredAt: 'Når skjedde det?',
  systemVersion: 'Versjon',
  multidoseMode: 'Multidose',
  harm: 'Skade på pasient',
  multiplePatients: 'Flere pasienter',
  multipleOrganisations: 'Flere virksomheter',
  ...TECHNICAL_LABELS,
} as Record<DraftField, string>;

const fieldId = (field: DraftField) => `felt-${field}`;

export function ReportPage() {
  usePageTitle('Meld feil');
  const { api, me } = useSession();
  const taxonomy = useTaxonomy();
  const [kept] = useState(() =>
    savedDraft.load(() => ({ draft: emptyDraft(osloLocalInput(new Date())), idempotencyKey: crypto.randomUUID() })),
  );
  const [draft, setDraft] = useState<ReportDraft>(kept.draft);
  const [shownProblems, setShownProblems] = useState<Partial<Record<DraftField, string>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [sending, setSending] = useState(false);
  const [submitted, setSubmitted] = useState<SubmittedReport | null>(null);
  // One key per report: a retry after a lost answer gives back the same case instead of a second one.
  const idempotencyKey = useRef(kept.idempotencyKey);
  useEffect(() => savedDraft.save({ draft, idempotencyKey: idempotencyKey.current }), [draft]);
  const summary = useRef<FormErrorSummaryElement>(null);

  const category = taxonomy.categories.find((c) => c.code === draft.category);
  const identityFields = useMemo(() => fieldsWithIdentityNumbers(draft), [draft]);
  const set = <K extends DraftField>(field: K, value: ReportDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value, ...(field === 'category' ? { subcategory: '' } : {}) }));

  if (submitted) {
    return (
      <ReportConfirmation
        report={submitted}
        onAnother={() => {
          idempotencyKey.current = crypto.randomUUID();
          setDraft(emptyDraft(osloLocalInput(new Date())));
          setShownProblems({});
          setSubmitted(null);
        }}
      />
    );
  }
  if (taxonomy.error) return <ErrorAlert error={taxonomy.error} />;
  if (!taxonomy.loaded) return <Loading what="kategorier" />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = draftProblems(draft);
    setShownProblems(problems);
    setFailure(undefined);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSending(true);
    try {
      const { body } = await api.request<SubmittedReport>('/api/reports', {
        method: 'POST',
        body: reportBody(draft, me?.system),
        headers: { 'idempotency-key': idempotencyKey.current },
      });
      savedDraft.clear();
      setSubmitted(body);
      window.scrollTo(0, 0);
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError && error.problem.errors) {
        const fromServer: Partial<Record<DraftField, string>> = {};
        for (const { field, message } of error.problem.errors) {
          const own = draftFieldOf(field);
          if (own) fromServer[own] = message;
        }
        setShownProblems(fromServer);
      }
    } finally {
      setSending(false);
    }
  };

  const problemEntries = Object.entries(shownProblems) as [DraftField, string][];
  const errorOf = (field: DraftField) => shownProblems[field];

  return (
    <form className="report-form" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={1} data-size="lg">
        Meld feil i legemiddelkjeden
      </Heading>
      <Paragraph>
        Beskriv hva som skjedde. Saken sendes straks til den som må rette feilen, og du kan følge den under «Våre
        saker».
      </Paragraph>
      <Alert data-color="info">
        <Paragraph data-size="sm">
          Skriv aldri fødselsnummer, navn eller andre opplysninger som kan identifisere pasienten.
        </Paragraph>
      </Alert>

      <FormErrorSummary
        ref={summary}
        heading="Dette må rettes før du kan sende"
        problems={problemEntries.map(([field, message]) => ({
          id: fieldId(field),
          label: FIELD_LABELS[field],
          message,
        }))}
      />
      {failure !== undefined && problemEntries.length === 0 && <ErrorAlert error={failure} />}
      {failure instanceof ApiError && problemEntries.length > 0 && (
        <Paragraph role="status">{describeError(failure)}</Paragraph>
      )}

      <Field>
        <Label htmlFor={fieldId('category')}>{FIELD_LABELS.category}</Label>
        <FieldDescription>{category?.description ?? 'Velg området som passer best.'}</FieldDescription>
        <CategorySelect
          id={fieldId('category')}
          value={draft.category}
          onChange={(code) => set('category', code)}
          empty="Velg …"
          invalid={errorOf('category') !== undefined}
        />
        {errorOf('category') && <ValidationMessage>{errorOf('category')}</ValidationMessage>}
      </Field>

      {category && (
        <Fieldset id={fieldId('subcategory')} tabIndex={-1}>
          <FieldsetLegend>{FIELD_LABELS.subcategory}</FieldsetLegend>
          {category.subcategories.map((sub) => (
            <Radio
              key={sub.code}
              name="subcategory"
              value={sub.code}
              label={sub.label}
              description={sub.description}
              checked={draft.subcategory === sub.code}
              onChange={() => set('subcategory', sub.code)}
            />
          ))}
          {errorOf('subcategory') && <ValidationMessage>{errorOf('subcategory')}</ValidationMessage>}
        </Fieldset>
      )}

      <Textfield
        id={fieldId('title')}
        label={FIELD_LABELS.title}
        description="Én setning, for eksempel «Doseendring i SFM kom ikke over i journalen»."
        value={draft.title}
        onChange={(event) => set('title', event.target.value)}
        error={errorOf('title')}
        counter={200}
      />
      <Textfield
        id={fieldId('description')}
        multiline
        rows={6}
        label={FIELD_LABELS.description}
        description="Hva gjorde du, hva forventet du, og hva skjedde? Ta med feilmeldingen hvis du har den."
        value={draft.description}
        onChange={(event) => set('description', event.target.value)}
        error={errorOf('description')}
      />
      <div aria-live="polite" className="report-form__pii">
        {identityFields.length > 0 && (
          <Alert data-color="warning">
            <Heading level={2} data-size="xs">
              Det ser ut som du har skrevet et fødselsnummer
            </Heading>
            <Paragraph data-size="sm">
              Feltet {identityFields.map((f) => `«${FIELD_LABELS[f]}»`).join(', ')} inneholder et gyldig fødsels- eller
              D-nummer. Fjern det før du sender. Sender du likevel, blir nummeret holdt tilbake for alle utenfor din
              virksomhet.
            </Paragraph>
          </Alert>
        )}
      </div>

      <Textfield
        id={fieldId('occurredAt')}
        type="datetime-local"
        label={FIELD_LABELS.occurredAt}
        description="Norsk tid."
        value={draft.occurredAt}
        onChange={(event) => set('occurredAt', event.target.value)}
        error={errorOf('occurredAt')}
      />

      <Fieldset>
        <FieldsetLegend>Journalsystem</FieldsetLegend>
        {me?.system ? (
          <>
            <FieldsetDescription>
              {me.system.product} (fra virksomhetens oppføring). Rett versjonen hvis den er en annen.
            </FieldsetDescription>
            <Textfield
              id={fieldId('systemVersion')}
              label={FIELD_LABELS.systemVersion}
              value={draft.systemVersion}
              placeholder={me.system.version ?? ''}
              onChange={(event) => set('systemVersion', event.target.value)}
              error={errorOf('systemVersion')}
            />
          </>
        ) : (
          <FieldsetDescription>Lagspill kjenner virksomhetens system og fyller det inn.</FieldsetDescription>
        )}
      </Fieldset>

      <Fieldset id={fieldId('multidoseMode')}>
        <FieldsetLegend>Gjelder det multidose?</FieldsetLegend>
        {MULTIDOSE_MODES.map((code) => (
          <Radio
            key={code}
            name="multidoseMode"
            value={code}
            label={MULTIDOSE_LABELS[code]}
            checked={draft.multidoseMode === code}
            onChange={() => set('multidoseMode', code)}
          />
        ))}
      </Fieldset>

      <Fieldset id={fieldId('harm')}>
        <FieldsetLegend>Ble pasienten skadet?</FieldsetLegend>
        <FieldsetDescription>Ved skade eller nestenhendelse: meld også avvik i egen virksomhet.</FieldsetDescription>
        {HARM_LEVELS.map((code) => (
          <Radio
            key={code}
            name="harm"
            value={code}
            label={HARM_LABELS[code]}
            checked={draft.harm === code}
            onChange={() => set('harm', code)}
          />
        ))}
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Omfang</FieldsetLegend>
        <Checkbox
          id={fieldId('multiplePatients')}
          label="Gjelder flere pasienter"
          checked={draft.multiplePatients}
          onChange={(event) => set('multiplePatients', event.target.checked)}
        />
        <Checkbox
          id={fieldId('multipleOrganisations')}
          label="Gjelder flere virksomheter (så vidt du vet)"
          checked={draft.multipleOrganisations}
          onChange={(event) => set('multipleOrganisations', event.target.checked)}
        />
      </Fieldset>

      <Details>
        <DetailsSummary>Tekniske opplysninger (valgfritt)</DetailsSummary>
        <DetailsContent>
          <Paragraph data-size="sm">
            Står i feilmeldingen eller loggen; hjelper leverandøren å finne feilen raskt.
          </Paragraph>
          {TECHNICAL_FIELDS.map((field) => (
            <Textfield
              key={field}
              id={fieldId(field)}
              label={FIELD_LABELS[field]}
              value={draft[field]}
              onChange={(event) => set(field, event.target.value)}
              error={errorOf(field)}
            />
          ))}
        </DetailsContent>
      </Details>

      <div className="actions">
        <Button type="submit" loading={sending} disabled={sending}>
          Send melding
        </Button>
      </div>
    </form>
  );
}
