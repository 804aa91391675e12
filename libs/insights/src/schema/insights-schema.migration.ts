import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The insights read models. `case_fact` holds each case's folded indicator facts; `measure` and
 * `holding` are those facts as rows SQL can aggregate; `indicator_cell` is what GET /api/indicators
 * reads (one row per scope, interval kind, bucket, dimension and group), recomputed from the facts by
 * IndicatorRefresher from `refresh_state.dirty_from` on. `incident` and `cluster_decision` follow the
 * incident and cluster streams; `indicator_snapshot` the weekly `indicators.published` events;
 * `status_change` is the feed of every case's status changes for outside systems.
 */
export class InsightsSchema1763900000000 implements MigrationInterface {
  readonly name = 'InsightsSchema1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS insights`);
    await db.query(`
      CREATE TABLE insights.case_fact (
        case_id           text        PRIMARY KEY,
        version           integer     NOT NULL,
        reported_at       timestamptz NOT NULL,
        region            text,
        helsefellesskap   text,
        organisation_type text,
        category          text        NOT NULL,
        subcategory       text        NOT NULL,
        organisation      text        NOT NULL,
        system_vendor     text        NOT NULL,
        system_product    text        NOT NULL,
        system_version    text,
        paper_multidose   boolean     NOT NULL,
        multiple_patients boolean     NOT NULL,
        facts             jsonb       NOT NULL
      )`);
    // Cluster detection reads reports of one period grouped by system and category.
    await db.query(`CREATE INDEX case_fact_reported ON insights.case_fact (reported_at)`);
    await db.query(`
      CREATE TABLE insights.measure (
        case_id text             NOT NULL,
        kind    text             NOT NULL,
        at      timestamptz      NOT NULL,
        party   text,
        hours   double precision
      )`);
    await db.query(`CREATE INDEX measure_case ON insights.measure (case_id)`);
    await db.query(`CREATE INDEX measure_at ON insights.measure (at)`);
    await db.query(`
      CREATE TABLE insights.holding (
        case_id text        NOT NULL,
        party   text,
        from_at timestamptz NOT NULL,
        to_at   timestamptz
      )`);
    await db.query(`CREATE INDEX holding_case ON insights.holding (case_id)`);
    // Open at an instant: from_at < instant <= to_at (or still held); the refresher asks for instants >= X.
    await db.query(`CREATE INDEX holding_until ON insights.holding ((COALESCE(to_at, 'infinity'::timestamptz)))`);
    await db.query(`
      CREATE TABLE insights.indicator_cell (
        scope              text             NOT NULL,
        interval           text             NOT NULL,
        bucket             timestamptz      NOT NULL,
        dimension          text             NOT NULL,
        grp                text             NOT NULL,
        cases              integer          NOT NULL,
        reported           integer          NOT NULL,
        resolved           integer          NOT NULL,
        open               integer          NOT NULL,
        backlog_p50        double precision,
        backlog_p90        double precision,
        first_response_p50 double precision,
        first_response_p90 double precision,
        resolution_p50     double precision,
        resolution_p90     double precision,
        sla_breached       integer          NOT NULL,
        reopened           integer          NOT NULL,
        paper_multidose    integer          NOT NULL,
        multiple_patients  integer          NOT NULL,
        PRIMARY KEY (scope, interval, dimension, bucket, grp)
      )`);
    await db.query(`
      CREATE TABLE insights.refresh_state (
        singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
        dirty_from   timestamptz,
        as_of        timestamptz,
        refreshed_at timestamptz
      )`);
    await db.query(`INSERT INTO insights.refresh_state DEFAULT VALUES`);
    await db.query(`
      CREATE TABLE insights.incident (
        id            text        PRIMARY KEY,
        party         text        NOT NULL,
        regions       text[]      NOT NULL,
        organisations text[]      NOT NULL,
        declared_at   timestamptz NOT NULL,
        document      jsonb       NOT NULL
      )`);
    await db.query(`
      CREATE TABLE insights.cluster_decision (
        cluster_id  text        PRIMARY KEY,
        decision    text        NOT NULL,
        incident_id text,
        reason      text,
        decided_by  text        NOT NULL,
        decided_at  timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE insights.indicator_snapshot (
        week         text        PRIMARY KEY,
        start        timestamptz NOT NULL,
        published_at timestamptz NOT NULL,
        snapshot     jsonb       NOT NULL
      )`);
    // The status feed: every status change of every case, in log order, with who may see it.
    await db.query(`
      CREATE TABLE insights.case_status (
        case_id               text   PRIMARY KEY,
        reference             text   NOT NULL,
        reporter_organisation text   NOT NULL,
        region                text,
        state                 jsonb  NOT NULL
      )`);
    await db.query(`
      CREATE TABLE insights.status_change (
        position              bigserial   PRIMARY KEY,
        event_id              text        NOT NULL UNIQUE,
        case_id               text        NOT NULL,
        reference             text        NOT NULL,
        type                  text        NOT NULL,
        status                text        NOT NULL,
        party                 text,
        at                    timestamptz NOT NULL,
        reporter_organisation text        NOT NULL,
        region                text,
        routed_parties        text[]      NOT NULL
      )`);
    await db.query(`CREATE INDEX status_change_case ON insights.status_change (case_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA insights CASCADE`);
  }
}
