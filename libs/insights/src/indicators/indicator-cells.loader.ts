import type { SqlExecutor } from '@lagspill/event-store';
import type { MeasureKind } from '../facts/case-facts';
import type { CaseFigures, ComputedCell } from './indicator-cells.calculator';

const CASE_COLUMNS = `f.case_id, (EXTRACT(EPOCH FROM f.reported_at) * 1000)::float8, f.region, f.helsefellesskap, f.category,
  f.organisation_type, f.paper_multidose, f.multiple_patients`;

type CaseRow = [string, number, string | null, string | null, string, string | null, boolean, boolean];

/**
 * Reads what counts in the buckets from `from` to `until` (ms): measures that happened in them (up to
 * `asOf`) and holdings open at any of their instants (`firstInstant`..`lastInstant`), grouped by case.
 * Rows come as arrays with times as epoch milliseconds: decoding, not PostgreSQL, is the cost here.
 */
export async function loadCaseFigures(
  sql: SqlExecutor,
  range: { from: number; until: number; asOf: number; firstInstant: number; lastInstant: number },
): Promise<Map<string, CaseFigures>> {
  const byCase = new Map<string, CaseFigures>();
  const figuresOf = (row: CaseRow): CaseFigures => {
    let figures = byCase.get(row[0]);
    if (!figures) {
      figures = {
        caseId: row[0],
        reportedAt: row[1],
        region: row[2],
        helsefellesskap: row[3],
        category: row[4],
        organisationType: row[5],
        paperMultidose: row[6],
        multiplePatients: row[7],
        measures: [],
        holdings: [],
      };
      byCase.set(row[0], figures);
    }
    return figures;
  };
  const measures = await sql.query<unknown[]>({
    text: `SELECT ${CASE_COLUMNS}, m.kind, (EXTRACT(EPOCH FROM m.at) * 1000)::float8, m.party, m.hours
           FROM insights.measure m JOIN insights.case_fact f ON f.case_id = m.case_id
           WHERE m.at >= to_timestamp($1 / 1000.0) AND m.at < to_timestamp($2 / 1000.0)
             AND m.at <= to_timestamp($3 / 1000.0)`,
    values: [range.from, range.until, range.asOf],
    rowMode: 'array',
  });
  for (const row of measures.rows) {
    figuresOf(row as CaseRow).measures.push({
      kind: row[8] as MeasureKind,
      at: row[9] as number,
      party: row[10] as string | null,
      hours: row[11] as number | null,
    });
  }
  const holdings = await sql.query<unknown[]>({
    text: `SELECT ${CASE_COLUMNS}, h.party, (EXTRACT(EPOCH FROM h.from_at) * 1000)::float8,
                  (EXTRACT(EPOCH FROM h.to_at) * 1000)::float8
           FROM insights.holding h JOIN insights.case_fact f ON f.case_id = h.case_id
           WHERE h.from_at < to_timestamp($2 / 1000.0)
             AND COALESCE(h.to_at, 'infinity'::timestamptz) >= to_timestamp($1 / 1000.0)`,
    values: [range.firstInstant, range.lastInstant],
    rowMode: 'array',
  });
  for (const row of holdings.rows) {
    figuresOf(row as CaseRow).holdings.push({
      party: row[8] as string | null,
      from: row[9] as number,
      to: (row[10] as number | null) ?? Infinity,
    });
  }
  return byCase;
}

/** Writes computed cells in one statement (arrays unnested by PostgreSQL). */
export async function insertCells(sql: SqlExecutor, cells: readonly ComputedCell[]): Promise<void> {
  if (cells.length === 0) return;
  const column = <T>(pick: (cell: ComputedCell) => T) => cells.map(pick);
  await sql.query(
    `INSERT INTO insights.indicator_cell (scope, interval, bucket, dimension, grp, cases, reported, resolved, open,
       backlog_p50, backlog_p90, first_response_p50, first_response_p90, resolution_p50, resolution_p90,
       sla_breached, reopened, paper_multidose, multiple_patients)
     SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::int[], $7::int[],
       $8::int[], $9::int[], $10::float8[], $11::float8[], $12::float8[], $13::float8[], $14::float8[], $15::float8[],
       $16::int[], $17::int[], $18::int[], $19::int[])`,
    [
      column((c) => c.scope),
      column((c) => c.interval),
      column((c) => new Date(c.bucket)),
      column((c) => c.dimension),
      column((c) => c.group),
      column((c) => c.cases),
      column((c) => c.reported),
      column((c) => c.resolved),
      column((c) => c.open),
      column((c) => c.backlogP50),
      column((c) => c.backlogP90),
      column((c) => c.firstResponseP50),
      column((c) => c.firstResponseP90),
      column((c) => c.resolutionP50),
      column((c) => c.resolutionP90),
      column((c) => c.slaBreached),
      column((c) => c.reopened),
      column((c) => c.paperMultidose),
      column((c) => c.multiplePatients),
    ],
  );
}
