import { redactText, type RedactedText } from '../privacy/screened-text';
import type { Harm } from './case-status';

/**
 * Whether the statutory notice of an adverse event was given: to melde.no (Helsetilsynet/DMP) or the
 * organisation's own deviation system, as its routines say. Lagspill does not notify for anyone; it asks,
 * records the answer and counts it, because a fault report is no substitute for the notice.
 */
export const DEVIATION_NOTICE_STATUSES = ['notified', 'will-notify', 'not-notified'] as const;
export type DeviationNoticeStatus = (typeof DEVIATION_NOTICE_STATUSES)[number];

export const DEVIATION_CHANNELS = ['melde-no', 'own-system'] as const;
export type DeviationChannel = (typeof DEVIATION_CHANNELS)[number];

export interface DeviationNotice {
  readonly status: DeviationNoticeStatus;
  /** Where it was given: only with `notified`. */
  readonly channel?: DeviationChannel;
  /** The notice's reference in that system: only with `notified`; screened, as every text others read. */
  readonly reference?: RedactedText;
}

/** Harm above a near miss: an event that reached the patient, which the reporter may be bound to notify. */
export const HARM_NEEDING_NOTICE: readonly Harm[] = ['minor', 'moderate', 'severe'];

export const needsDeviationNotice = (harm: Harm): boolean => HARM_NEEDING_NOTICE.includes(harm);

/** A reference as deviation systems write them (`2026-1234`, `SYN-000451`, `MELD/2026/77`). */
export const DEVIATION_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9./_ -]{0,59}$/;

/** What is wrong with a stated notice for this harm, field by field (empty when it stands). */
export function deviationNoticeProblems(
  harm: Harm,
  notice: { readonly status: string; readonly channel?: string; readonly reference?: string } | undefined,
): { readonly field: string; readonly message: string }[] {
  if (notice === undefined) return [];
  if (!needsDeviationNotice(harm)) {
    return [
      { field: 'deviationNotice', message: 'is only asked for harm above a near miss (minor, moderate, severe)' },
    ];
  }
  const problems: { field: string; message: string }[] = [];
  if (notice.status === 'notified' && notice.channel === undefined) {
    problems.push({ field: 'deviationNotice.channel', message: 'must say where the notice was given' });
  }
  if (notice.status !== 'notified') {
    if (notice.channel !== undefined) {
      problems.push({ field: 'deviationNotice.channel', message: 'is only given with status "notified"' });
    }
    if (notice.reference !== undefined) {
      problems.push({ field: 'deviationNotice.reference', message: 'is only given with status "notified"' });
    }
  }
  return problems;
}

/** The notice as a case records it: its reference screened like every text others read. */
export function deviationNotice(notice: {
  readonly status: DeviationNoticeStatus;
  readonly channel?: DeviationChannel;
  readonly reference?: string;
}): DeviationNotice {
  return {
    status: notice.status,
    ...(notice.channel === undefined ? {} : { channel: notice.channel }),
    ...(notice.reference === undefined ? {} : { reference: redactText(notice.reference.trim()) }),
  };
}
