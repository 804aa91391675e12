import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { query } from '../../api/api-client';
import type { IndicatorTable } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Time } from '../../components/time';
import { usePageTitle } from '../../hooks/use-page-title';
import { useResource } from '../../hooks/use-resource';
import { Chart } from './charts/chart';
import { seriesByGroup, seriesByMeasure, type Measure } from './charts/chart-data';
import { KeyFigure } from './key-figure';
import { osloDate, periodLabel } from './period-label';
import { ReportFlagsSections } from './report-flags-sections';
import { LabelOptions } from '../../components/label-options';

type Interval = 'day' | 'week' | 'month';
const GROUPINGS = {
  category: 'kategori',
  helsefellesskap: 'helsefellesskap',
  party: 'ansvarlig part',
  organisationType: 'type virksomhet',
  concernedOrganisation: 'virksomhet saken gjelder',
} as const;
type Grouping = keyof typeof GROUPINGS;

interface Filter {
  readonly from: string;
  readonly to: string;
  readonly interval: Interval;
  readonly by: Grouping;
}

export function DashboardPage() {
  usePageTitle('Oversikt');
  const { api, me } = useSession();
  const [draft, setDraft] = useState<Filter>(() => ({
    from: osloDate(-7 * 12),
    to: osloDate(),
    interval: 'week',
    by: 'category',
  }));
  const [filter, setFilter] = useState<Filter>(draft);
  const [downloadError, setDownloadError] = useState<unknown>(undefined);
  const grouped = useResource<IndicatorTable>(`/api/indicators${query({ ...filter })}`);
  const total = useResource<IndicatorTable>(
    `/api/indicators${query({ from: filter.from, to: filter.to, interval: filter.interval })}`,
  );
  const label = (start: string) => periodLabel(filter.interval, start);
  const totals = total.data?.rows ?? [];
  const sum = (pick: (r: (typeof totals)[number]) => number | null) => totals.reduce((s, r) => s + (pick(r) ?? 0), 0);

  const download = async () => {
    setDownloadError(undefined);
    try {
      const blob = await api.blob(`/api/indicators${query({ ...filter })}`, 'text/csv');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `lagspill-indikatorer-${filter.by}-${filter.from}-${filter.to}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setDownloadError(error);
    }
  };

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Oversikt{me?.role === 'responder' && me.partyName ? ` – ${me.partyName}` : ''}
      </Heading>
      <form
        className="filter-bar"
        aria-label="Velg periode og gruppering"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
        }}
      >
        <Textfield
          id="filter-from"
          type="date"
          label="Fra"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <Textfield
          id="filter-to"
          type="date"
          label="Til"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <Field>
          <Label htmlFor="filter-interval">Per</Label>
          <Select
            id="filter-interval"
            value={draft.interval}
            onChange={(e) => setDraft({ ...draft, interval: e.target.value as Interval })}
          >
            <SelectOption value="day">dag</SelectOption>
            <SelectOption value="week">uke</SelectOption>
            <SelectOption value="month">måned</SelectOption>
          </Select>
        </Field>
        <Field>
          <Label htmlFor="filter-by">Fordelt på</Label>
          <Select
            id="filter-by"
            value={draft.by}
            onChange={(e) => setDraft({ ...draft, by: e.target.value as Grouping })}
          >
            <LabelOptions labels={GROUPINGS} />
          </Select>
        </Field>
        <div className="filter-bar__buttons">
          <Button type="submit">Vis</Button>
          <Button type="button" variant="secondary" onClick={() => void download()}>
            Last ned CSV
          </Button>
        </div>
      </form>
      <ErrorAlert error={grouped.error ?? total.error ?? downloadError} />

      {total.data && (
        <div className="key-figures" aria-label="Nøkkeltall for perioden">
          <KeyFigure label="Meldte saker" value={sum((r) => r.reported)} />
          <KeyFigure label="Løste saker" value={sum((r) => r.resolved)} />
          <KeyFigure label="Åpne ved periodens slutt" value={totals.at(-1)?.open ?? 0} />
          <KeyFigure label="Fristbrudd" value={sum((r) => r.slaBreached)} />
        </div>
      )}
      {total.data?.asOf && (
        <Paragraph data-size="xs" className="muted">
          Tallene er oppdatert <Time at={total.data.asOf} />. Grupper med færre enn 5 saker vises ikke for andre enn
          arbeidsgruppen.
        </Paragraph>
      )}

      {!grouped.data || !total.data ? (
        <Loading what="indikatorer" />
      ) : (
        <div className="chart-grid">
          {chartsOf(filter, grouped.data, total.data).map((chart) => (
            <Card data-color="neutral" key={chart.title}>
              <Chart {...chart} periodLabel={label} />
            </Card>
          ))}
        </div>
      )}
      {total.data && <ReportFlagsSections totals={total.data.rows} periodLabel={label} />}
    </section>
  );
}

const percentiles = (p50: Measure, p90: Measure) => [
  { measure: p50, label: 'Median' },
  { measure: p90, label: '90-persentil' },
];

/** The dashboard's four charts: reports and SLA breaches by the chosen grouping, and two times for all. */
function chartsOf(filter: Filter, grouped: IndicatorTable, total: IndicatorTable) {
  const per = `per ${intervalWord(filter.interval)}, fordelt på ${GROUPINGS[filter.by]}`;
  return [
    {
      title: `Meldte saker ${per}`,
      kind: 'stacked-bars',
      data: seriesByGroup(grouped.rows, 'reported'),
      unit: 'saker',
    },
    {
      title: 'Alder på åpne saker (timer)',
      kind: 'lines',
      data: seriesByMeasure(total.rows, percentiles('backlogAgeP50Hours', 'backlogAgeP90Hours')),
      unit: 'timer',
      note: 'Ved slutten av hver periode; tid der saken venter på melder er trukket fra.',
    },
    {
      title: 'Tid til første svar (timer)',
      kind: 'lines',
      data: seriesByMeasure(total.rows, percentiles('firstResponseP50Hours', 'firstResponseP90Hours')),
      unit: 'timer',
    },
    {
      title: `Fristbrudd ${per}`,
      kind: 'stacked-bars',
      data: seriesByGroup(grouped.rows, 'slaBreached'),
      unit: 'fristbrudd',
    },
  ] as const;
}

const intervalWord = (interval: Interval) => ({ day: 'dag', week: 'uke', month: 'måned' })[interval];
