import type { NotificationKind } from '@lagspill/domain';

/**
 * What one notification says, as the outbox keeps it: ids and the redacted title, never the case's
 * other free text, so that a mail links to the case instead of quoting it.
 */
export interface Notice {
  readonly kind: NotificationKind;
  readonly at: string;
  readonly caseId?: string;
  readonly reference?: string;
  /** The case's title as everyone but the reporting organisation sees it (identity numbers held back). */
  readonly title?: string;
  readonly category?: string;
  /** The party the message is about or written for. */
  readonly party?: string;
  readonly detail?: Readonly<Record<string, string | number>>;
}

/** A notice bound for one address; `source` and `address` together are its key in the outbox. */
export interface OutboxEntry {
  /** The event it comes from, or another key for notices no event carries (a webhook turned off). */
  readonly source: string;
  readonly address: string;
  /** `person:<username>` or `party:<id>`: who the address belongs to. */
  readonly recipient: string;
  readonly notice: Notice;
}
