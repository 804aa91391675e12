import { useState } from 'react';
import { isConflict } from '../../api/api-error';

/**
 * What every form of the case page keeps while it changes the case: whether a change is under way, and
 * the error to show beside it. A conflict is not kept: the case page tells it itself, above everything.
 * `run` resolves true when the change went through, so the form can clear itself.
 */
export function useCaseChange() {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (cause) {
      setError(isConflict(cause) ? undefined : cause);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clearError: () => setError(undefined) };
}
