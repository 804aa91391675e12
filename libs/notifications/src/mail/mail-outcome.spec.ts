import { mayHaveBeenAccepted } from './mail-transport';

const failure = (fields: Record<string, unknown>) => Object.assign(new Error('failed'), fields);

describe('whether a failed send may have delivered the mail', () => {
  it.each([
    ['a refusal after the message (451)', { code: 'EMESSAGE', responseCode: 451 }],
    ['a permanent refusal after the message (554)', { code: 'EMESSAGE', responseCode: 554 }],
    ['a refused recipient', { code: 'EENVELOPE', responseCode: 550 }],
    ['a refused DATA command', { code: 'EENVELOPE' }],
    ['no connection', { code: 'ECONNECTION' }],
    ['no address for the host', { code: 'EDNS' }],
    ['connection refused', { code: 'ECONNREFUSED' }],
    ['a connect call refused', { code: 'ESOCKET', syscall: 'connect' }],
    ['a host name that does not resolve', { code: 'ESOCKET', syscall: 'getaddrinfo' }],
    ['a failed TLS upgrade', { code: 'ETLS' }],
    ['a refused login', { code: 'EAUTH', responseCode: 535 }],
    ['no credentials', { code: 'ENOAUTH' }],
    ['a connection that never opened', { code: 'ETIMEDOUT', timeoutType: 'CONNECT_TIMEOUT' }],
    ['a server that never greeted', { code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT' }],
    ['a TLS handshake that never finished', { code: 'ETIMEDOUT', timeoutType: 'UPGRADE_TIMEOUT' }],
  ])('no, after %s: it may be sent again', (_, fields) => {
    expect(mayHaveBeenAccepted(failure(fields))).toBe(false);
  });

  it.each([
    ['a reply that never came', { code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' }],
    ['a timeout of unknown kind', { code: 'ETIMEDOUT' }],
    ['a connection cut', { code: 'ESOCKET' }],
    ['a connection reset while reading', { code: 'ESOCKET', syscall: 'read' }],
    ['a reply that broke the protocol', { code: 'EPROTOCOL' }],
    ['an error without a code', {}],
  ])('maybe, after %s: it is not sent again', (_, fields) => {
    expect(mayHaveBeenAccepted(failure(fields))).toBe(true);
  });

  it('treats something thrown that is not an error as unknown', () => {
    expect(mayHaveBeenAccepted(undefined)).toBe(true);
    expect(mayHaveBeenAccepted('lost')).toBe(true);
  });
});
