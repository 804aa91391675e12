import { ORGANISATION_TYPE_LABELS } from '@lagspill/domain';
import { useCallback } from 'react';
import type { OrganisationHit } from '../api/types';
import { useSession } from '../auth/session';
import { useCached } from '../hooks/use-cached';
import type { OrganisationOption } from './organisation-picker';

const lookupPath = (text: string) => `/api/organisations?q=${encodeURIComponent(text)}&limit=20`;

/** An organisation as a picker lists it: its name, and what tells it apart from others of the same name. */
export function organisationOption(hit: Omit<OrganisationHit, 'herId'>): OrganisationOption {
  const detail = [ORGANISATION_TYPE_LABELS[hit.type], hit.municipalityName, `orgnr ${hit.orgnr}`];
  return { id: hit.id, name: hit.name, detail: detail.filter(Boolean).join(' · ') };
}

/**
 * Searches the active organisations anyone enrolled may name (GET /api/organisations), for an
 * OrganisationPicker; leaves out `exclude` (the reporting organisation, which a case cannot concern).
 */
export function useOrganisationLookup(exclude?: string): (text: string) => Promise<readonly OrganisationOption[]> {
  const { api } = useSession();
  return useCallback(
    async (text: string) => {
      const hits = await api.get<OrganisationHit[]>(lookupPath(text));
      return hits.filter((hit) => hit.id !== exclude).map(organisationOption);
    },
    [api, exclude],
  );
}

/** An organisation's name from its id (the lookup finds an id too), or the id while unknown or deactivated. */
export function useOrganisationName(id: string): string {
  const hits = useCached<OrganisationHit[]>(lookupPath(id)).value;
  return hits?.find((hit) => hit.id === id)?.name ?? id;
}
