import { createTransport, type Transporter } from 'nodemailer';
import type StreamTransport from 'nodemailer/lib/stream-transport';
import { MailTransport, messageOf, type OutgoingMail } from '../mail/mail-transport';
import type { DevMailboxRepository } from './dev-mailbox.repository';

/**
 * The embedded default's mail server: nodemailer builds the very message SMTP would carry, and it is
 * kept in notifications.dev_mailbox for /dev/mail instead of leaving the machine.
 */
export class DevMailboxTransport extends MailTransport {
  private readonly transporter: Transporter<StreamTransport.SentMessageInfo>;

  constructor(
    private readonly mailbox: DevMailboxRepository,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail(messageOf(mail, this.from));
    await this.mailbox.receive(mail.id, mail.to, mail.subject, (info.message as Buffer).toString('utf8'));
  }

  close(): void {
    this.transporter.close();
  }
}
