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
import type { PersonEntry } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { LabelOptions } from '../../../components/label-options';
import { useOffsetPages } from '../../../hooks/use-offset-pages';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ROLE_LABELS } from '../../../labels';
import { regionName } from '../directory-labels';
import { ActiveTag, ListResult, SearchForm, useFilters } from '../directory-list';
import { useDirectoryParties } from '../use-directory-data';

/** The people Lagspill knows: search by name, username or HPR number; filter by role. */
export function PersonListPage() {
  usePageTitle('Personer');
  const { me } = useSession();
  const filters = useFilters();
  const parties = useDirectoryParties();
  const q = filters.get('q');
  const pages = useOffsetPages<PersonEntry>(
    `/api/directory/people${query({ q, role: filters.get('role'), limit: 50 })}`,
  );

  return (
    <section className="stack">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          Personer
        </Heading>
        <Link asChild>
          <RouterLink to="/katalog/personer/ny">Legg inn en ny person</RouterLink>
        </Link>
      </div>
      <Paragraph>
        {me?.role === 'coordinator'
          ? `Personene i virksomhetene i ${regionName(me.region)} og i arbeidsgruppen din.`
          : 'Alle som kan logge inn i Lagspill, og fagsystemene som melder.'}
      </Paragraph>

      <div className="filter-bar" role="search" aria-label="Filtrer personer">
        <Field>
          <Label htmlFor="filter-role">Rolle</Label>
          <Select id="filter-role" value={filters.get('role')} onChange={(e) => filters.set('role', e.target.value)}>
            <SelectOption value="">Alle</SelectOption>
            <LabelOptions labels={ROLE_LABELS} />
          </Select>
        </Field>
        <SearchForm
          id="filter-q"
          label="Navn, brukernavn eller HPR-nummer"
          value={q}
          onSearch={(text) => filters.set('q', text)}
        />
      </div>

      <ListResult pages={pages} what="personer" none="Ingen personer passer med søket.">
        {(items) => (
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">Personer</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Navn</TableHeaderCell>
                  <TableHeaderCell>Brukernavn</TableHeaderCell>
                  <TableHeaderCell>Rolle</TableHeaderCell>
                  <TableHeaderCell>Tilhører</TableHeaderCell>
                  <TableHeaderCell>HPR-nummer</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((person) => (
                  <TableRow key={person.username}>
                    <TableCell>
                      <Link asChild>
                        <RouterLink to={`/katalog/personer/${encodeURIComponent(person.username)}`}>
                          {person.name}
                        </RouterLink>
                      </Link>
                    </TableCell>
                    <TableCell>{person.username}</TableCell>
                    <TableCell>{ROLE_LABELS[person.role]}</TableCell>
                    <TableCell>{person.party ? parties.name(person.party) : (person.organisation ?? '–')}</TableCell>
                    <TableCell>{person.hprNumber ?? '–'}</TableCell>
                    <TableCell>
                      <ActiveTag deactivatedAt={person.deactivatedAt} />
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
