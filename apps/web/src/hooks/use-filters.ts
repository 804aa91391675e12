import { useSearchParams } from 'react-router';

/** A list's filters, kept in the address so that a search can be shared and survives going back. */
export function useFilters(): {
  /** The filter's value, '' when it is not set. */
  readonly get: (name: string) => string;
  /** Sets a filter ('' removes it), replacing the address rather than adding to the history. */
  readonly set: (name: string, value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  return {
    get: (name) => params.get(name) ?? '',
    set: (name, value) => {
      const next = new URLSearchParams(params);
      if (value === '') next.delete(name);
      else next.set(name, value);
      setParams(next, { replace: true });
    },
  };
}
