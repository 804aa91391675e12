import { findCategory, ORGANISATION_TYPE_LABELS, type Directory, type OrganisationType } from '@lagspill/domain';
import type { IndicatorDimension } from '@lagspill/contracts';

const SPECIAL: Readonly<Record<string, string>> = { total: 'Alle', unknown: 'Ukjent', unrouted: 'Ikke rutet' };

/** The Norwegian name of a group, for people and spreadsheets; the id itself when nothing better is known. */
export function groupLabel(dimension: IndicatorDimension, group: string, directory: Directory): string {
  if (Object.hasOwn(SPECIAL, group)) return SPECIAL[group];
  switch (dimension) {
    case 'helsefellesskap':
      return directory.data.helsefellesskap.find((h) => h.id === group)?.name ?? group;
    case 'party':
      return directory.hasParty(group) ? directory.party(group).name : group;
    case 'category':
      return findCategory(group)?.label ?? group;
    case 'organisationType':
      return Object.hasOwn(ORGANISATION_TYPE_LABELS, group)
        ? ORGANISATION_TYPE_LABELS[group as OrganisationType]
        : group;
    case 'total':
      return group;
  }
}
