import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { REGION_NAMES } from '@lagspill/domain';
import { Link as RouterLink } from 'react-router';
import type { RoutingDryRun } from '../../api/types';
import { Time } from '../../components/time';
import { formatDate } from '../../format/oslo-time';
import { useParties, useTaxonomy } from '../../hooks/use-reference-data';

/** "+12", "−3", "0": how a party's share changes, with a real minus sign. */
export const change = (before: number, after: number): string =>
  after > before ? `+${after - before}` : after < before ? `−${before - after}` : '0';

/**
 * How the last 90 days' cases would have gone under the proposed rules against those in force: cases per
 * recipient, and the newest cases that would have gone elsewhere. Names, never ids.
 */
export function DryRunResult({ result }: { readonly result: RoutingDryRun }) {
  const parties = useParties();
  const taxonomy = useTaxonomy();
  const partyName = (id: string) => parties.get(id)?.name ?? id;
  const regions = result.regions.map((region) => REGION_NAMES[region] ?? region).join(', ');
  return (
    <section className="stack" aria-labelledby="provekjoring">
      <Heading level={2} data-size="sm" id="provekjoring">
        Prøvekjøring: de siste {result.days} dagene
      </Heading>
      <Paragraph>
        {result.cases === 0 ? (
          <>
            Ingen saker ble meldt fra {regions || 'regionene som bruker disse reglene'} de siste {result.days} dagene.
          </>
        ) : (
          <>
            {result.cases} saker meldt fra {regions} fra {formatDate(result.from)} til {formatDate(result.to)}.{' '}
            {result.changed === 0
              ? 'Med endringene ville alle gått til samme mottaker som nå.'
              : `Med endringene ville ${result.changed} av dem gått til en annen mottaker.`}
          </>
        )}
      </Paragraph>
      {result.targets.length > 0 && (
        <div className="table-scroll">
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">Saker per mottaker, nå og med endringene</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Mottaker</TableHeaderCell>
                <TableHeaderCell>Nå</TableHeaderCell>
                <TableHeaderCell>Med endringene</TableHeaderCell>
                <TableHeaderCell>Endring</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.targets.map((target) => (
                <TableRow key={target.party} data-party={target.party}>
                  <TableCell>{partyName(target.party)}</TableCell>
                  <TableCell>{target.current}</TableCell>
                  <TableCell>{target.proposed}</TableCell>
                  <TableCell>{change(target.current, target.proposed)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {result.sample.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {result.sample.length < result.changed
              ? `De ${result.sample.length} nyeste sakene som ville gått et annet sted`
              : 'Sakene som ville gått et annet sted'}
          </Heading>
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">Saker som ville fått en annen mottaker</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Sak</TableHeaderCell>
                  <TableHeaderCell>Meldt</TableHeaderCell>
                  <TableHeaderCell>Kategori</TableHeaderCell>
                  <TableHeaderCell>Nå til</TableHeaderCell>
                  <TableHeaderCell>Med endringene til</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.sample.map((changed) => (
                  <TableRow key={changed.caseId}>
                    <TableCell>
                      <Link asChild>
                        <RouterLink to={`/saker/${changed.reference}`}>{changed.reference}</RouterLink>
                      </Link>
                    </TableCell>
                    <TableCell>
                      <Time at={changed.reportedAt} />
                    </TableCell>
                    <TableCell>
                      {taxonomy.categoryLabel(changed.category)}:{' '}
                      {taxonomy.subcategoryLabel(changed.category, changed.subcategory)}
                    </TableCell>
                    <TableCell>{partyName(changed.current.party)}</TableCell>
                    <TableCell>
                      {partyName(changed.proposed.party)}{' '}
                      <span className="muted">(regel {changed.proposed.rule + 1})</span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
