import { Inject, Injectable } from '@nestjs/common';
import type { ClusterReport, DeviationNoticeStatus } from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';
import type { CaseFigures } from '../indicators/indicator-cells.calculator';
import type { CaseFacts, MeasureKind } from './case-facts';

const CASE_COLUMNS = `f.case_id, (EXTRACT(EPOCH FROM f.reported_at) * 1000)::float8, f.region, f.helsefellesskap, f.category,
  f.organisation_type, f.paper_multidose, f.multiple_patients, f.concerns, f.both_multidose, f.fragmented_list,
  f.harmful, f.deviation_notice`;

type CaseRow = [
  string,
  number,
  string | null,
  string | null,
  string,
  string | null,
  boolean,
  boolean,
  string | null,
  boolean,
  boolean,
  boolean,
  DeviationNoticeStatus | null,
];
/** Where a measure's or holding's own columns start in a row (after CASE_COLUMNS). */
const OWN = 13;

/**
 * The case facts: insights.case_fact and its rows in insights.measure and insights.holding, one read
 * model written together per case. The projection writes in a few set-based statements per batch, inside
 * its transaction; rows travel as one JSON document per statement: cheaper to build and parse than arrays.
 */
@Injectable()
export class CaseFactsRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async load(sql: SqlExecutor, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
    const { rows } = await sql.query<{ facts: CaseFacts }>(
      `SELECT facts FROM insights.case_fact WHERE case_id = ANY($1::text[])`,
      [caseIds],
    );
    return new Map(rows.map((row) => [row.facts.caseId, row.facts]));
  }

  /** `stored`: the cases that already had rows (the others have no measures or holdings to replace). */
  async save(sql: SqlExecutor, facts: readonly CaseFacts[], stored: ReadonlySet<string>): Promise<void> {
    const ids = facts.map((f) => f.caseId).filter((id) => stored.has(id));
    await sql.query(
      `INSERT INTO insights.case_fact (case_id, version, reported_at, region, helsefellesskap, organisation_type,
                                       category, subcategory, organisation, system_vendor, system_product,
                                       system_version, paper_multidose, multiple_patients, concerns, both_multidose,
                                       fragmented_list, harmful, deviation_notice, facts)
       SELECT f.value->>'caseId', (f.value->>'version')::int, (f.value->>'reportedAt')::timestamptz,
              d->>'region', d->>'helsefellesskap', d->>'organisationType', d->>'category', d->>'subcategory',
              d->>'organisation', d->'system'->>'vendor', d->'system'->>'product', d->'system'->>'version',
              (d->>'paperMultidose')::boolean, (d->>'multiplePatients')::boolean, d->>'concerns',
              (d->>'bothMultidose')::boolean, (d->>'fragmentedList')::boolean, (d->>'harmful')::boolean,
              d->>'deviationNotice', f.value
       FROM jsonb_array_elements($1::jsonb) AS f, LATERAL (SELECT f.value->'dimensions') AS x(d)
       -- The other columns come from the report, which never changes; the working group may correct concerns.
       ON CONFLICT (case_id) DO UPDATE SET version = EXCLUDED.version, concerns = EXCLUDED.concerns,
                                           facts = EXCLUDED.facts`,
      [JSON.stringify(facts)],
    );
    // A case's measures and holdings are few: replacing them is simpler than diffing and as fast.
    if (ids.length > 0) {
      await sql.query(`DELETE FROM insights.measure WHERE case_id = ANY($1::text[])`, [ids]);
      await sql.query(`DELETE FROM insights.holding WHERE case_id = ANY($1::text[])`, [ids]);
    }
    await sql.query(
      `INSERT INTO insights.measure (case_id, kind, at, party, hours)
       SELECT f.value->>'caseId', m->>'kind', (m->>'at')::timestamptz, m->>'party', (m->>'hours')::float8
       FROM jsonb_array_elements($1::jsonb) AS f, jsonb_array_elements(f.value->'measures') AS m`,
      [JSON.stringify(facts.map((f) => ({ caseId: f.caseId, measures: f.measures })))],
    );
    await sql.query(
      `INSERT INTO insights.holding (case_id, party, from_at, to_at)
       SELECT f.value->>'caseId', h->>'party', (h->>'from')::timestamptz, (h->>'to')::timestamptz
       FROM jsonb_array_elements($1::jsonb) AS f, jsonb_array_elements(f.value->'holdings') AS h`,
      [JSON.stringify(facts.map((f) => ({ caseId: f.caseId, holdings: f.holdings })))],
    );
  }

  /**
   * Reads what counts in the buckets from `from` to `until` (ms): measures that happened in them (up to
   * `asOf`) and holdings open at any of their instants (`firstInstant`..`lastInstant`), grouped by case.
   * Rows come as arrays with times as epoch milliseconds: decoding, not PostgreSQL, is the cost here.
   */
  async figures(
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
          concerns: row[8],
          bothMultidose: row[9],
          fragmentedList: row[10],
          harmful: row[11],
          deviationNotice: row[12],
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
        kind: row[OWN] as MeasureKind,
        at: row[OWN + 1] as number,
        party: row[OWN + 2] as string | null,
        hours: row[OWN + 3] as number | null,
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
        party: row[OWN] as string | null,
        from: row[OWN + 1] as number,
        to: (row[OWN + 2] as number | null) ?? Infinity,
      });
    }
    return byCase;
  }

  /**
   * Reports in [from, to) whose fault (system and category) was reported by at least `minOrganisations`
   * organisations in the period: the others can never form a cluster, so they are not even read.
   */
  async clusterCandidates(from: Date, to: Date, minOrganisations: number): Promise<ClusterReport[]> {
    const { rows } = await this.store.sql.query<Record<string, string | Date | null>>(
      `WITH period AS (
         SELECT * FROM insights.case_fact WHERE reported_at >= $1 AND reported_at < $2
       ), faults AS (
         SELECT system_vendor, system_product, category, subcategory FROM period
         GROUP BY 1, 2, 3, 4 HAVING COUNT(DISTINCT organisation) >= $3
       )
       SELECT p.case_id, p.organisation, p.region, p.reported_at, p.system_vendor, p.system_product,
              p.system_version, p.category, p.subcategory
       FROM period p JOIN faults f USING (system_vendor, system_product, category, subcategory)`,
      [from, to, minOrganisations],
    );
    return rows.map((row) => ({
      caseId: row.case_id as string,
      organisation: row.organisation as string,
      region: row.region as string | null,
      reportedAt: (row.reported_at as Date).toISOString(),
      system: {
        vendor: row.system_vendor as string,
        product: row.system_product as string,
        ...(row.system_version ? { version: row.system_version as string } : {}),
      },
      category: row.category as string,
      subcategory: row.subcategory as string,
    }));
  }
}
