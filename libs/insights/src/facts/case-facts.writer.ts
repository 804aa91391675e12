import { Injectable } from '@nestjs/common';
import type { SqlExecutor } from '@lagspill/event-store';
import type { CaseFacts } from './case-facts';

/**
 * Reads and writes the case facts tables in a few set-based statements per batch, inside the projection's
 * transaction. Rows travel as one JSON document per statement: cheaper to build and parse than arrays.
 */
@Injectable()
export class CaseFactsWriter {
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
                                       system_version, paper_multidose, multiple_patients, facts)
       SELECT f.value->>'caseId', (f.value->>'version')::int, (f.value->>'reportedAt')::timestamptz,
              d->>'region', d->>'helsefellesskap', d->>'organisationType', d->>'category', d->>'subcategory',
              d->>'organisation', d->'system'->>'vendor', d->'system'->>'product', d->'system'->>'version',
              (d->>'paperMultidose')::boolean, (d->>'multiplePatients')::boolean, f.value
       FROM jsonb_array_elements($1::jsonb) AS f, LATERAL (SELECT f.value->'dimensions') AS x(d)
       -- The other columns come from the report, which never changes.
       ON CONFLICT (case_id) DO UPDATE SET version = EXCLUDED.version, facts = EXCLUDED.facts`,
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
}
