import {
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { query } from '../../api/api-client';
import { ErrorAlert } from '../../components/error-alert';
import { LabelOptions } from '../../components/label-options';
import { Loading } from '../../components/loading';
import { SearchForm } from '../../components/search-form';
import { useFilters } from '../../hooks/use-filters';
import { useOffsetPages, type OffsetPages } from '../../hooks/use-offset-pages';
import { usePageTitle } from '../../hooks/use-page-title';
import { entryPage, type EntryKind } from './entry-kinds';

/** A filter of a list: a choice among a table's codes, kept in the address as `param`. */
export interface ListFilter {
  readonly param: string;
  readonly label: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** A column of a list's table, between the name (a link to the entry) and its status. */
export interface ListColumn<E> {
  readonly heading: string;
  readonly cell: (entry: E) => ReactNode;
}

/**
 * A directory list page: its heading (and the link that registers a new entry), a word about the list, the
 * filters and the text search (kept in the address), and the entries as a table, 50 at a time.
 */
export function DirectoryListPage<E extends { readonly name: string; readonly deactivatedAt?: string }>({
  kind,
  title,
  create,
  intro,
  filters,
  searchLabel,
  columns,
}: {
  readonly kind: EntryKind<E>;
  readonly title: string;
  /** The link's text; none for those who may not register one. */
  readonly create?: string | undefined;
  readonly intro: ReactNode;
  readonly filters: readonly ListFilter[];
  readonly searchLabel: string;
  readonly columns: readonly ListColumn<E>[];
}) {
  usePageTitle(title);
  const params = useFilters();
  const q = params.get('q');
  const chosen = Object.fromEntries(filters.map((filter) => [filter.param, params.get(filter.param)]));
  const pages = useOffsetPages<E>(`${kind.api}${query({ q, ...chosen, limit: 50 })}`);

  return (
    <section className="stack">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {create && (
          <Link asChild>
            <RouterLink to={`${kind.pages}/ny`}>{create}</RouterLink>
          </Link>
        )}
      </div>
      <Paragraph>{intro}</Paragraph>

      <div className="filter-bar" role="search" aria-label={`Filtrer ${kind.plural}`}>
        {filters.map((filter) => (
          <Field key={filter.param}>
            <Label htmlFor={`filter-${filter.param}`}>{filter.label}</Label>
            <Select
              id={`filter-${filter.param}`}
              value={params.get(filter.param)}
              onChange={(e) => params.set(filter.param, e.target.value)}
            >
              <SelectOption value="">Alle</SelectOption>
              <LabelOptions labels={filter.labels} />
            </Select>
          </Field>
        ))}
        <SearchForm id="filter-q" label={searchLabel} value={q} onSearch={(text) => params.set('q', text)} />
      </div>

      <ListResult pages={pages} what={kind.plural} none={`Ingen ${kind.plural} passer med søket.`}>
        {(items) => (
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">{title}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Navn</TableHeaderCell>
                  {columns.map((column) => (
                    <TableHeaderCell key={column.heading}>{column.heading}</TableHeaderCell>
                  ))}
                  <TableHeaderCell>Status</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((entry) => (
                  <TableRow key={kind.keyOf(entry)}>
                    <TableCell>
                      <Link asChild>
                        <RouterLink to={entryPage(kind, kind.keyOf(entry))}>{entry.name}</RouterLink>
                      </Link>
                    </TableCell>
                    {columns.map((column) => (
                      <TableCell key={column.heading}>{column.cell(entry)}</TableCell>
                    ))}
                    <TableCell>
                      <ActiveTag deactivatedAt={entry.deactivatedAt} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </ListResult>
    </section>
  );
}

/** A list's rows once loaded, how many of how many are shown, and "Vis flere". */
function ListResult<T>({
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
