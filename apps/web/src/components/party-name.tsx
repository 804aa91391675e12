import { ORGANISATION_HOLDER_PREFIX } from '@lagspill/domain';
import { useParties } from '../hooks/use-reference-data';
import { OrganisationName } from './organisation-name';

/** A party's name, from its id; a case routed to an organisation names it as `organisation:<id>`. */
export function PartyName({ id }: { readonly id: string }) {
  return id.startsWith(ORGANISATION_HOLDER_PREFIX) ? (
    <OrganisationName id={id.slice(ORGANISATION_HOLDER_PREFIX.length)} />
  ) : (
    <KnownPartyName id={id} />
  );
}

function KnownPartyName({ id }: { readonly id: string }) {
  const parties = useParties();
  return <>{parties.get(id)?.name ?? id}</>;
}
