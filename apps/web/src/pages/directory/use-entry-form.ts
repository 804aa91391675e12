import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError, type FieldError } from '../../api/api-error';
import type { FormErrorSummaryElement, FormProblem } from '../../components/form-error-summary';
import { fieldProblemsOf } from './directory-messages';

/** The fields of a draft that hold text (as the inputs do), and those that hold a yes or no. */
type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D];
type YesNoKey<D> = { [K in keyof D]: D[K] extends boolean ? K : never }[keyof D];

/**
 * What every directory form shares: the draft, its problems (found before sending or named by the server
 * in the problem's `errors`), the error summary that takes focus, one request at a time, and the props that
 * tie an input to a field (its id, label, value, error and change).
 */
export function useEntryForm<D, F extends string>(options: {
  readonly initial: () => D;
  readonly fields: readonly F[];
  readonly aliases?: Readonly<Record<string, F>>;
  readonly labels: Readonly<Record<F, string>>;
  readonly fieldId: (field: F) => string;
}) {
  const [draft, setDraft] = useState<D>(options.initial);
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});
  const [other, setOther] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  // The form's FormErrorSummary, which takes focus when there is something to fix.
  const summary = useRef<FormErrorSummaryElement>(null);
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

  const bound = <K extends F & keyof D>(field: K) => ({
    id: options.fieldId(field),
    label: options.labels[field],
    error: problems[field],
  });

  return {
    draft,
    setDraft,
    set,
    error: (field: F): string | undefined => problems[field],
    summary,
    problems: shown,
    other,
    failure,
    busy,
    submit,
    /** For a Textfield: `<Textfield {...form.textField('name')} />`. */
    textField: <K extends F & TextKey<D>>(field: K) => ({
      ...bound(field),
      value: draft[field] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(field, event.target.value as D[K]),
    }),
    /** For a SelectField: `<SelectField {...form.selectField('type')}>`. */
    selectField: <K extends F & TextKey<D>>(field: K) => ({
      ...bound(field),
      value: draft[field] as string,
      onChange: (value: string) => set(field, value as D[K]),
    }),
    /** For a Switch or a Checkbox (which has its own label). */
    switchField: <K extends F & YesNoKey<D>>(field: K) => ({
      id: options.fieldId(field),
      checked: draft[field] as boolean,
      onChange: (event: ChangeEvent<HTMLInputElement>) => set(field, event.target.checked as D[K]),
    }),
  };
}

/** What a form shows above its fields: see FormProblems. */
export type FormOutcome = Pick<ReturnType<typeof useEntryForm>, 'summary' | 'problems' | 'other' | 'failure'>;
