import type { Viewer } from '../case/case-access';
import type { Directory } from '../directory/directory';
import { DomainError } from '../errors/domain-error';
import { FieldRejectedError } from '../errors/field-rejected.error';

/** A party's receivers are few; more than this is a mistake or abuse. */
export const MAX_WEBHOOKS_PER_PARTY = 10;

/**
 * The party a webhook is registered for: a responder or coordinator registers for the party they act
 * for (naming another is refused), an admin for any party in the directory, which they must name.
 */
export function webhookPartyFor(viewer: Viewer, asked: string | undefined, directory: Directory): string {
  if (viewer.role !== 'admin') {
    const own = ownWebhookParty(viewer);
    if (asked !== undefined && asked !== own) throw new WebhookRefusedError(`You register webhooks for ${own} only`);
    return own;
  }
  if (asked === undefined) throw new WebhookRejectedError('party', 'party is required for an admin');
  if (!directory.hasParty(asked)) throw new WebhookRejectedError('party', `party ${asked} is not in the directory`);
  return asked;
}

/** Whose webhooks a list shows: an admin's the party asked for (every party's when none), others their own. */
export function webhookPartyListedFor(viewer: Viewer, asked: string | undefined): string | undefined {
  return viewer.role === 'admin' ? asked : ownWebhookParty(viewer);
}

/** The party whose webhooks a responder or coordinator manages; someone without one has none to manage. */
export function ownWebhookParty(viewer: Viewer): string {
  if (!viewer.party) throw new WebhookRefusedError('Only those who act for a party have webhooks');
  return viewer.party;
}

/** Whether the viewer manages a webhook of `party`: an admin any, everyone else their own party's. */
export function managesWebhooksOf(viewer: Viewer, party: string): boolean {
  return viewer.role === 'admin' || viewer.party === party;
}

/** A party with MAX_WEBHOOKS_PER_PARTY webhooks gets no more until it deletes one. */
export function requireRoomForWebhook(party: string, registered: number): void {
  if (registered >= MAX_WEBHOOKS_PER_PARTY) throw new WebhookLimitReachedError(party);
}

/** The caller may not manage webhooks (of that party). */
export class WebhookRefusedError extends DomainError {
  readonly code = 'WEBHOOK_REFUSED';
  readonly kind = 'forbidden';
}

/** A webhook registration that names something the directory does not allow. */
export class WebhookRejectedError extends FieldRejectedError {
  readonly code = 'WEBHOOK_REJECTED';
}

export class WebhookLimitReachedError extends DomainError {
  readonly code = 'WEBHOOK_LIMIT_REACHED';
  readonly kind = 'conflict';

  constructor(readonly party: string) {
    super(`${party} has ${MAX_WEBHOOKS_PER_PARTY} webhooks already; delete one first`);
  }
}
