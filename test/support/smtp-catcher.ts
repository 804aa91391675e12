import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the test SMTP server received it, parsed. */
export interface CaughtMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
  readonly raw: string;
}

/**
 * A real SMTP server on loopback that keeps what it is sent. `holdMs` makes it wait that long before
 * accepting each message, so a test can stop the sender while a mail is on the wire.
 */
export interface SmtpCatcher {
  readonly url: string;
  readonly mails: CaughtMail[];
  /** Messages received whole but not accepted yet (only while `holdMs` runs). */
  holding(): number;
  /** Answers the next `count` messages with 451 (try again later) instead of accepting them. */
  refuseNext(count: number): void;
  /** Receives the next `count` messages whole and accepts each only after `ms` (a reply that is late). */
  holdNext(count: number, ms: number): void;
  /** Mails to one address. */
  to(address: string): CaughtMail[];
  close(): Promise<void>;
}

export async function startSmtpCatcher(options: { holdMs?: number } = {}): Promise<SmtpCatcher> {
  const mails: CaughtMail[] = [];
  let holding = 0;
  let refusing = 0;
  let late = { count: 0, ms: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusing > 0) {
          refusing -= 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((parsed) => {
          const accept = () => {
            mails.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              raw,
            });
            callback();
          };
          const holdMs = late.count > 0 ? late.ms : options.holdMs;
          if (late.count > 0) late = { ...late, count: late.count - 1 };
          if (!holdMs) return accept();
          holding += 1;
          setTimeout(() => {
            holding -= 1;
            accept();
          }, holdMs);
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    holding: () => holding,
    refuseNext: (count) => (refusing = count),
    holdNext: (count, ms) => (late = { count, ms }),
    to: (address) => mails.filter((mail) => mail.to.includes(address)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
