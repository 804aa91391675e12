import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  SelectOption,
} from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { query } from '../../api/api-client';
import type { CaseView } from '../../api/types';
import { useSession } from '../../auth/session';
import { CategorySelect } from '../../components/category-select';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PartyName } from '../../components/party-name';
import { SearchForm } from '../../components/search-form';
import { StatusTag } from '../../components/status-tag';
import { Time } from '../../components/time';
import { relativeToNow } from '../../format/oslo-time';
import { useFilters } from '../../hooks/use-filters';
import { useNow } from '../../hooks/use-now';
import { usePageTitle } from '../../hooks/use-page-title';
import { useTaxonomy } from '../../hooks/use-reference-data';
import { useCursorPages } from '../../hooks/use-cursor-pages';
import { STATUS_LABELS } from '../../labels';
import { LabelOptions } from '../../components/label-options';

interface Props {
  /** inbox: a responder's cases with their party now, soonest due first; all: every case one may see, newest first. */
  readonly mode: 'inbox' | 'all';
}

export function CaseListPage({ mode }: Props) {
  const { me } = useSession();
  const title =
    mode === 'inbox'
      ? `Innboks${me?.partyName ? ` – ${me.partyName}` : ''}`
      : me?.role === 'reporter'
        ? 'Våre saker'
        : 'Saker';
  usePageTitle(title);
  const taxonomy = useTaxonomy();
  const filters = useFilters();
  const status = filters.get('status');
  const category = filters.get('category');
  const q = filters.get('q');
  const path = `/api/cases${query({
    status,
    category,
    q,
    // An inbox is what waits for the party now, soonest due first; without a status, every open one.
    party: mode === 'inbox' ? me?.party : undefined,
    open: mode === 'inbox' && status === '' ? true : undefined,
    sort: mode === 'inbox' ? 'due' : undefined,
    limit: 50,
  })}`;
  const cases = useCursorPages<CaseView>(path);
  const now = useNow();

  return (
    <section className="stack">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {me?.role === 'reporter' && (
          <Link asChild>
            <RouterLink to="/meld">Meld en ny feil</RouterLink>
          </Link>
        )}
      </div>
      {mode === 'inbox' && <Paragraph>Saker som ligger hos dere nå, med den som forfaller først øverst.</Paragraph>}

      <div className="filter-bar" role="search" aria-label="Filtrer saker">
        <Field>
          <Label htmlFor="filter-status">Status</Label>
          <Select id="filter-status" value={status} onChange={(e) => filters.set('status', e.target.value)}>
            <SelectOption value="">{mode === 'inbox' ? 'Alle åpne' : 'Alle'}</SelectOption>
            <LabelOptions labels={STATUS_LABELS} />
          </Select>
        </Field>
        <Field>
          <Label htmlFor="filter-category">Kategori</Label>
          <CategorySelect
            id="filter-category"
            value={category}
            onChange={(code) => filters.set('category', code)}
            empty="Alle"
          />
        </Field>
        <SearchForm id="filter-q" label="Søk i tekst" value={q} onSearch={(text) => filters.set('q', text)} />
      </div>

      <ErrorAlert error={cases.error} />
      {cases.loading && !cases.loaded ? (
        <Loading what="saker" />
      ) : cases.items.length === 0 ? (
        <Paragraph>Ingen saker passer med filteret.</Paragraph>
      ) : (
        <ul className="case-list" aria-label="Saker">
          {cases.items.map((item) => (
            <li key={item.id}>
              <CaseCard
                item={item}
                showDue={mode === 'inbox'}
                categoryLabel={taxonomy.categoryLabel(item.category)}
                now={now}
              />
            </li>
          ))}
        </ul>
      )}
      {cases.hasMore && (
        <Button variant="secondary" onClick={() => void cases.loadMore()}>
          Vis flere
        </Button>
      )}
    </section>
  );
}

interface CaseCardProps {
  readonly item: CaseView;
  readonly showDue: boolean;
  readonly categoryLabel: string;
  readonly now: number;
}

function CaseCard({ item, showDue, categoryLabel, now }: CaseCardProps) {
  const due = item.routedTo?.dueAt;
  const overdue = due !== undefined && Date.parse(due) < now;
  return (
    <Card data-color="neutral" className="case-card">
      <div className="case-card__top">
        <Heading level={2} data-size="2xs">
          <Link asChild>
            <RouterLink to={`/saker/${item.reference}`}>
              {item.reference}: {item.title}
            </RouterLink>
          </Link>
        </Heading>
        <StatusTag status={item.status} />
      </div>
      <Paragraph data-size="sm" className="muted">
        {categoryLabel} · {item.reporter.organisation.name} · meldt <Time at={item.reportedAt} />
        {item.routedTo && (
          <>
            {' '}
            · hos <PartyName id={item.routedTo.party} />
          </>
        )}
      </Paragraph>
      {showDue && due && !['resolved', 'closed'].includes(item.status) && (
        <Paragraph data-size="sm" className={overdue ? 'due due--overdue' : 'due'}>
          {overdue ? 'Fristen gikk ut ' : 'Frist '}
          <Time at={due} /> ({relativeToNow(due, now)})
        </Paragraph>
      )}
    </Card>
  );
}
