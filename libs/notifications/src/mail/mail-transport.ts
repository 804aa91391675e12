import { createTransport, type Transporter } from 'nodemailer';

/** A composed mail on its way to one address. */
export interface OutgoingMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Where mail leaves: SMTP, or the dev mailbox. Resolves once the mail was accepted. */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<void>;
  abstract close(): void;
}

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
      socketTimeout: timeoutMs,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(messageOf(mail, this.from));
  }

  close(): void {
    this.transporter.close();
  }
}
