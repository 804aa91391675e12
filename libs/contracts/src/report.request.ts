import type { DeviationChannel, DeviationNoticeStatus, Harm, MultidoseMode } from '@lagspill/domain';

/**
 * `POST /api/reports` (and, with the submitting organisation, a message on lagspill.reports.inbound):
 * a fault as a reporter describes it. The organisation comes from the caller, not from the body.
 */
export interface ReportRequest {
  /** A category code of GET /api/taxonomy. */
  readonly category: string;
  /** A subcategory code of that category. */
  readonly subcategory: string;
  readonly title: string;
  readonly description: string;
  /** A date-time with seconds and an offset. */
  readonly occurredAt: string;
  /** Left out: the organisation's system as the directory knows it. */
  readonly system?: { readonly vendor: string; readonly product: string; readonly version?: string };
  readonly multidoseMode: MultidoseMode;
  readonly harm: Harm;
  readonly scope: { readonly multiplePatients: boolean; readonly multipleOrganisations: boolean };
  readonly technical?: { readonly traceId?: string; readonly messageId?: string; readonly reseptId?: string };
  /** The other organisation the report concerns (an id of GET /api/organisations). */
  readonly concerns?: string;
  /** Double registration or a fragmented medication list. */
  readonly fragmentedList?: boolean;
  /** Only with harm above a near miss. */
  readonly deviationNotice?: {
    readonly status: DeviationNoticeStatus;
    readonly channel?: DeviationChannel;
    readonly reference?: string;
  };
}
