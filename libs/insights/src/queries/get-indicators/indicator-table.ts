import type { IndicatorFigures, IndicatorRow } from '@lagspill/contracts';
import type { IndicatorCell } from '../../indicators/indicator-cells.repository';

const round = (value: number | null, decimals: number) =>
  value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The figures of a cell as the API shows them: hours to two decimals, shares to four. */
export function figuresOf(cell: IndicatorCell): IndicatorFigures {
  const share = (count: number) => (cell.reported === 0 ? null : round(count / cell.reported, 4));
  return {
    cases: cell.cases,
    reported: cell.reported,
    resolved: cell.resolved,
    open: cell.open,
    backlogAgeP50Hours: round(cell.backlogP50, 2),
    backlogAgeP90Hours: round(cell.backlogP90, 2),
    firstResponseP50Hours: round(cell.firstResponseP50, 2),
    firstResponseP90Hours: round(cell.firstResponseP90, 2),
    resolutionP50Hours: round(cell.resolutionP50, 2),
    resolutionP90Hours: round(cell.resolutionP90, 2),
    slaBreached: cell.slaBreached,
    reopened: cell.reopened,
    paperMultidoseShare: share(cell.paperMultidose),
    multiplePatientsShare: share(cell.multiplePatients),
    bothMultidoseShare: share(cell.bothMultidose),
    fragmentedList: cell.fragmentedList,
    fragmentedListShare: share(cell.fragmentedList),
    harmful: cell.harmful,
    harmfulNotified: cell.harmfulNotified,
    harmfulWillNotify: cell.harmfulWillNotify,
    harmfulNotNotified: cell.harmfulNotNotified,
    harmfulNotStated: cell.harmfulNotStated,
  };
}

const SUPPRESSED: { readonly [K in keyof IndicatorFigures]: null } = {
  cases: null,
  reported: null,
  resolved: null,
  open: null,
  backlogAgeP50Hours: null,
  backlogAgeP90Hours: null,
  firstResponseP50Hours: null,
  firstResponseP90Hours: null,
  resolutionP50Hours: null,
  resolutionP90Hours: null,
  slaBreached: null,
  reopened: null,
  paperMultidoseShare: null,
  multiplePatientsShare: null,
  bothMultidoseShare: null,
  fragmentedList: null,
  fragmentedListShare: null,
  harmful: null,
  harmfulNotified: null,
  harmfulWillNotify: null,
  harmfulNotNotified: null,
  harmfulNotStated: null,
};

/** A cell as one row of the table (its bucket as ISO times); `suppressed` (small-group-suppression.ts) hides its figures. */
export function rowOf(
  cell: IndicatorCell,
  bucket: { readonly start: string; readonly end: string },
  label: string,
  suppressed: boolean,
): IndicatorRow {
  return {
    start: bucket.start,
    end: bucket.end,
    group: cell.group,
    label,
    suppressed,
    ...(suppressed ? SUPPRESSED : figuresOf(cell)),
  };
}

/** The row with its figures hidden. */
export function suppressedRow(row: IndicatorRow): IndicatorRow {
  return { ...row, suppressed: true, ...SUPPRESSED };
}

/** A row published before some of its figures existed, with those figures null: not counted then. */
export function withEveryFigure(row: IndicatorRow): IndicatorRow {
  return { ...SUPPRESSED, ...row };
}
