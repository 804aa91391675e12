import { Fieldset, FieldsetDescription, FieldsetLegend, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly description?: string;
}

/**
 * One answer among a few, as a fieldset of radio buttons with its problem under them. The fieldset takes
 * focus (tabIndex -1) so that the error summary's link to it lands somewhere.
 */
export function FieldRadios<T extends string>({
  id,
  name,
  legend,
  description,
  options,
  value,
  onChange,
  error,
}: {
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly description?: ReactNode;
  readonly options: readonly RadioOption<T>[];
  readonly value: T | '';
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Fieldset id={id} tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FieldsetDescription>{description}</FieldsetDescription>}
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          {...(option.description ? { description: option.description } : {})}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** Options from codes and their labels, in the codes' order. */
export function optionsOf<T extends string>(
  codes: readonly T[],
  labels: Readonly<Record<T, string>>,
): RadioOption<T>[] {
  return codes.map((code) => ({ value: code, label: labels[code] }));
}
