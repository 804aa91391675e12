import { Spinner } from '@digdir/designsystemet-react';

export function Loading({ what }: { readonly what: string }) {
  return <Spinner aria-label={`Henter ${what}`} data-size="md" />;
}
