import type { RoutingRuleTarget } from '@lagspill/contracts';
import { organisationHolder, type Directory, type RouteTarget } from '@lagspill/domain';

/** Who reported, as far as resolving a target needs to know. */
export interface RouteContext {
  /** The reporting organisation's directory id. */
  readonly organisation: string;
  /** The vendor named in the report's `system`, if any. */
  readonly systemVendor?: string;
  /** The other organisation the report concerns, if it names one. */
  readonly concerns?: string;
}

export interface ResolvedRoute {
  readonly party: string;
  /** Set when the target could not be resolved as asked and the case went to the working group instead. */
  readonly fallback?: string;
}

/**
 * Turns a rule's target into a party id: the vendor of the reporter's system, NHN, the chain of the
 * (multidose) pharmacy, or the region's working group. `organisation` has no party of its own and goes
 * to the working group too. A target that cannot be resolved (no such vendor, no pharmacy), or a party
 * that does not serve the reporter's region, falls back to the working group, which then forwards by hand.
 */
export function resolveRouteTarget(
  target: RoutingRuleTarget,
  context: RouteContext,
  directory: Directory,
): ResolvedRoute {
  if (typeof target !== 'string') {
    // Tables are checked when published; this holds even if the directory changed since.
    const region = directory.regionOf(context.organisation);
    return directory.servesRegion(target.party, region)
      ? { party: target.party }
      : { party: workingGroup(context, directory), fallback: `party ${target.party} does not serve ${region}` };
  }
  const found = findParty(target, context, directory);
  return found ? { party: found } : { party: workingGroup(context, directory), fallback: fallbackReason(target) };
}

function findParty(target: RouteTarget, context: RouteContext, directory: Directory): string | undefined {
  const organisation = directory.organisation(context.organisation);
  const region = directory.regionOf(organisation.id);
  switch (target) {
    case 'nhn':
      return directory.allParties().find((p) => p.kind === 'nhn')?.id;
    case 'vendor':
      return [context.systemVendor, organisation.system.vendor].find(
        (id): id is string =>
          id !== undefined &&
          directory.hasParty(id) &&
          directory.party(id).kind !== 'working-group' &&
          directory.party(id).deactivatedAt === undefined &&
          directory.servesRegion(id, region),
      );
    case 'pharmacy': {
      const multidosePharmacy = organisation.multidosePharmacy;
      const chain =
        (multidosePharmacy ? directory.organisation(multidosePharmacy).pharmacyChain : undefined) ??
        organisation.pharmacyChain;
      return chain !== undefined && directory.hasParty(chain) ? chain : undefined;
    }
    case 'working-group':
    case 'organisation':
      return workingGroup(context, directory);
    case 'concerned-organisation': {
      const concerned =
        context.concerns === undefined ? undefined : directory.findHolder(organisationHolder(context.concerns));
      return concerned && concerned.deactivatedAt === undefined && context.concerns !== context.organisation
        ? concerned.id
        : undefined;
    }
  }
}

function workingGroup(context: RouteContext, directory: Directory): string {
  return directory.workingGroupOf(directory.regionOf(context.organisation)).id;
}

function fallbackReason(target: RouteTarget): string {
  if (target === 'pharmacy') return 'the reporter has no multidose pharmacy or pharmacy chain';
  if (target === 'concerned-organisation') return 'the report names no active organisation it concerns';
  return `no ${target} party for the reporter`;
}
