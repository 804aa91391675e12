import { Button, Field, Label, Select, SelectOption, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import type { CreatedWebhook } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { FormErrorSummary, type FormErrorSummaryElement } from '../../components/form-error-summary';
import { useParties } from '../../hooks/use-reference-data';
import {
  emptyWebhookDraft,
  webhookBody,
  webhookDraftProblems,
  webhookServerProblems,
  type WebhookDraft,
  type WebhookField,
} from './webhook-form-state';

const FIELD_LABELS: Readonly<Record<WebhookField, string>> = {
  url: 'Adresse (URL)',
  description: 'Beskrivelse (valgfritt)',
  party: 'Part',
};

const fieldId = (field: WebhookField) => `webhook-${field}`;

/** Registers a webhook for the caller's party (an admin picks the party). */
export function WebhookForm({ onCreated }: { readonly onCreated: (webhook: CreatedWebhook) => void }) {
  const { api, me } = useSession();
  const parties = useParties();
  const choosesParty = me?.role === 'admin';
  const [draft, setDraft] = useState<WebhookDraft>(emptyWebhookDraft);
  const [problems, setProblems] = useState<Partial<Record<WebhookField, string>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const summary = useRef<FormErrorSummaryElement>(null);
  const set = (field: WebhookField, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = webhookDraftProblems(draft, choosesParty);
    setProblems(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const { body } = await api.request<CreatedWebhook>('/api/webhooks', {
        method: 'POST',
        body: webhookBody(draft, choosesParty),
      });
      setDraft(emptyWebhookDraft());
      onCreated(body);
    } catch (error) {
      const fromServer = error instanceof ApiError ? webhookServerProblems(error.problem) : {};
      setProblems(fromServer);
      if (Object.keys(fromServer).length > 0) requestAnimationFrame(() => summary.current?.focus());
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const shown = Object.entries(problems) as [WebhookField, string][];
  return (
    <form className="stack webhook-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorSummary
        ref={summary}
        heading="Dette må rettes før webhooken kan registreres"
        problems={shown.map(([field, message]) => ({ id: fieldId(field), label: FIELD_LABELS[field], message }))}
      />
      <ErrorAlert error={failure} />
      {choosesParty && (
        <Field>
          <Label htmlFor={fieldId('party')}>{FIELD_LABELS.party}</Label>
          <Select
            id={fieldId('party')}
            value={draft.party}
            onChange={(event) => set('party', event.target.value)}
            aria-invalid={problems.party ? true : undefined}
          >
            <SelectOption value="">Velg …</SelectOption>
            {[...parties.values()]
              .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
              .map((party) => (
                <SelectOption key={party.id} value={party.id}>
                  {party.name}
                </SelectOption>
              ))}
          </Select>
          {problems.party && <ValidationMessage>{problems.party}</ValidationMessage>}
        </Field>
      )}
      <Textfield
        id={fieldId('url')}
        type="url"
        label={FIELD_LABELS.url}
        description="Lagspill sender hver hendelse som en POST med JSON hit, for eksempel https://saksbehandling.example.no/lagspill."
        value={draft.url}
        onChange={(event) => set('url', event.target.value)}
        error={problems.url}
      />
      <Textfield
        id={fieldId('description')}
        label={FIELD_LABELS.description}
        description="Hva tar imot hendelsene, så andre hos dere vet hva webhooken er til."
        value={draft.description}
        onChange={(event) => set('description', event.target.value)}
        error={problems.description}
      />
      <div className="actions">
        <Button type="submit" loading={busy} disabled={busy}>
          Registrer webhook
        </Button>
      </div>
    </form>
  );
}
