import { Button, Field, Label, Paragraph, Search, SearchInput, Tag } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import type { OffsetPages } from '../../hooks/use-offset-pages';

/** The list's filters, kept in the address so that a search can be shared and survives going back. */
export function useFilters(): {
  readonly get: (name: string) => string;
  readonly set: (name: string, value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  return {
    get: (name) => params.get(name) ?? '',
    set: (name, value) => {
      const next = new URLSearchParams(params);
      if (value === '') next.delete(name);
      else next.set(name, value);
      setParams(next, { replace: true });
    },
  };
}

/** The text search of a list: sent with Enter or the button, like the case list's. */
export function SearchForm({
  id,
  label,
  value,
  onSearch,
}: {
  readonly id: string;
  readonly label: string;
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

/** A list's rows once loaded, how many of how many are shown, and "Vis flere". */
export function ListResult<T>({
  pages,
  what,
  none,
  children,
}: {
  readonly pages: OffsetPages<T>;
  /** The plural noun, for "Viser 50 av 312 virksomheter". */
  readonly what: string;
  readonly none: string;
  readonly children: (items: readonly T[]) => ReactNode;
}) {
  return (
    <>
      <ErrorAlert error={pages.error} />
      {!pages.loaded ? (
        pages.error ? null : (
          <Loading what={what} />
        )
      ) : pages.items.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm" className="muted" role="status">
            Viser {pages.items.length} av {pages.total} {what}.
          </Paragraph>
          {children(pages.items)}
          {pages.hasMore && (
            <div className="actions">
              <Button variant="secondary" onClick={() => void pages.loadMore()}>
                Vis flere
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** Whether an entry is active: a tag only for those that are not. */
export function ActiveTag({ deactivatedAt }: { readonly deactivatedAt: string | undefined }) {
  return deactivatedAt === undefined ? (
    <Tag data-color="success" data-size="sm">
      Aktiv
    </Tag>
  ) : (
    <Tag data-color="neutral" data-size="sm">
      Deaktivert
    </Tag>
  );
}
