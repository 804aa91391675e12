import { Injectable } from '@nestjs/common';
import type { SqlExecutor } from '@lagspill/event-store';
import type { CaseFacts } from './case-facts';

/**
 * Reads and writes the case facts tables in a few set-based statements per batch (arrays unnested by
 * PostgreSQL), inside the projection's transaction.
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

  async save(sql: SqlExecutor, facts: readonly CaseFacts[]): Promise<void> {
    const ids = facts.map((f) => f.caseId);
    await sql.query(
      `INSERT INTO insights.case_fact AS f (case_id, version, reported_at, region, helsefellesskap, organisation_type,
                                            category, paper_multidose, multiple_patients, facts, subcategory,
                                            organisation, system_vendor, system_product, system_version)
       SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::boolean[], $9::boolean[], $10::jsonb[], $11::text[], $12::text[], $13::text[],
                            $14::text[], $15::text[])
       -- The other columns come from the report, which never changes.
       ON CONFLICT (case_id) DO UPDATE SET version = EXCLUDED.version, facts = EXCLUDED.facts`,
      [
        ids,
        facts.map((f) => f.version),
        facts.map((f) => f.reportedAt),
        facts.map((f) => f.dimensions.region),
        facts.map((f) => f.dimensions.helsefellesskap),
        facts.map((f) => f.dimensions.organisationType),
        facts.map((f) => f.dimensions.category),
        facts.map((f) => f.dimensions.paperMultidose),
        facts.map((f) => f.dimensions.multiplePatients),
        facts.map((f) => JSON.stringify(f)),
        facts.map((f) => f.dimensions.subcategory),
        facts.map((f) => f.dimensions.organisation),
        facts.map((f) => f.dimensions.system.vendor),
        facts.map((f) => f.dimensions.system.product),
        facts.map((f) => f.dimensions.system.version ?? null),
      ],
    );
    // A case's measures and holdings are few: replacing them is simpler than diffing and as fast.
    await sql.query(`DELETE FROM insights.measure WHERE case_id = ANY($1::text[])`, [ids]);
    await sql.query(`DELETE FROM insights.holding WHERE case_id = ANY($1::text[])`, [ids]);
    const measures = facts.flatMap((f) => f.measures.map((m) => ({ caseId: f.caseId, ...m })));
    await sql.query(
      `INSERT INTO insights.measure (case_id, kind, at, party, hours)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::float8[])`,
      [
        measures.map((m) => m.caseId),
        measures.map((m) => m.kind),
        measures.map((m) => m.at),
        measures.map((m) => m.party),
        measures.map((m) => m.hours),
      ],
    );
    const holdings = facts.flatMap((f) => f.holdings.map((h) => ({ caseId: f.caseId, ...h })));
    await sql.query(
      `INSERT INTO insights.holding (case_id, party, from_at, to_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[])`,
      [
        holdings.map((h) => h.caseId),
        holdings.map((h) => h.party),
        holdings.map((h) => h.from),
        holdings.map((h) => h.to),
      ],
    );
  }
}
