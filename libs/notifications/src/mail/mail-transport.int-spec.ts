import { startSmtpCatcher, type SmtpCatcher } from '../../../../test/support/smtp-catcher';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { MailOutcomeUnknownError, SmtpMailTransport } from './mail-transport';

const MAIL = { id: 'm-1', to: 'kari@example.no', subject: 'Sak', text: 'Hei', html: '<p>Hei</p>' };

/** An SMTP server on loopback that offers no STARTTLS, as a downgrading one in between would. */
describe('SMTP over smtp:// (issue 14, item 8)', () => {
  let server: SmtpCatcher;

  beforeAll(async () => {
    server = await startSmtpCatcher();
  });

  afterAll(async () => {
    await server.close();
  });

  it('sends in the clear only when STARTTLS is not required (outside production)', async () => {
    const transport = new SmtpMailTransport(server.url, 'Lagspill <a@example.no>', 5_000);
    await transport.send(MAIL);
    transport.close();
    expect(server.to('kari@example.no')).toHaveLength(1);
  });

  it('sends nothing where it cannot upgrade to TLS when STARTTLS is required (production)', async () => {
    const transport = new SmtpMailTransport(server.url, 'Lagspill <a@example.no>', 5_000, { requireTls: true });
    await expect(transport.send({ ...MAIL, id: 'm-2', to: 'ola@example.no' })).rejects.toThrow(/STARTTLS/i);
    transport.close();
    expect(server.to('ola@example.no')).toEqual([]);
  });
});

/** Which failures a real SMTP exchange reports as "may have arrived", and which as "not taken". */
describe('SMTP failures, told apart by whether the server may have taken the mail', () => {
  const FROM = 'Lagspill <a@example.no>';

  it('reports a reply that never came after the whole message as an unknown outcome; the server has it', async () => {
    const server = await startSmtpCatcher();
    server.holdNext(1, 1_500);
    const transport = new SmtpMailTransport(server.url, FROM, 500);
    await expect(transport.send({ ...MAIL, id: 'm-3', to: 'sent@example.no' })).rejects.toBeInstanceOf(
      MailOutcomeUnknownError,
    );
    transport.close();
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(server.to('sent@example.no')).toHaveLength(1);
    await server.close();
  });

  it('reports a refusal after the message as not taken', async () => {
    const server = await startSmtpCatcher();
    server.refuseNext(1);
    const transport = new SmtpMailTransport(server.url, FROM, 2_000);
    const refusal = await transport
      .send({ ...MAIL, id: 'm-4', to: 'later@example.no' })
      .catch((error: unknown) => error);
    expect(refusal).not.toBeInstanceOf(MailOutcomeUnknownError);
    expect(refusal).toMatchObject({ responseCode: 451 });
    transport.close();
    await server.close();
  });

  it('reports no server and a server that never greets as not taken', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const neverGreets = new SmtpMailTransport(`smtp://127.0.0.1:${port}`, FROM, 300);
    const ungreeted = await neverGreets.send(MAIL).catch((error: unknown) => error);
    expect(ungreeted).toMatchObject({ code: 'ETIMEDOUT' });
    expect(ungreeted).not.toBeInstanceOf(MailOutcomeUnknownError);
    neverGreets.close();
    await new Promise((resolve) => silent.close(resolve));

    const nobody = new SmtpMailTransport(`smtp://127.0.0.1:${port}`, FROM, 300);
    const refused = await nobody.send(MAIL).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'ESOCKET', syscall: 'connect' });
    expect(refused).not.toBeInstanceOf(MailOutcomeUnknownError);
    nobody.close();
  });
});
