import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useResource } from '../../hooks/use-resource';
import { SavedAlert } from './directory-fields';
import { ActiveTag } from './directory-list';
import { entryApi, type EntryKind } from './entry-kinds';
import { EntryHistory } from './entry-history';

/**
 * An entry's page: the entry (no key: none, while one is registered), whether it was registered just now,
 * and how many saves the page has made (the history is read again after each).
 */
export function useEntryPage<E>(kind: EntryKind<E>, key: string | undefined) {
  const location = useLocation();
  const entry = useResource<E>(key ? entryApi(kind, key) : null);
  const [saves, setSaves] = useState(0);
  return {
    entry,
    created: (location.state as { created?: boolean } | null)?.created === true,
    saves,
    onSaved: (saved: E) => {
      entry.set(saved);
      setSaves((n) => n + 1);
    },
  };
}

function BackLink<E>({ kind }: { readonly kind: EntryKind<E> }) {
  return (
    <Link asChild>
      <RouterLink to={kind.pages}>Alle {kind.plural}</RouterLink>
    </Link>
  );
}

/** The page that registers an entry: the way back, its heading, and what follows (the form). */
export function NewEntryPage<E>({
  kind,
  title,
  children,
}: {
  readonly kind: EntryKind<E>;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="stack">
      <BackLink kind={kind} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** An entry that could not be read (with the way back), or is still being read. */
export function EntryNotShown<E>({
  kind,
  error,
  what,
}: {
  readonly kind: EntryKind<E>;
  readonly error: unknown;
  /** For "Henter virksomheten". */
  readonly what: string;
}) {
  if (!error) return <Loading what={what} />;
  return (
    <section className="stack">
      <BackLink kind={kind} />
      <ErrorAlert error={error} />
    </section>
  );
}

/**
 * An entry's page: its name and whether it is active, a line about it, the form (or, for those who may
 * not change it, why not and its facts), and its history.
 */
export function EntryView<E extends { readonly name: string; readonly deactivatedAt?: string }>({
  kind,
  entry,
  page,
  about,
  registered,
  form,
  notice,
  facts,
  municipalityName,
}: {
  readonly kind: EntryKind<E>;
  readonly entry: E;
  readonly page: { readonly created: boolean; readonly saves: number };
  readonly about: ReactNode;
  /** Said on the page a new entry opens on. */
  readonly registered: string;
  /** Null for those who may not change the entry. */
  readonly form: ReactNode;
  readonly notice: ReactNode;
  readonly facts: ReactNode;
  readonly municipalityName?: (number: string) => string;
}) {
  return (
    <section className="stack">
      <BackLink kind={kind} />
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {entry.name}
        </Heading>
        <ActiveTag deactivatedAt={entry.deactivatedAt} />
      </div>
      <Paragraph className="muted">{about}</Paragraph>
      {page.created && <SavedAlert>{registered}</SavedAlert>}
      {form ?? (
        <>
          <Paragraph>{notice}</Paragraph>
          {facts}
        </>
      )}
      <EntryHistory
        path={`${entryApi(kind, kind.keyOf(entry))}/history`}
        saves={page.saves}
        municipalityName={municipalityName}
      />
    </section>
  );
}
