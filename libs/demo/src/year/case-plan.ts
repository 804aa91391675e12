import type { ActorRef, CaseReportedData, CommentVisibility } from '@lagspill/domain';
import type { RouteDecision } from '@lagspill/routing';

export type IncidentKind = 'cgm-release' | 'prescription-outage';

/** A report as planned: the case's `case.reported` data before its text is screened and it gets a reference. */
export interface PlannedReport extends Omit<
  CaseReportedData,
  'caseId' | 'reference' | 'title' | 'description' | 'occurredAt' | 'reportedAt' | 'technical'
> {
  readonly title: string;
  readonly description: string;
  /** Screened when the case is played, like title and description. */
  readonly technical: Readonly<Record<string, string>>;
  readonly occurredAt: number;
  readonly reportedAt: number;
}

interface Step<K extends string> {
  readonly kind: K;
  readonly at: number;
  readonly actor: ActorRef;
}

/** What someone does to the case after it is routed; becomes one command. Times are epoch ms. */
export type PlannedStep =
  | Step<'acknowledge'>
  | (Step<'comment'> & { readonly visibility: CommentVisibility; readonly text: string })
  | (Step<'request-information'> & { readonly text: string })
  | (Step<'provide-information'> & { readonly text: string })
  | (Step<'forward'> & { readonly to: string; readonly text: string })
  | (Step<'resolve'> & { readonly text: string })
  | (Step<'reopen'> & { readonly text: string })
  | Step<'close'>;

/** One case of a demo year, everything decided except text screening, its reference and SLA breaches. */
export interface CasePlan {
  /** Place in report order, from 0. */
  readonly index: number;
  readonly caseId: string;
  readonly report: PlannedReport;
  /** As the router decides it, a minute after the report. */
  readonly route: RouteDecision & { readonly at: number };
  /** In time order, all before the plan's `now`. */
  readonly steps: readonly PlannedStep[];
  readonly incident?: IncidentKind;
}
