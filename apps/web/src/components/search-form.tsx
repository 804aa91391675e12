import { Button, Field, Label, Search, SearchInput } from '@digdir/designsystemet-react';
import { useState } from 'react';

/** The text search of a list's filter bar: sent with Enter or the button, trimmed. */
export function SearchForm({
  id,
  label,
  value,
  onSearch,
}: {
  readonly id: string;
  readonly label: string;
  /** The search in force, which the field starts with. */
  readonly value: string;
  readonly onSearch: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  return (
    <form
      className="filter-bar__search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Search>
          <SearchInput id={id} value={text} onChange={(event) => setText(event.target.value)} aria-label={label} />
        </Search>
      </Field>
      <Button type="submit" variant="secondary">
        Søk
      </Button>
    </form>
  );
}
