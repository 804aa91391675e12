import {
  Alert,
  Field,
  FieldDescription,
  Heading,
  Label,
  Paragraph,
  Select,
  SelectOptgroup,
  SelectOption,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FieldError } from '../../api/api-error';
import type { RegionTree } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FormErrorSummary } from '../../components/form-error-summary';
import type { FormOutcome } from './use-entry-form';

/** A labelled select with its description and error, as the report form's are built. */
export function SelectField({
  id,
  label,
  description,
  value,
  onChange,
  error,
  children,
}: {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <FieldDescription>{description}</FieldDescription>}
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
      >
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/**
 * Above a form's fields: what must be fixed, each linking to its field (the summary takes focus), what the
 * server refused that no field shows, and a failure that is about no field at all.
 */
export function FormProblems({
  form: { summary, problems, other, failure },
  heading,
}: {
  readonly form: FormOutcome;
  readonly heading: string;
}) {
  return (
    <>
      <FormErrorSummary ref={summary} heading={heading} problems={problems} />
      <OtherProblems problems={other} />
      <ErrorAlert error={failure} />
    </>
  );
}

/** Problems the server named that no field of the form shows (a row of a file, a field it has not). */
function OtherProblems({ problems }: { readonly problems: readonly FieldError[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        Tjenesten avviste endringen
      </Heading>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.field}-${problem.message}`}>
            {problem.field}: {problem.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** Said after a save: what happened, to screen readers too. */
export function SavedAlert({ children }: { readonly children: ReactNode }) {
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/** A read-only view of an entry's facts, for those who may see but not change it. */
export function Facts({ facts }: { readonly facts: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value === '' || value === undefined || value === null ? '–' : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An option per entry, by its name (the parties or organisations one may choose). */
export function NameOptions({
  entries,
}: {
  readonly entries: readonly { readonly id: string; readonly name: string }[];
}) {
  return (
    <>
      {entries.map((entry) => (
        <SelectOption key={entry.id} value={entry.id}>
          {entry.name}
        </SelectOption>
      ))}
    </>
  );
}

/** "Velg …", then the kommuner of every helsefellesskap, grouped by it. */
export function MunicipalityOptions({ regions }: { readonly regions: readonly RegionTree[] }) {
  return (
    <>
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
    </>
  );
}

/** "Velg …", then the helsefellesskap of every region, grouped by region. */
export function HelsefellesskapOptions({ regions }: { readonly regions: readonly RegionTree[] }) {
  return (
    <>
      <SelectOption value="">Velg …</SelectOption>
      {regions.map((region) => (
        <SelectOptgroup key={region.id} label={region.name}>
          {region.helsefellesskap.map((h) => (
            <SelectOption key={h.id} value={h.id}>
              {h.name}
            </SelectOption>
          ))}
        </SelectOptgroup>
      ))}
    </>
  );
}
