import { useOrganisationName } from './organisation-lookup';

/** An organisation's name, from its id (as events record it). */
export function OrganisationName({ id }: { readonly id: string }) {
  return <>{useOrganisationName(id)}</>;
}
