import {
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import type { IndicatorRow } from '../../api/types';
import { formatNumber } from './charts/chart';
import { KeyFigure } from './key-figure';
import { formatShare, reportFlags } from './report-flags';

interface Props {
  /** The total's rows of the chosen period, one per interval. */
  readonly totals: readonly IndicatorRow[];
  readonly periodLabel: (start: string) => string;
}

type Column = readonly [heading: string, value: (row: IndicatorRow) => string];

const count = (value: number | null) => (value === null ? '–' : formatNumber(value));

const MULTIDOSE_COLUMNS: readonly Column[] = [
  ['Meldte saker', (r) => count(r.reported)],
  ['Papirmultidose (også begge)', (r) => (r.suppressed ? '–' : formatShare(r.paperMultidoseShare))],
  ['Både papir og eMD', (r) => (r.suppressed ? '–' : formatShare(r.bothMultidoseShare))],
  ['Dobbeltregistrering / fragmentert liste', (r) => count(r.fragmentedList)],
];

const HARM_COLUMNS: readonly Column[] = [
  ['Skade utover nestenhendelse', (r) => count(r.harmful)],
  ['Meldt', (r) => count(r.harmfulNotified)],
  ['Vil melde', (r) => count(r.harmfulWillNotify)],
  ['Ikke meldt', (r) => count(r.harmfulNotNotified)],
  ['Ikke oppgitt', (r) => count(r.harmfulNotStated)],
];

/**
 * What the reports say about multidose and the medication list, and about harm and the duty to notify
 * it, for the whole period, with the figures of each interval underneath (docs/indicators.md).
 */
export function ReportFlagsSections({ totals, periodLabel }: Props) {
  const flags = reportFlags(totals);
  const hidden =
    flags.hiddenIntervals > 0
      ? ` ${flags.hiddenIntervals} ${flags.hiddenIntervals === 1 ? 'periode' : 'perioder'} med færre enn 5 saker er holdt utenfor.`
      : '';
  return (
    <>
      <section className="stack" aria-labelledby="flags-multidose">
        <Heading level={2} data-size="sm" id="flags-multidose">
          Multidose og legemiddelliste
        </Heading>
        <div className="key-figures">
          <KeyFigure label="Papirmultidose (også begge)" value={formatShare(flags.paperShare)} />
          <KeyFigure label="Både papir og eMD" value={formatShare(flags.bothShare)} />
          <KeyFigure label="Dobbeltregistrering / fragmentert liste" value={flags.fragmentedList} />
          <KeyFigure
            label="Andel med dobbeltregistrering / fragmentert liste"
            value={formatShare(flags.fragmentedListShare)}
          />
        </div>
        <Paragraph data-size="xs" className="muted">
          Andeler av meldte saker i perioden. «Både papir og eMD» telles også som papirmultidose.{hidden}
        </Paragraph>
        <PerInterval
          title="Multidose og legemiddelliste per periode"
          columns={MULTIDOSE_COLUMNS}
          {...{ totals, periodLabel }}
        />
      </section>
      <section className="stack" aria-labelledby="flags-harm">
        <Heading level={2} data-size="sm" id="flags-harm">
          Skade og meldeplikt
        </Heading>
        <div className="key-figures">
          <KeyFigure label="Skade utover nestenhendelse" value={flags.harmful} />
          <KeyFigure label="Herav meldt som uønsket hendelse" value={flags.notified} />
          <KeyFigure label="Herav vil melde" value={flags.willNotify} />
          <KeyFigure label="Herav ikke meldt" value={flags.notNotified} />
          <KeyFigure label="Herav ikke oppgitt" value={flags.notStated} />
        </div>
        <Paragraph data-size="xs" className="muted">
          Hva melder svarte om meldeplikten (melde.no eller eget avvikssystem) for hendelser som har gitt skade.{hidden}
        </Paragraph>
        <PerInterval title="Skade og meldeplikt per periode" columns={HARM_COLUMNS} {...{ totals, periodLabel }} />
      </section>
    </>
  );
}

function PerInterval({ title, columns, totals, periodLabel }: Props & { title: string; columns: readonly Column[] }) {
  return (
    <Details>
      <DetailsSummary>Vis tallene per periode</DetailsSummary>
      <DetailsContent>
        <div className="table-scroll">
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{title}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Periode</TableHeaderCell>
                {columns.map(([heading]) => (
                  <TableHeaderCell key={heading}>{heading}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {totals.map((row) => (
                <TableRow key={row.start}>
                  <TableHeaderCell scope="row">{periodLabel(row.start)}</TableHeaderCell>
                  {columns.map(([heading, value]) => (
                    <TableCell key={heading}>{value(row)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </DetailsContent>
    </Details>
  );
}
