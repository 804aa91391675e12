import { useState, type FormEvent, type RefObject } from 'react';
import { ApiError, type FieldError } from '../../api/api-error';
import type { FormErrorSummaryElement, FormProblem } from '../../components/form-error-summary';
import { fieldProblemsOf } from './directory-messages';

/**
 * What every directory form shares: the draft, its problems (found before sending or named by the server
 * in the problem's `errors`), the error summary that takes focus, and one request at a time.
 */
export function useEntryForm<D, F extends string>(options: {
  readonly initial: () => D;
  readonly fields: readonly F[];
  readonly aliases?: Readonly<Record<string, F>>;
  readonly labels: Readonly<Record<F, string>>;
  readonly fieldId: (field: F) => string;
  /** The form's FormErrorSummary, which takes focus when there is something to fix. */
  readonly summary: RefObject<FormErrorSummaryElement | null>;
}) {
  const [draft, setDraft] = useState<D>(options.initial);
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});
  const [other, setOther] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const { summary } = options;
  const focusSummary = () => requestAnimationFrame(() => summary.current?.focus());

  const set = <K extends keyof D>(field: K, value: D[K]) => setDraft((current) => ({ ...current, [field]: value }));

  /** Checks, sends, and spreads a refusal over the fields; `send` resolves once the answer is handled. */
  const submit =
    (check: (draft: D) => Partial<Record<F, string>>, send: (draft: D) => Promise<void>) =>
    async (event: FormEvent) => {
      event.preventDefault();
      const found = check(draft);
      setProblems(found);
      setOther([]);
      setFailure(undefined);
      if (Object.keys(found).length > 0) {
        focusSummary();
        return;
      }
      setBusy(true);
      try {
        await send(draft);
      } catch (error) {
        const fromServer =
          error instanceof ApiError ? fieldProblemsOf(error.problem, options.fields, options.aliases) : undefined;
        if (fromServer && (Object.keys(fromServer.byField).length > 0 || fromServer.other.length > 0)) {
          setProblems(fromServer.byField);
          setOther(fromServer.other);
          focusSummary();
        } else {
          setFailure(error);
        }
      } finally {
        setBusy(false);
      }
    };

  const shown: FormProblem[] = (Object.entries(problems) as [F, string][]).map(([field, message]) => ({
    id: options.fieldId(field),
    label: options.labels[field],
    message,
  }));

  return {
    draft,
    setDraft,
    set,
    error: (field: F): string | undefined => problems[field],
    problems: shown,
    other,
    failure,
    busy,
    submit,
  };
}
