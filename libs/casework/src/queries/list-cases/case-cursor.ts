/** Where a page ended: the last case's (reportedAt, id). Opaque to clients. */
export interface CaseCursor {
  readonly reportedAt: string;
  readonly id: string;
}

export function encodeCursor(cursor: CaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.reportedAt, cursor.id])).toString('base64url');
}

/** The cursor, or undefined when the text is not one this server made. */
export function decodeCursor(text: string): CaseCursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [reportedAt, id] = value as unknown[];
    if (typeof reportedAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(reportedAt))) {
      return undefined;
    }
    return { reportedAt, id };
  } catch {
    return undefined;
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `to` as an exclusive bound: a date alone means the whole of that day (UTC); a time is inclusive. */
export function exclusiveEnd(to: string): Date {
  const end = new Date(to);
  return DATE_ONLY.test(to) ? new Date(end.getTime() + 86_400_000) : new Date(end.getTime() + 1);
}
