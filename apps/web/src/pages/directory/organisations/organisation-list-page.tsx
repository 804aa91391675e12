import {
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
} from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { query } from '../../../api/api-client';
import type { OrganisationEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { LabelOptions } from '../../../components/label-options';
import { useOffsetPages } from '../../../hooks/use-offset-pages';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ORGANISATION_TYPE_LABELS, REGION_NAMES, regionName } from '../directory-labels';
import { ActiveTag, ListResult, SearchForm, useFilters } from '../directory-list';

/** The directory's organisations: search by name, orgnr or HER-id; filter by type and region. */
export function OrganisationListPage() {
  usePageTitle('Virksomheter');
  const { me } = useSession();
  const filters = useFilters();
  const q = filters.get('q');
  const pages = useOffsetPages<OrganisationEntry>(
    `/api/directory/organisations${query({ q, type: filters.get('type'), region: filters.get('region'), limit: 50 })}`,
  );

  return (
    <section className="stack">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          Virksomheter
        </Heading>
        <Link asChild>
          <RouterLink to="/katalog/virksomheter/ny">Registrer en ny virksomhet</RouterLink>
        </Link>
      </div>
      <Paragraph>
        Legekontor, sykehjem, apotek og andre som melder feil, med systemet de bruker.{' '}
        {me?.role === 'coordinator'
          ? `Du kan endre virksomhetene i ${regionName(me.region)}.`
          : 'Som administrator kan du endre alle.'}
      </Paragraph>

      <div className="filter-bar" role="search" aria-label="Filtrer virksomheter">
        <Field>
          <Label htmlFor="filter-type">Type</Label>
          <Select id="filter-type" value={filters.get('type')} onChange={(e) => filters.set('type', e.target.value)}>
            <SelectOption value="">Alle</SelectOption>
            <LabelOptions labels={ORGANISATION_TYPE_LABELS} />
          </Select>
        </Field>
        <Field>
          <Label htmlFor="filter-region">Region</Label>
          <Select
            id="filter-region"
            value={filters.get('region')}
            onChange={(e) => filters.set('region', e.target.value)}
          >
            <SelectOption value="">Alle</SelectOption>
            <LabelOptions labels={REGION_NAMES} />
          </Select>
        </Field>
        <SearchForm
          id="filter-q"
          label="Navn, orgnr eller HER-id"
          value={q}
          onSearch={(text) => filters.set('q', text)}
        />
      </div>

      <ListResult pages={pages} what="virksomheter" none="Ingen virksomheter passer med søket.">
        {(items) => (
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">Virksomheter</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Navn</TableHeaderCell>
                  <TableHeaderCell>Type</TableHeaderCell>
                  <TableHeaderCell>Kommune</TableHeaderCell>
                  <TableHeaderCell>Region</TableHeaderCell>
                  <TableHeaderCell>Orgnr</TableHeaderCell>
                  <TableHeaderCell>HER-id</TableHeaderCell>
                  <TableHeaderCell>System</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>
                      <Link asChild>
                        <RouterLink to={`/katalog/virksomheter/${encodeURIComponent(o.id)}`}>{o.name}</RouterLink>
                      </Link>
                    </TableCell>
                    <TableCell>{ORGANISATION_TYPE_LABELS[o.type]}</TableCell>
                    <TableCell>{o.municipalityName ?? o.municipality}</TableCell>
                    <TableCell>{regionName(o.region)}</TableCell>
                    <TableCell>{o.orgnr}</TableCell>
                    <TableCell>{o.herId}</TableCell>
                    <TableCell>
                      {o.system.product}
                      {o.system.version ? ` ${o.system.version}` : ''}
                    </TableCell>
                    <TableCell>
                      <ActiveTag deactivatedAt={o.deactivatedAt} />
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
