import {
  Alert,
  Field,
  FieldDescription,
  Heading,
  Label,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FieldError } from '../../api/api-error';

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

/** Problems the server named that no field of the form shows (a row of a file, a field it has not). */
export function OtherProblems({ problems }: { readonly problems: readonly FieldError[] }) {
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
