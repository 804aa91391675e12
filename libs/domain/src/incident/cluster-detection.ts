import type { SharedSystem } from './incident-events';

/** A report as cluster detection sees it. */
export interface ClusterReport {
  readonly caseId: string;
  readonly organisation: string;
  readonly region: string | null;
  readonly reportedAt: string;
  readonly system: SharedSystem;
  readonly category: string;
  readonly subcategory: string;
}

export interface ClusterSuggestion {
  /** Stable while the cluster grows: derived from what it shares and its first report. */
  readonly id: string;
  readonly system: SharedSystem;
  readonly category: string;
  readonly subcategory: string;
  readonly firstReportedAt: string;
  readonly lastReportedAt: string;
  readonly reports: readonly ClusterReport[];
  readonly organisations: readonly string[];
  readonly regions: readonly string[];
  /** The versions the reports name; a report without a version counts with every version of its product. */
  readonly versions: readonly string[];
  /** The most organisations that reported within any 24 hours of it: how sudden it is. */
  readonly peakDayOrganisations: number;
}

export interface ClusterRule {
  /** Reports belong together when they came within this many days of the suggestion's first report. */
  readonly windowDays: number;
  /** …and at least this many organisations reported them. */
  readonly minOrganisations: number;
}

export const DEFAULT_CLUSTER_RULE: ClusterRule = { windowDays: 7, minOrganisations: 3 };

const DAY_MS = 86_400_000;

/**
 * One fault reported by many sites: reports on the same system (vendor, product, and version where
 * known) in the same category and subcategory, from `minOrganisations` or more organisations within
 * `windowDays` of the first of them. Oldest first.
 */
export function detectClusters(
  reports: readonly ClusterReport[],
  rule: ClusterRule = DEFAULT_CLUSTER_RULE,
): ClusterSuggestion[] {
  const byFault = groupBy(reports, (r) =>
    [r.system.vendor, r.system.product, r.category, r.subcategory].join('\u0000'),
  );
  const found: ClusterSuggestion[] = [];
  for (const group of byFault.values()) {
    const versions = [...new Set(group.flatMap((r) => (r.system.version ? [r.system.version] : [])))];
    const partitions = versions.length === 0 ? [undefined] : versions;
    for (const version of partitions) {
      const compatible = group
        .filter((r) => version === undefined || r.system.version === undefined || r.system.version === version)
        .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.caseId.localeCompare(b.caseId));
      for (const episode of episodes(compatible, rule.windowDays * DAY_MS)) {
        if (new Set(episode.map((r) => r.organisation)).size >= rule.minOrganisations) {
          found.push(suggestion(episode, version));
        }
      }
    }
  }
  return found.sort((a, b) => a.firstReportedAt.localeCompare(b.firstReportedAt) || a.id.localeCompare(b.id));
}

/**
 * Windows of reports, each starting at the first report not yet in one. Anchored windows rather than
 * chains: a busy system's reports would otherwise chain into one suggestion as long as the year.
 */
function episodes(sorted: readonly ClusterReport[], windowMs: number): ClusterReport[][] {
  const runs: ClusterReport[][] = [];
  for (const report of sorted) {
    const current = runs.at(-1);
    if (current && Date.parse(report.reportedAt) - Date.parse(current[0].reportedAt) <= windowMs) current.push(report);
    else runs.push([report]);
  }
  return runs;
}

function suggestion(episode: readonly ClusterReport[], version: string | undefined): ClusterSuggestion {
  const first = episode[0];
  const system = { vendor: first.system.vendor, product: first.system.product, ...(version ? { version } : {}) };
  return {
    id: `cl-${hash([system.vendor, system.product, version ?? '', first.category, first.subcategory, first.caseId].join('\u0000'))}`,
    system,
    category: first.category,
    subcategory: first.subcategory,
    firstReportedAt: first.reportedAt,
    lastReportedAt: episode[episode.length - 1].reportedAt,
    reports: episode,
    organisations: [...new Set(episode.map((r) => r.organisation))],
    regions: [...new Set(episode.flatMap((r) => (r.region ? [r.region] : [])))],
    versions: version ? [version] : [],
    peakDayOrganisations: mostOrganisationsWithin(episode, DAY_MS),
  };
}

function mostOrganisationsWithin(sorted: readonly ClusterReport[], spanMs: number): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (Date.parse(sorted[end].reportedAt) - Date.parse(sorted[start].reportedAt) > spanMs) start++;
    most = Math.max(most, new Set(sorted.slice(start, end + 1).map((r) => r.organisation)).size);
  }
  return most;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** 64 bits of FNV-1a (two 32-bit lanes), hex: short, stable ids without a crypto dependency. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x0100019d) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
