import { UnknownDirectoryEntryError, type Directory, type Viewer } from '@lagspill/domain';
import { NotRuleTableOwnerError } from './not-rule-table-owner.error';

/**
 * Whose table is published: the caller's own (`caller`: a coordinator's region, an admin's national
 * defaults), or the one named (`{region}`, null for the national defaults), which must be the caller's.
 */
export type RuleTableTarget = 'caller' | { readonly region: string | null };

/**
 * The table a caller may publish: a coordinator only their region's, an admin only the national one
 * (null); anyone else none.
 */
export function ruleTableOwnedBy(viewer: Viewer, table: RuleTableTarget, directory: Directory): string | null {
  const own = viewer.role === 'admin' ? null : viewer.role === 'coordinator' ? viewer.region : undefined;
  if (table === 'caller') {
    if (own === undefined) throw new NotRuleTableOwnerError(viewer.region ?? null);
    return own;
  }
  if (table.region !== null && !directory.hasRegion(table.region)) {
    throw new UnknownDirectoryEntryError('region', table.region);
  }
  if (own !== table.region) throw new NotRuleTableOwnerError(table.region);
  return table.region;
}
