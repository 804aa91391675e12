// What the UI reads from and sends to the API. Where libs/contracts has the server's own type, it is used
// as it is (every request body the UI sends has one); the rest are the fields the pages use of the answers
// described in docs/api.md.
import type { CaseView } from '@lagspill/contracts';
import type { Category, NotificationKind, Role } from '@lagspill/domain';
export type {
  CaseCommandRequests,
  CasePage,
  DeliveryStatus,
  CaseView,
  ClusterView as Cluster,
  ConfirmClusterRequest,
  DevUserResponse as DevUser,
  HistoryEntry,
  IndicatorRow,
  IndicatorTable,
  MeResponse as Me,
  NotificationPreferencesRequest,
  NotificationPreferencesResponse as NotificationPreferences,
  PartyResponse as Party,
  RegisterWebhookRequest,
  RejectClusterRequest,
  ReportRequest,
  RoutingRule,
  RoutingRuleTable as RoutingRules,
  RoutingRulesRequest,
  RoutingRuleTarget,
  WebConfigResponse as WebConfig,
  WebhookCreatedResponse as CreatedWebhook,
  WebhookDeliveryPage,
  WebhookDeliveryView as WebhookDelivery,
  WebhookResponse as Webhook,
} from '@lagspill/contracts';
export type { Category, NotificationKind, Role };

/** A record system as a report names it. */
export type ReportedSystem = CaseView['system'];
