import { Inject, Injectable } from '@nestjs/common';
import { viewerOf, type Caller } from '@lagspill/auth';
import { Clock, Directory } from '@lagspill/domain';
import { apiInstant, ValidationFailedException } from '@lagspill/platform';
import { ClusterFinder } from '../cluster-finder';
import { ClusterDecisionRepository } from '../cluster-decision.repository';
import type { ClusterView } from '@lagspill/contracts';
import { canSeeCluster, toClusterView } from '../cluster-view';
import type { ListClustersRequestDto } from './list-clusters.request.dto';

const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 400;

/**
 * The most sudden first: most organisations within one day, then most organisations, then the newest.
 * Busy systems form clusters in ordinary traffic, spread over the window; the one fault many sites
 * report within hours must stand at the top.
 */
function bySuddenness(a: ClusterView, b: ClusterView): number {
  return (
    b.peakDayOrganisations - a.peakDayOrganisations ||
    b.organisations.length - a.organisations.length ||
    b.lastReportedAt.localeCompare(a.lastReportedAt)
  );
}

/** GET /api/clusters: suggestions among the period's reports, with what was decided about them. */
@Injectable()
export class ListClustersHandler {
  constructor(
    @Inject(ClusterFinder) private readonly finder: ClusterFinder,
    @Inject(ClusterDecisionRepository) private readonly decisions: ClusterDecisionRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(caller: Caller, query: ListClustersRequestDto): Promise<{ windowDays: number; items: ClusterView[] }> {
    const to = query.to ? apiInstant(query.to) : this.clock.now();
    const from = query.from ? apiInstant(query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw new ValidationFailedException([{ field: 'to', message: 'to must be after from' }]);
    if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * DAY_MS) {
      throw new ValidationFailedException([
        { field: 'from', message: `the period may be at most ${MAX_SPAN_DAYS} days` },
      ]);
    }
    const viewer = viewerOf(caller);
    const suggestions = (await this.finder.find(from, to)).filter((s) => canSeeCluster(s, viewer));
    const decisions = await this.decisions.byCluster(suggestions.map((s) => s.id));
    const wanted = query.status ?? 'suggested';
    const items = suggestions
      .map((s) => toClusterView(s, decisions.get(s.id) ?? [], viewer, this.directory))
      .filter((view) => wanted === 'all' || view.status === wanted)
      .sort(bySuddenness);
    return { windowDays: this.finder.rule.windowDays, items };
  }
}
