import { useCallback, useMemo } from 'react';
import { query } from '../../api/api-client';
import type { DirectoryPage, Municipality, OrganisationEntry, PartyEntry, RegionTree } from '../../api/types';
import { useSession } from '../../auth/session';
import type { OrganisationOption } from '../../components/organisation-picker';
import { useResource } from '../../hooks/use-resource';

/** Every party (the directory's own list, with inactive ones), by name. */
export function useDirectoryParties() {
  const parties = useResource<DirectoryPage<PartyEntry>>(`/api/directory/parties${query({ limit: 500 })}`);
  const list = parties.data?.items;
  return useMemo(() => {
    const all = list ?? [];
    return {
      all,
      error: parties.error,
      ofKind: (...kinds: PartyEntry['kind'][]) => all.filter((party) => kinds.includes(party.kind)),
      name: (id: string) => all.find((party) => party.id === id)?.name ?? id,
    };
  }, [list, parties.error]);
}

/** The regions → helsefellesskap → kommuner tree, and the kommuner by number. */
export function useRegionTree() {
  const tree = useResource<RegionTree[]>('/api/directory/regions');
  const regions = tree.data;
  return useMemo(() => {
    const municipalities = new Map<string, Municipality & { region: string; helsefellesskapName: string }>();
    for (const region of regions ?? []) {
      for (const h of region.helsefellesskap) {
        for (const m of h.municipalities) {
          municipalities.set(m.number, { ...m, region: region.id, helsefellesskapName: h.name });
        }
      }
    }
    return {
      regions: regions ?? [],
      loaded: regions !== undefined,
      error: tree.error,
      reload: tree.reload,
      set: tree.set,
      municipalities,
      municipalityName: (number: string) => {
        const found = municipalities.get(number);
        return found ? `${found.name} (${found.number})` : number;
      },
    };
  }, [regions, tree.error, tree.reload, tree.set]);
}

/** The multidose pharmacies an organisation may use. */
export function useMultidosePharmacies(): readonly OrganisationEntry[] {
  const pharmacies = useResource<DirectoryPage<OrganisationEntry>>(
    `/api/directory/organisations${query({ type: 'multidose-pharmacy', limit: 500 })}`,
  );
  return pharmacies.data?.items ?? [];
}

/** Searches the directory's organisations for an OrganisationPicker. */
export function useOrganisationSearch(): (text: string) => Promise<readonly OrganisationOption[]> {
  const { api } = useSession();
  return useCallback(
    async (text: string) => {
      const page = await api.get<DirectoryPage<OrganisationEntry>>(
        `/api/directory/organisations${query({ q: text, limit: 15 })}`,
      );
      return page.items.map((o) => ({
        id: o.id,
        name: o.name,
        detail: [o.municipalityName, `orgnr ${o.orgnr}`].filter(Boolean).join(' · '),
      }));
    },
    [api],
  );
}
