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
import type { PartyEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { LabelOptions } from '../../../components/label-options';
import { useOffsetPages } from '../../../hooks/use-offset-pages';
import { usePageTitle } from '../../../hooks/use-page-title';
import { PARTY_KIND_LABELS, regionName } from '../directory-labels';
import { ActiveTag, ListResult, SearchForm, useFilters } from '../directory-list';

/** The parties that answer cases: vendors, Norsk helsenett, pharmacy chains and the working groups. */
export function PartyListPage() {
  usePageTitle('Parter');
  const { me } = useSession();
  const filters = useFilters();
  const q = filters.get('q');
  const pages = useOffsetPages<PartyEntry>(
    `/api/directory/parties${query({ q, type: filters.get('type'), limit: 50 })}`,
  );

  return (
    <section className="stack">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          Parter
        </Heading>
        {me?.role === 'admin' && (
          <Link asChild>
            <RouterLink to="/katalog/parter/ny">Registrer en ny part</RouterLink>
          </Link>
        )}
      </div>
      <Paragraph>
        Leverandører, Norsk helsenett, apotekkjeder og de regionale arbeidsgruppene: de som får saker og svarer på dem.
        {me?.role === 'admin' ? '' : ' Bare administratorer kan endre partene.'}
      </Paragraph>

      <div className="filter-bar" role="search" aria-label="Filtrer parter">
        <Field>
          <Label htmlFor="filter-kind">Type</Label>
          <Select id="filter-kind" value={filters.get('type')} onChange={(e) => filters.set('type', e.target.value)}>
            <SelectOption value="">Alle</SelectOption>
            <LabelOptions labels={PARTY_KIND_LABELS} />
          </Select>
        </Field>
        <SearchForm id="filter-q" label="Navn" value={q} onSearch={(text) => filters.set('q', text)} />
      </div>

      <ListResult pages={pages} what="parter" none="Ingen parter passer med søket.">
        {(items) => (
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">Parter</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Navn</TableHeaderCell>
                  <TableHeaderCell>Type</TableHeaderCell>
                  <TableHeaderCell>Region</TableHeaderCell>
                  <TableHeaderCell>Produkter</TableHeaderCell>
                  <TableHeaderCell>Frister (timer)</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((party) => (
                  <TableRow key={party.id}>
                    <TableCell>
                      <Link asChild>
                        <RouterLink to={`/katalog/parter/${encodeURIComponent(party.id)}`}>{party.name}</RouterLink>
                      </Link>
                    </TableCell>
                    <TableCell>{PARTY_KIND_LABELS[party.kind]}</TableCell>
                    <TableCell>{party.region ? regionName(party.region) : 'Nasjonal'}</TableCell>
                    <TableCell>{party.products.join(', ')}</TableCell>
                    <TableCell>
                      {party.serviceLevel.firstResponseHours} / {party.serviceLevel.resolutionHours}
                    </TableCell>
                    <TableCell>
                      <ActiveTag deactivatedAt={party.deactivatedAt} />
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
