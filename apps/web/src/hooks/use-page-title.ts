import { useEffect } from 'react';

/** Every page has its own title, so screen readers and browser history say where one is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Lagspill`;
  }, [title]);
}
