// What the UI reads from the API. Where libs/contracts has the server's own type, it is used as it is;
// the rest are the fields the pages use of the answers described in docs/api.md.
import type { CaseView } from '@lagspill/contracts';
import type { Category, Role } from '@lagspill/domain';
export type {
  CasePage,
  CaseView,
  ClusterView as Cluster,
  DevUserResponse as DevUser,
  HistoryEntry,
  IndicatorRow,
  IndicatorTable,
  MeResponse as Me,
  PartyResponse as Party,
  RoutingRule,
  RoutingRuleTable as RoutingRules,
  RoutingRuleTarget,
  WebConfigResponse as WebConfig,
} from '@lagspill/contracts';
export type { Category, Role };

/** A record system as a report names it. */
export type ReportedSystem = CaseView['system'];
