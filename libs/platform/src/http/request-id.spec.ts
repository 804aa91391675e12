import { requestIdOf } from './request-id';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

describe('the id a request is known by', () => {
  it("takes the client's X-Request-Id first, then X-Correlation-Id, then the traceparent's trace id", () => {
    expect(requestIdOf({ 'x-request-id': 'client-42', 'x-correlation-id': 'c-1', traceparent: TRACEPARENT })).toBe(
      'client-42',
    );
    expect(requestIdOf({ 'x-correlation-id': 'c-1', traceparent: TRACEPARENT })).toBe('c-1');
    expect(requestIdOf({ traceparent: TRACEPARENT })).toBe(TRACE_ID);
    expect(requestIdOf({ traceparent: TRACEPARENT.toUpperCase() })).toBe(TRACE_ID);
  });

  it('makes a new UUID when there is none, or none that is a plain token or a valid traceparent', () => {
    for (const headers of [
      {},
      { 'x-request-id': 'has spaces in it' },
      { 'x-request-id': 'x'.repeat(129) },
      { 'x-correlation-id': '<script>' },
      { traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01` },
      { traceparent: 'not-a-traceparent' },
    ]) {
      expect(requestIdOf(headers)).toMatch(UUID);
    }
  });

  it('never takes a client id that holds an identity number, in either header and any spelling it allows', () => {
    // A fødselsnummer and a D-nummer (valid check digits), bare and with the separators a token may hold.
    const numbers = ['01018010018', '41018036736'];
    const spellings = numbers.flatMap((n) => [
      n,
      `${n.slice(0, 6)}-${n.slice(6)}`,
      `${n.slice(0, 6)}.${n.slice(6)}`,
      `${n.slice(0, 6)}_${n.slice(6)}`,
      `pasient:${n}`,
      `req-${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4, 6)}-${n.slice(6)}`,
    ]);
    for (const header of ['x-request-id', 'x-correlation-id']) {
      for (const spelling of spellings) expect(requestIdOf({ [header]: spelling })).toMatch(UUID);
    }
  });
});
