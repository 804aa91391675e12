import type { Problem } from '../../api/api-error';
import type { RegisterWebhookRequest } from '../../api/types';

export interface WebhookDraft {
  url: string;
  description: string;
  party: string;
}

export type WebhookField = keyof WebhookDraft;

const FIELDS: readonly WebhookField[] = ['url', 'description', 'party'];

export const emptyWebhookDraft = (): WebhookDraft => ({ url: '', description: '', party: '' });

/** What must be fixed before registering, by field; the server checks the address further. */
export function webhookDraftProblems(
  draft: WebhookDraft,
  choosesParty: boolean,
): Partial<Record<WebhookField, string>> {
  const problems: Partial<Record<WebhookField, string>> = {};
  const url = draft.url.trim();
  if (url === '') problems.url = 'Skriv adressen hendelsene skal sendes til.';
  else if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
    problems.url = 'Skriv en hel adresse som begynner med https://.';
  if (choosesParty && draft.party === '') problems.party = 'Velg hvilken part webhooken hører til.';
  return problems;
}

/** The body of POST /api/webhooks; only an admin names the party, everyone else registers for their own. */
export function webhookBody(draft: WebhookDraft, choosesParty: boolean): RegisterWebhookRequest {
  const description = draft.description.trim();
  return {
    url: draft.url.trim(),
    ...(description ? { description } : {}),
    ...(choosesParty ? { party: draft.party } : {}),
  };
}

/** The server's field errors for this form's fields (it may name them by their place in the body). */
export function webhookServerProblems(problem: Problem): Partial<Record<WebhookField, string>> {
  const problems: Partial<Record<WebhookField, string>> = {};
  for (const { field, message } of problem.errors ?? []) {
    const own = FIELDS.find((name) => name === field.split('.').at(-1));
    if (own) problems[own] = message;
  }
  return problems;
}
