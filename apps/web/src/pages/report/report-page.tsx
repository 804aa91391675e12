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
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  DEVIATION_CHANNELS,
  DEVIATION_NOTICE_STATUSES,
  HARM_LEVELS,
  MULTIDOSE_MODES,
  needsDeviationNotice,
} from '@lagspill/domain';
import { ApiError, describeError } from '../../api/api-error';
import type { CaseView } from '../../api/types';
import { useSession } from '../../auth/session';
import { CategorySelect } from '../../components/category-select';
import { ErrorAlert } from '../../components/error-alert';
import { FormErrorSummary, type FormErrorSummaryElement } from '../../components/form-error-summary';
import { Loading } from '../../components/loading';
import { useOrganisationLookup } from '../../components/organisation-lookup';
import { OrganisationPicker } from '../../components/organisation-picker';
import { osloLocalInput } from '../../format/oslo-time';
import { usePageTitle } from '../../hooks/use-page-title';
import { useTaxonomy } from '../../hooks/use-reference-data';
import {
  DEVIATION_ANSWER_LABELS,
  DEVIATION_CHANNEL_LABELS,
  FRAGMENTED_LIST_LABEL,
  HARM_LABELS,
  MULTIDOSE_LABELS,
  TECHNICAL_LABELS,
} from '../../labels';
import { FieldRadios, optionsOf } from './field-radios';
import { ReportConfirmation } from './report-confirmation';
import {
  changedDraft,
  draftFieldOf,
  draftProblems,
  emptyDraft,
  fieldsWithIdentityNumbers,
  NO_PROBLEMS,
  problemsNow,
  reportBody,
  savedDraft,
  TECHNICAL_FIELDS,
  type DraftField,
  type ReportDraft,
  type ShownProblems,
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
  concerns: 'Annen virksomhet',
  fragmentedList: FRAGMENTED_LIST_LABEL,
  deviationStatus: 'Meldt som uønsket hendelse',
  deviationChannel: 'Hvor den ble meldt',
  deviationReference: 'Referanse',
} as Record<DraftField, string>;

/** A failed sending, and whether the server named fields in it (then those say what is wrong). */
interface Failure {
  readonly error: unknown;
  readonly byField: boolean;
}

const fieldId = (field: DraftField) => `felt-${field}`;

export function ReportPage() {
  usePageTitle('Meld feil');
  const { api, me } = useSession();
  const taxonomy = useTaxonomy();
  const [kept] = useState(() =>
    savedDraft.load(() => ({ draft: emptyDraft(osloLocalInput(new Date())), idempotencyKey: crypto.randomUUID() })),
  );
  const [draft, setDraft] = useState<ReportDraft>(kept.draft);
  const [shown, setShown] = useState<ShownProblems>(NO_PROBLEMS);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [sending, setSending] = useState(false);
  const [submitted, setSubmitted] = useState<SubmittedReport | null>(null);
  // One key per report: a retry after a lost answer gives back the same case instead of a second one.
  const idempotencyKey = useRef(kept.idempotencyKey);
  useEffect(() => savedDraft.save({ draft, idempotencyKey: idempotencyKey.current }), [draft]);
  const summary = useRef<FormErrorSummaryElement>(null);

  const category = taxonomy.categories.find((c) => c.code === draft.category);
  const identityFields = useMemo(() => fieldsWithIdentityNumbers(draft), [draft]);
  // The reporting organisation cannot be the one the report concerns: it is not offered.
  const searchOrganisations = useOrganisationLookup(me?.organisation);
  const set = <K extends DraftField>(field: K, value: ReportDraft[K]) =>
    setDraft((current) => changedDraft(current, field, value));

  if (submitted) {
    return (
      <ReportConfirmation
        report={submitted}
        onAnother={() => {
          idempotencyKey.current = crypto.randomUUID();
          setDraft(emptyDraft(osloLocalInput(new Date())));
          setShown(NO_PROBLEMS);
          setFailure(null);
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
    setShown({ problems, foundIn: draft });
    setFailure(null);
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
      const fromServer: Partial<Record<DraftField, string>> = {};
      for (const { field, message } of error instanceof ApiError ? (error.problem.errors ?? []) : []) {
        const own = draftFieldOf(field);
        if (own) fromServer[own] = message;
      }
      setShown({ problems: fromServer, foundIn: draft });
      setFailure({ error, byField: Object.keys(fromServer).length > 0 });
    } finally {
      setSending(false);
    }
  };

  const problems = problemsNow(shown, draft);
  const problemEntries = Object.entries(problems) as [DraftField, string][];
  const errorOf = (field: DraftField) => problems[field];
  const radiosOf = <K extends 'subcategory' | 'multidoseMode' | 'harm' | 'deviationStatus' | 'deviationChannel'>(
    field: K,
  ) => ({
    id: fieldId(field),
    name: field,
    value: draft[field],
    onChange: (value: ReportDraft[K]) => set(field, value),
    error: errorOf(field),
  });

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
      {failure && !failure.byField && <ErrorAlert error={failure.error} />}
      {failure?.byField && problemEntries.length > 0 && (
        <Paragraph role="status">{describeError(failure.error)}</Paragraph>
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
        <FieldRadios
          {...radiosOf('subcategory')}
          legend={FIELD_LABELS.subcategory}
          options={category.subcategories.map((sub) => ({
            value: sub.code,
            label: sub.label,
            description: sub.description,
          }))}
        />
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

      <OrganisationPicker
        id={fieldId('concerns')}
        legend="Hvilken annen virksomhet gjelder det? (valgfritt)"
        description="Den andre enden av legemiddelkjeden, hvis det er en: for eksempel det forskrivende legekontoret, det utskrivende sykehuset, hjemmetjenesten eller apoteket."
        chosen={draft.concerns}
        onChoose={(organisation) => set('concerns', organisation)}
        onClear={() => set('concerns', null)}
        search={searchOrganisations}
        error={errorOf('concerns')}
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

      <FieldRadios
        {...radiosOf('multidoseMode')}
        legend="Gjelder det multidose?"
        options={optionsOf(MULTIDOSE_MODES, MULTIDOSE_LABELS)}
      />

      <Fieldset>
        <FieldsetLegend>Legemiddellisten</FieldsetLegend>
        <Checkbox
          id={fieldId('fragmentedList')}
          label={FRAGMENTED_LIST_LABEL}
          description="For eksempel en pasient på papirmultidose som også har e-resepter eller PLL, eller en liste som er delt mellom flere steder. Kan krysses av for alle typer feil."
          checked={draft.fragmentedList}
          onChange={(event) => set('fragmentedList', event.target.checked)}
          error={errorOf('fragmentedList')}
        />
      </Fieldset>

      <FieldRadios
        {...radiosOf('harm')}
        legend="Ble pasienten skadet?"
        description="Ved skade eller nestenhendelse: meld også avvik i egen virksomhet."
        options={optionsOf(HARM_LEVELS, HARM_LABELS)}
      />
      {needsDeviationNotice(draft.harm) && (
        <>
          <Alert data-color="warning">
            <Heading level={2} data-size="xs">
              Husk meldeplikten
            </Heading>
            <Paragraph data-size="sm">
              En hendelse som har skadet pasienten, skal også meldes på melde.no eller i virksomhetens eget
              avvikssystem, slik rutinene deres sier. Lagspill melder ikke for deg: denne feilmeldingen erstatter ikke
              avviksmeldingen.
            </Paragraph>
          </Alert>
          <FieldRadios
            {...radiosOf('deviationStatus')}
            legend="Er hendelsen meldt på melde.no eller i eget avvikssystem?"
            options={optionsOf(DEVIATION_NOTICE_STATUSES, DEVIATION_ANSWER_LABELS)}
          />
          {draft.deviationStatus === 'notified' && (
            <>
              <FieldRadios
                {...radiosOf('deviationChannel')}
                legend="Hvor ble den meldt?"
                options={optionsOf(DEVIATION_CHANNELS, DEVIATION_CHANNEL_LABELS)}
              />
              <Textfield
                id={fieldId('deviationReference')}
                label="Referanse (valgfritt)"
                description="Nummeret meldingen fikk der, for eksempel SYN-2026-0451. Aldri fødselsnummer."
                value={draft.deviationReference}
                onChange={(event) => set('deviationReference', event.target.value)}
                error={errorOf('deviationReference')}
              />
            </>
          )}
        </>
      )}

      <Fieldset>
        <FieldsetLegend>Omfang</FieldsetLegend>
        <Checkbox
          id={fieldId('multiplePatients')}
          label="Gjelder flere pasienter"
          checked={draft.multiplePatients}
          onChange={(event) => set('multiplePatients', event.target.checked)}
          error={errorOf('multiplePatients')}
        />
        <Checkbox
          id={fieldId('multipleOrganisations')}
          label="Gjelder flere virksomheter (så vidt du vet)"
          checked={draft.multipleOrganisations}
          onChange={(event) => set('multipleOrganisations', event.target.checked)}
          error={errorOf('multipleOrganisations')}
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
