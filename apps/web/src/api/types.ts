// What the UI reads from the API. The case view is the server's own contract type; the rest are the
// fields the pages use of the answers described in docs/api.md.
import type { Category, OrganisationType, Role } from '@lagspill/domain';
export type { CaseView } from '@lagspill/contracts';
export type { Category, Role };

export interface ReportedSystem {
  readonly vendor: string;
  readonly product: string;
  readonly version?: string;
}

export interface Me {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation?: string;
  readonly organisationName?: string;
  readonly organisationType?: OrganisationType;
  readonly system?: ReportedSystem;
  readonly party?: string;
  readonly partyName?: string;
  readonly region?: string;
}

export interface DevUser {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation?: { readonly id: string; readonly name: string; readonly type: OrganisationType };
  readonly party?: string;
}

export interface WebConfig {
  readonly devLogin: boolean;
  readonly clientId: string;
  readonly scope: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
}

export interface Party {
  readonly id: string;
  readonly kind: 'vendor' | 'nhn' | 'pharmacy-chain' | 'working-group';
  readonly name: string;
  readonly region?: string;
}

export interface CasePage<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface HistoryEntry {
  readonly type: string;
  readonly version: number;
  readonly at: string;
  readonly actor: { readonly name: string; readonly role: string; readonly party: string | null };
  readonly [field: string]: unknown;
}

export interface IndicatorRow {
  readonly start: string;
  readonly end: string;
  readonly group: string;
  readonly label: string;
  readonly suppressed: boolean;
  readonly cases: number | null;
  readonly reported: number | null;
  readonly resolved: number | null;
  readonly open: number | null;
  readonly backlogAgeP50Hours: number | null;
  readonly backlogAgeP90Hours: number | null;
  readonly firstResponseP50Hours: number | null;
  readonly firstResponseP90Hours: number | null;
  readonly resolutionP50Hours: number | null;
  readonly resolutionP90Hours: number | null;
  readonly slaBreached: number | null;
  readonly reopened: number | null;
}

export interface IndicatorTable {
  readonly from: string;
  readonly to: string;
  readonly interval: 'day' | 'week' | 'month';
  readonly by: string;
  readonly scope: string;
  readonly asOf: string | null;
  readonly rows: readonly IndicatorRow[];
}

export interface Cluster {
  readonly id: string;
  readonly status: 'suggested' | 'confirmed' | 'rejected';
  readonly system: ReportedSystem;
  readonly category: string;
  readonly subcategory: string;
  readonly firstReportedAt: string;
  readonly lastReportedAt: string;
  readonly reportCount: number;
  readonly organisations: readonly { readonly id: string; readonly name: string; readonly region: string | null }[];
  readonly regions: readonly string[];
  readonly versions: readonly string[];
  readonly peakDayOrganisations: number;
  readonly cases: readonly { readonly caseId: string; readonly organisation: string; readonly reportedAt: string }[];
}

export type RoutingRuleTarget = string | { readonly party: string };

export interface RoutingRule {
  readonly id: string;
  readonly description: string;
  readonly when: {
    readonly category?: string;
    readonly subcategories?: readonly string[];
    readonly organisationTypes?: readonly OrganisationType[];
    readonly integration?: 'sfm-full' | 'sfm-basis' | 'own';
  };
  readonly target: RoutingRuleTarget;
}

export interface RoutingRules {
  readonly version: number;
  readonly source: string;
  readonly publishedAt?: string;
  readonly publishedBy?: string;
  readonly rules: readonly RoutingRule[];
}
