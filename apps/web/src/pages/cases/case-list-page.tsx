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
  Tag,
} from '@digdir/designsystemet-react';
import { isOverdue } from '@lagspill/contracts';
import { useMemo } from 'react';
import { organisationHolder } from '@lagspill/domain';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { query } from '../../api/api-client';
import type { CaseView, Party } from '../../api/types';
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
import { useParties, useTaxonomy } from '../../hooks/use-reference-data';
import { useCursorPages } from '../../hooks/use-cursor-pages';
import { label, STATUS_LABELS } from '../../labels';
import { LabelOptions } from '../../components/label-options';
import { CaseListDownload } from './case-list-download';
import { addressOf, FILTER_NAMES, listFilters, toSavedFilters, type CaseListMode } from './case-list-filters';
import { SavedFiltersPanel } from './saved-filters-panel';

interface Props {
  /**
   * inbox: the cases with the caller's party now (a responder's, or a coordinator's working group),
   * soonest due first; all: every case one may see, newest first.
   */
  readonly mode: CaseListMode;
}

export function CaseListPage({ mode }: Props) {
  const { me } = useSession();
  // What the caller's inbox holds: its party's cases, or those routed to a reporter's organisation.
  const ownHolder =
    me?.party ?? (me?.role === 'reporter' && me.organisation ? organisationHolder(me.organisation) : undefined);
  const holderName = me?.partyName ?? (me?.role === 'reporter' ? me.organisationName : undefined);
  const title =
    mode === 'inbox'
      ? `Innboks${holderName ? ` – ${holderName}` : ''}`
      : mode === 'following'
        ? 'Følger'
        : me?.role === 'reporter'
          ? 'Våre saker'
          : 'Saker';
  usePageTitle(title);
  const taxonomy = useTaxonomy();
  const parties = useParties();
  const filters = useFilters();
  const [, setAddress] = useSearchParams();
  const address = Object.fromEntries(FILTER_NAMES.map((name) => [name, filters.get(name)]));
  const asked = listFilters(address, mode, ownHolder);
  const status = filters.get('status');
  const category = filters.get('category');
  const q = filters.get('q');
  const cases = useCursorPages<CaseView>(`/api/cases${query({ ...asked, limit: 50 })}`);
  const now = useNow();
  const holder = asked.party ? parties.get(asked.party)?.name : undefined;

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
      {mode === 'following' && (
        <Paragraph>
          Saker du følger, og saker {holderName ? `${holderName} har hatt` : 'dere har hatt'} og sendt videre: du får
          varsel om det som skjer i dem.
        </Paragraph>
      )}
      {mode === 'inbox' && (
        <Paragraph>
          Saker som ligger hos {asked.party === ownHolder ? 'dere' : (holder ?? asked.party)} nå, med den som forfaller
          først øverst. Saker over fristen er merket.
        </Paragraph>
      )}

      <div className="filter-bar" role="search" aria-label="Filtrer saker">
        <Field>
          <Label htmlFor="filter-status">Status</Label>
          <Select id="filter-status" value={status} onChange={(e) => filters.set('status', e.target.value)}>
            <SelectOption value="">{mode === 'inbox' ? 'Alle åpne' : 'Alle'}</SelectOption>
            <LabelOptions labels={STATUS_LABELS} />
            {status !== '' && !(status in STATUS_LABELS) && (
              // A saved filter may name several statuses: shown as it is, so the field tells the truth.
              <SelectOption value={status}>
                {status
                  .split(',')
                  .map((s) => label(STATUS_LABELS, s))
                  .join(', ')}
              </SelectOption>
            )}
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
        <Field>
          <Label htmlFor="filter-party">Hos</Label>
          <HolderSelect
            id="filter-party"
            parties={parties}
            value={asked.party ?? ''}
            // In an inbox the own party is the starting point: choosing it again takes it out of the address.
            onChange={(party) => filters.set('party', mode === 'inbox' && party === ownHolder ? '' : party)}
            empty={mode === 'inbox' ? undefined : 'Alle'}
          />
        </Field>
        <SearchForm id="filter-q" label="Søk i tekst" value={q} onSearch={(text) => filters.set('q', text)} />
        <CaseListDownload filters={asked} />
      </div>

      {me && me.role !== 'system' && (
        <SavedFiltersPanel
          current={toSavedFilters(asked)}
          onApply={(saved) => setAddress(new URLSearchParams(addressOf(saved.filters)), { replace: true })}
        />
      )}

      <ErrorAlert error={cases.error} />
      {cases.loading && !cases.loaded ? (
        <Loading what="saker" />
      ) : cases.items.length === 0 ? (
        <Paragraph>Ingen saker passer med filteret.</Paragraph>
      ) : (
        <ul className="case-list" aria-label="Saker">
          {cases.items.map((item) => (
            <li key={item.id}>
              <CaseCard item={item} categoryLabel={taxonomy.categoryLabel(item.category)} now={now} />
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

/** «Hos»: the party a case is with now, by name (GET /api/parties), sorted as Norwegians sort names. */
function HolderSelect({
  id,
  parties,
  value,
  onChange,
  empty,
}: {
  readonly id: string;
  readonly parties: ReadonlyMap<string, Party>;
  readonly value: string;
  readonly onChange: (party: string) => void;
  /** The option for no party at all; none in an inbox, which is always someone's. */
  readonly empty: string | undefined;
}) {
  const sorted = useMemo(() => [...parties.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb')), [parties]);
  return (
    <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      {empty !== undefined && <SelectOption value="">{empty}</SelectOption>}
      {value !== '' && !parties.has(value) && (
        // An organisation a case is with (`organisation:<id>`), or a party no longer listed: named as known.
        <SelectOption value={value}>
          <PartyName id={value} />
        </SelectOption>
      )}
      {sorted.map((party) => (
        <SelectOption key={party.id} value={party.id}>
          {party.name}
        </SelectOption>
      ))}
    </Select>
  );
}

interface CaseCardProps {
  readonly item: CaseView;
  readonly categoryLabel: string;
  readonly now: number;
}

function CaseCard({ item, categoryLabel, now }: CaseCardProps) {
  const due = item.routedTo?.dueAt;
  const overdue = isOverdue(item, now);
  return (
    <Card data-color="neutral" className="case-card" data-overdue={overdue || undefined}>
      <div className="case-card__top">
        <Heading level={2} data-size="2xs">
          <Link asChild>
            <RouterLink to={`/saker/${item.reference}`}>
              {item.reference}: {item.title}
            </RouterLink>
          </Link>
        </Heading>
        <span>
          {overdue && (
            <Tag data-color="danger" data-size="sm">
              Over fristen
            </Tag>
          )}{' '}
          <StatusTag status={item.status} />
        </span>
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
      {due && !['resolved', 'closed'].includes(item.status) && (
        <Paragraph data-size="sm" className={overdue ? 'due due--overdue' : 'due'}>
          {overdue ? 'Fristen gikk ut ' : item.status === 'awaiting-information' ? 'Frist (venter på svar) ' : 'Frist '}
          <Time at={due} /> ({relativeToNow(due, now)})
        </Paragraph>
      )}
    </Card>
  );
}
