import { Button, Switch } from '@digdir/designsystemet-react';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { FormProblems, SavedAlert } from './directory-fields';
import { entryApi, entryPage, type EntryKind } from './entry-kinds';
import { useEntryForm, type FormOutcome } from './use-entry-form';

/** A form that registers an entry of `kind` (`entry` null) or changes one. */
interface EntryFormOptions<E, D, F extends string> {
  readonly kind: EntryKind<E>;
  readonly entry: E | null;
  readonly emptyDraft: () => D;
  readonly draftOf: (entry: E) => D;
  /** What must be fixed before sending that the server cannot be asked about. */
  readonly problemsOf: (draft: D) => Partial<Record<F, string>>;
  /** The body of the POST that registers it. */
  readonly newBody: (draft: D) => unknown;
  /** The body of the PATCH: only what changed (nothing: nothing is sent). */
  readonly changes: (entry: E, draft: D) => object;
  /** After a PATCH, with the entry as the server has it now. */
  readonly onSaved: (saved: E) => void;
  readonly fields: readonly F[];
  /** The server's field paths that the form names otherwise. */
  readonly aliases?: Readonly<Record<string, F>>;
  readonly labels: Readonly<Record<F, string>>;
  readonly fieldId: (field: F) => string;
}

/**
 * The form of a directory entry: a new one is POSTed and its page opened (which says it was registered);
 * a change is PATCHed with only what changed, and the form then holds the entry as the server has it.
 */
export function useEntryEditor<E extends { readonly version: number }, D extends { active: boolean }, F extends string>(
  options: EntryFormOptions<E, D, F>,
) {
  const { api } = useSession();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<string | null>(null);
  const { kind, entry } = options;
  const form = useEntryForm<D, F>({
    initial: () => (entry ? options.draftOf(entry) : options.emptyDraft()),
    fields: options.fields,
    ...(options.aliases ? { aliases: options.aliases } : {}),
    labels: options.labels,
    fieldId: options.fieldId,
  });

  const submit = form.submit(options.problemsOf, async (current) => {
    setSaved(null);
    if (entry === null) {
      const { body } = await api.request<E>(kind.api, { method: 'POST', body: options.newBody(current) });
      await navigate(entryPage(kind, kind.keyOf(body)), { state: { created: true } });
      return;
    }
    const changes = options.changes(entry, current);
    if (Object.keys(changes).length === 0) {
      setSaved('Ingenting er endret.');
      return;
    }
    // Based on the version the form was filled from: someone else's change in between is a 409, not overwritten.
    const { body } = await api.request<E>(entryApi(kind, kind.keyOf(entry)), {
      method: 'PATCH',
      body: changes,
      ifMatch: entry.version,
    });
    form.setDraft(options.draftOf(body));
    options.onSaved(body);
    setSaved('Endringene er lagret.');
  });

  return {
    form,
    isNew: entry === null,
    saved,
    clearSaved: () => setSaved(null),
    submit,
    /** The "active" switch, for an entry that exists. */
    active: {
      id: options.fieldId('active' as F),
      checked: form.draft.active,
      onChange: (event: ChangeEvent<HTMLInputElement>) => form.set('active', event.target.checked),
    },
  };
}

/** What EntryForm needs of a useEntryEditor. */
interface EntryFormFrame {
  readonly form: FormOutcome & { readonly busy: boolean };
  readonly isNew: boolean;
  readonly saved: string | null;
  readonly submit: (event: FormEvent) => Promise<void>;
  readonly active: {
    readonly id: string;
    readonly checked: boolean;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
}

/**
 * The frame of an entry's form: what must be fixed and what was saved above the fields; below them, for an
 * entry that exists, the switch that deactivates it, and the button.
 */
export function EntryForm({
  editor,
  registering,
  active,
  children,
}: {
  readonly editor: EntryFormFrame;
  /** The form's words while it registers a new entry. */
  readonly registering: { readonly problems: string; readonly submit: string };
  /** The switch's label and what deactivating means. */
  readonly active: { readonly label: string; readonly description: string };
  readonly children: ReactNode;
}) {
  const { form, isNew } = editor;
  return (
    <form className="stack directory-form" onSubmit={(event) => void editor.submit(event)} noValidate>
      <FormProblems form={form} heading={isNew ? registering.problems : 'Dette må rettes før endringene kan lagres'} />
      {editor.saved && <SavedAlert>{editor.saved}</SavedAlert>}
      {children}
      {!isNew && <Switch {...editor.active} label={active.label} description={active.description} />}
      <div className="actions">
        <Button type="submit" loading={form.busy} disabled={form.busy}>
          {isNew ? registering.submit : 'Lagre endringene'}
        </Button>
      </div>
    </form>
  );
}
