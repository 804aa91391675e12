/** The Kafka topics of docs/events.md and docs/asyncapi.yaml; names are contracts, never change one. */
export const TOPICS = {
  /** Every case event as any responder may see it (redacted, no internal comments), keyed by case id. */
  caseEvents: 'lagspill.case-events',
  /** Reports from vendor and EPJ systems: the body of POST /api/reports plus the organisation. */
  reportsInbound: 'lagspill.reports.inbound',
  /** Inbound reports that failed validation, with the reasons. */
  reportsInboundDeadLetter: 'lagspill.reports.inbound.dlq',
  /** The weekly indicator tables (`indicators.published`), keyed by ISO week. */
  indicators: 'lagspill.indicators',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];
