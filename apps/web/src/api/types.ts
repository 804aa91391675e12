// What the UI reads from the API. Where libs/contracts has the server's own type, it is used as it is;
// the rest are the fields the pages use of the answers described in docs/api.md.
import type { CaseView } from '@lagspill/contracts';
import type { Category, NotificationKind, Role } from '@lagspill/domain';
export type {
  CasePage,
  DeliveryStatus,
  CaseView,
  ClusterView as Cluster,
  DevUserResponse as DevUser,
  HistoryEntry,
  IndicatorRow,
  IndicatorTable,
  MeResponse as Me,
  NotificationPreferencesRequest,
  NotificationPreferencesResponse as NotificationPreferences,
  PartyResponse as Party,
  RoutingRule,
  RoutingRuleTable as RoutingRules,
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
