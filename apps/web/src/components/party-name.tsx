import { useParties } from '../hooks/use-reference-data';

/** A party's name, from its id. */
export function PartyName({ id }: { readonly id: string }) {
  const parties = useParties();
  return <>{parties.get(id)?.name ?? id}</>;
}
