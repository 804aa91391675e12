import { startSmtpCatcher, type SmtpCatcher } from '../../../../test/support/smtp-catcher';
import { SmtpMailTransport } from './mail-transport';

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
