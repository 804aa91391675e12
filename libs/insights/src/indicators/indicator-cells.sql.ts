/**
 * Recomputes the indicator cells of one interval kind from `$4` (the first bucket to redo) up to `$2`
 * (as of). $1 interval kind (day|week|month), $3 its length. Runs with TimeZone UTC, so buckets are UTC
 * calendar days, ISO weeks (Monday) and months.
 *
 * Each measure counts in the bucket it happened in; "open" is taken at each bucket's end (or at as-of
 * for the bucket still running): a holding counts when from_at < instant <= to_at. Every row is counted
 * once per scope (all, the case's region, the party it is attributed to) and once per dimension.
 */
export const RECOMPUTE_CELLS = `
WITH buckets AS (
  SELECT b AS bucket, LEAST(b + $3::interval, $2::timestamptz) AS instant
  FROM generate_series(date_trunc($1, $4::timestamptz), $2::timestamptz, $3::interval) AS b
),
rows AS (
  SELECT date_trunc($1, m.at) AS bucket, m.case_id, m.kind, m.party, m.hours, NULL::float8 AS age
  FROM insights.measure m
  WHERE m.at >= date_trunc($1, $4::timestamptz) AND m.at <= $2::timestamptz
  UNION ALL
  SELECT b.bucket, h.case_id, 'open', h.party, NULL, EXTRACT(EPOCH FROM b.instant - f.reported_at) / 3600
  FROM buckets b
  JOIN insights.holding h
    ON h.from_at < b.instant AND COALESCE(h.to_at, 'infinity'::timestamptz) >= b.instant
   AND COALESCE(h.to_at, 'infinity'::timestamptz) >= date_trunc($1, $4::timestamptz)
  JOIN insights.case_fact f ON f.case_id = h.case_id
)
INSERT INTO insights.indicator_cell (scope, interval, bucket, dimension, grp, cases, reported, resolved, open,
  backlog_p50, backlog_p90, first_response_p50, first_response_p90, resolution_p50, resolution_p90,
  sla_breached, reopened, paper_multidose, multiple_patients)
SELECT s.scope, $1, r.bucket, d.dimension, d.grp,
  COUNT(DISTINCT r.case_id),
  COUNT(*) FILTER (WHERE r.kind = 'reported'),
  COUNT(*) FILTER (WHERE r.kind = 'resolved'),
  COUNT(*) FILTER (WHERE r.kind = 'open'),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY r.age) FILTER (WHERE r.kind = 'open'),
  percentile_cont(0.9) WITHIN GROUP (ORDER BY r.age) FILTER (WHERE r.kind = 'open'),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY r.hours) FILTER (WHERE r.kind = 'first-response'),
  percentile_cont(0.9) WITHIN GROUP (ORDER BY r.hours) FILTER (WHERE r.kind = 'first-response'),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY r.hours) FILTER (WHERE r.kind = 'resolved'),
  percentile_cont(0.9) WITHIN GROUP (ORDER BY r.hours) FILTER (WHERE r.kind = 'resolved'),
  COUNT(*) FILTER (WHERE r.kind = 'sla-breach'),
  COUNT(*) FILTER (WHERE r.kind = 'reopened'),
  COUNT(*) FILTER (WHERE r.kind = 'reported' AND c.paper_multidose),
  COUNT(*) FILTER (WHERE r.kind = 'reported' AND c.multiple_patients)
FROM rows r
JOIN insights.case_fact c ON c.case_id = r.case_id
CROSS JOIN LATERAL (VALUES ('all'), ('region:' || c.region), ('party:' || r.party)) AS s(scope)
CROSS JOIN LATERAL (VALUES
  ('total', 'total'),
  ('helsefellesskap', COALESCE(c.helsefellesskap, 'unknown')),
  ('party', COALESCE(r.party, 'unrouted')),
  ('category', c.category),
  ('organisationType', COALESCE(c.organisation_type, 'unknown'))
) AS d(dimension, grp)
WHERE s.scope IS NOT NULL
GROUP BY s.scope, r.bucket, d.dimension, d.grp`;
