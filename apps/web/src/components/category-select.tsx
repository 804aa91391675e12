import { Select, SelectOption } from '@digdir/designsystemet-react';
import { useTaxonomy } from '../hooks/use-reference-data';

interface Props {
  readonly id: string;
  readonly value: string;
  readonly onChange: (category: string) => void;
  /** The text of the empty choice ("Alle", "Velg …"). */
  readonly empty: string;
  readonly invalid?: boolean;
}

/** The taxonomy's categories by their Norwegian names (label it with the Field around it). */
export function CategorySelect({ id, value, onChange, empty, invalid }: Props) {
  const taxonomy = useTaxonomy();
  return (
    <Select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={invalid ? true : undefined}
    >
      <SelectOption value="">{empty}</SelectOption>
      {taxonomy.categories.map((category) => (
        <SelectOption key={category.code} value={category.code}>
          {category.label}
        </SelectOption>
      ))}
    </Select>
  );
}
