// What the UI reads from and sends to the API. Where libs/contracts has the server's own type, it is used
// as it is (every request body the UI sends has one); the rest are the fields the pages use of the answers
// described in docs/api.md.
import type { CaseView } from '@lagspill/contracts';
export type {
  CaseCommandRequests,
  CaseListFilters,
  CasePage,
  DeliveryStatus,
  CaseView,
  ClusterView as Cluster,
  ConfirmClusterRequest,
  DevUserResponse as DevUser,
  DirectoryHistoryEntry,
  DirectoryImportJob,
  DirectoryImportPlanResponse,
  DirectoryPage,
  EnrolmentRequestAsked,
  EnrolmentRequestEntry,
  ImportSummary,
  MyEnrolment,
  OrganisationEntry,
  OrganisationHit,
  PartyEntry,
  PersonEntry,
  RegionTree,
  HistoryEntry,
  IndicatorRow,
  IndicatorTable,
  MeResponse as Me,
  NotificationPreferencesRequest,
  NotificationPreferencesResponse as NotificationPreferences,
  OrganisationChoice,
  PartyResponse as Party,
  RegisterWebhookRequest,
  RejectClusterRequest,
  ReportRequest,
  RoutingDryRun,
  RoutingDryRunRequest,
  RoutingRule,
  RoutingRuleTable as RoutingRules,
  RoutingRulesRequest,
  SaveFilterRequest,
  SavedFilterResponse as SavedFilter,
  RoutingRuleTarget,
  WebConfigResponse as WebConfig,
  WebhookCreatedResponse as CreatedWebhook,
  WebhookDeliveryPage,
  WebhookDeliveryView as WebhookDelivery,
  WebhookResponse as Webhook,
} from '@lagspill/contracts';
export type {
  CaseStatus,
  Category,
  EnrolmentStatus,
  Helsefellesskap,
  ImportKind,
  ImportOutcome,
  Municipality,
  NotificationKind,
  Role,
} from '@lagspill/domain';
// The directory's request bodies are the domain's own shapes (libs/contracts has none of its own for them).
export type {
  NewOrganisation,
  NewParty,
  NewPerson,
  OrganisationChanges,
  PartyChanges,
  PersonChanges,
} from '@lagspill/domain';

/** A record system as a report names it. */
export type ReportedSystem = CaseView['system'];
