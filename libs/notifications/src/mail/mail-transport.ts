import { createTransport, type Transporter } from 'nodemailer';

/** A composed mail on its way to one address. */
export interface OutgoingMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * The send failed where the server may have taken the message all the same: its body may have been on
 * the wire and no reply said no. Sending it again could deliver it twice (decision 0012).
 */
export class MailOutcomeUnknownError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'MailOutcomeUnknownError';
  }
}

/**
 * Where mail leaves: SMTP, or the dev mailbox. Resolves once the mail was accepted; rejects with
 * MailOutcomeUnknownError when it cannot tell, with any other error when the mail was not taken.
 */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<void>;
  abstract close(): void;
}

/** The socket's idle timeout, in SMTP_TIMEOUT_MS: twice the connection's and the greeting's. */
export const SOCKET_TIMEOUT_FACTOR = 2;

/** A mail's Message-ID, fixed by its id, so that a mail is recognisable wherever it turns up. */
export function messageIdOf(mail: Pick<OutgoingMail, 'id'>): string {
  return `<lagspill-mail-${mail.id}@lagspill.invalid>`;
}

/** nodemailer message fields of an outgoing mail. */
export function messageOf(mail: OutgoingMail, from: string) {
  return { from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: messageIdOf(mail) };
}

/**
 * SMTP through nodemailer. `smtps://` speaks TLS from the start; `smtp://` upgrades with STARTTLS when
 * the server offers it, and with `requireTls` (production) sends nothing unless it can upgrade, so a
 * server (or someone in between) that leaves STARTTLS out gets neither the password nor the mail.
 * Every wait is bounded (SMTP_TIMEOUT_MS), so a hanging server cannot hold a round for long.
 */
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
    { requireTls = false }: { readonly requireTls?: boolean } = {},
  ) {
    super();
    const url = new URL(smtpUrl);
    const secure = url.protocol === 'smtps:';
    this.transporter = createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      requireTLS: !secure && requireTls,
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      // Longer than the greeting's: a server that never greets is then told by the greeting timer (nothing
      // was sent, so the mail may be tried again), not by the socket's (which could be after the message).
      socketTimeout: timeoutMs * SOCKET_TIMEOUT_FACTOR,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transporter.sendMail(messageOf(mail, this.from));
    } catch (error) {
      throw mayHaveBeenAccepted(error) ? new MailOutcomeUnknownError(error) : error;
    }
  }

  close(): void {
    this.transporter.close();
  }
}

/** nodemailer's error codes of failures before any message is handed over: connecting, TLS, login, envelope. */
const BEFORE_THE_MESSAGE = new Set(['ECONNECTION', 'EDNS', 'ECONNREFUSED', 'ETLS', 'EAUTH', 'ENOAUTH', 'EENVELOPE']);
/** Timeouts of the connection's set-up, before the first command. */
const SET_UP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

/**
 * Whether a failed send may have delivered the mail. A reply from the server is its answer, whatever
 * the phase (a refusal after the message too); a failure while connecting, upgrading, logging in or
 * setting up the envelope is before any message. A lost connection or a reply that never came can be
 * anywhere, also after the server took the message: then the mail is not sent again.
 */
export function mayHaveBeenAccepted(error: unknown): boolean {
  const { responseCode, code, timeoutType, syscall } = (error ?? {}) as {
    responseCode?: unknown;
    code?: unknown;
    timeoutType?: unknown;
    syscall?: unknown;
  };
  if (typeof responseCode === 'number') return false;
  // A socket error of the connect call (refused, unreachable, no address): nothing was sent.
  if (code === 'ESOCKET' && (syscall === 'connect' || syscall === 'getaddrinfo')) return false;
  if (typeof code === 'string' && BEFORE_THE_MESSAGE.has(code)) return false;
  if (code === 'ETIMEDOUT' && typeof timeoutType === 'string' && SET_UP_TIMEOUTS.has(timeoutType)) return false;
  return true;
}
