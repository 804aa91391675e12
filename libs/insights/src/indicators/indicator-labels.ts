import { findCategory, ORGANISATION_TYPE_LABELS, type Directory, type OrganisationType } from '@lagspill/domain';
import type { IndicatorDimension } from '@lagspill/contracts';
import { NO_CONCERNED_ORGANISATION } from './indicator-cells.calculator';

const SPECIAL: Readonly<Record<string, string>> = {
  total: 'Alle',
  unknown: 'Ukjent',
  unrouted: 'Ikke rutet',
  [NO_CONCERNED_ORGANISATION]: 'Ingen',
};

/** The Norwegian name of a group, for people and spreadsheets; the id itself when nothing better is known. */
export function groupLabel(dimension: IndicatorDimension, group: string, directory: Directory): string {
  if (Object.hasOwn(SPECIAL, group)) return SPECIAL[group];
  switch (dimension) {
    case 'helsefellesskap':
      return directory.data.helsefellesskap.find((h) => h.id === group)?.name ?? group;
    case 'party':
      // A party, or an organisation a case was routed to (case-holder.ts).
      return directory.findHolder(group)?.name ?? group;
    case 'category':
      return findCategory(group)?.label ?? group;
    case 'organisationType':
      return Object.hasOwn(ORGANISATION_TYPE_LABELS, group)
        ? ORGANISATION_TYPE_LABELS[group as OrganisationType]
        : group;
    case 'concernedOrganisation':
      // The directory keeps a deactivated organisation (and its name); one it never knew keeps its id.
      return directory.findOrganisation(group)?.name ?? group;
    case 'total':
      return group;
  }
}
