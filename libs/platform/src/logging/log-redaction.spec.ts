import pino from 'pino';
import { Writable } from 'node:stream';
import { loggableError, loggableRequest, loggableResponse, loggableText, redactingLogOptions } from './log-redaction';

const FNR = '01018010018';
const REDACTED = '[fødselsnummer]';

describe('what the logs keep of a request', () => {
  it.each([
    [`/api/cases?q=${FNR}`, `/api/cases?q=${REDACTED}`],
    ['/api/cases?q=010180%2010018', `/api/cases?q=${REDACTED}`],
    ['/api/cases?q=010180+10018&limit=5', `/api/cases?q=${REDACTED}&limit=5`],
    [`/api/cases/${FNR}/history`, `/api/cases/${REDACTED}/history`],
    // An escape that is not UTF-8 no longer keeps the rest of the URL encoded.
    ['/api/cases?x=%E0%A4%A&q=%30%31%30%31%38%30%31%30%30%31%38', `/api/cases?x=\uFFFD%A&q=${REDACTED}`],
    ['/api/cases?q=%ff01018010018', `/api/cases?q=\uFFFD${REDACTED}`],
    // The escape takes the number's first digit when decoded; the number as written is still one.
    ['/api/cases/%E0%A4%A01018010018', `/api/cases/\uFFFD%A${REDACTED}`],
  ])('replaces an identity number in %s', (url, logged) => {
    expect(loggableText(url)).toBe(logged);
  });

  it('leaves text without one as it came, encoding and all', () => {
    expect(loggableText('/api/cases?q=synk%20feil&limit=5')).toBe('/api/cases?q=synk%20feil&limit=5');
    expect(loggableText('/api/cases?q=%E0%A4%A')).toBe('/api/cases?q=%E0%A4%A');
    expect(loggableText('/api/cases?q=12345678901')).toBe('/api/cases?q=12345678901');
  });

  it('redacts every part of the serialised request: URL, repeated and nested query values, route parameters, headers', () => {
    const request = {
      method: 'GET',
      url: `/api/cases/${FNR}?q=${FNR}&q=x`,
      query: { q: [FNR, 'x'], filter: { deep: [{ value: `pasient ${FNR}` }] }, limit: '5' },
      params: { splat: ['api', 'cases', FNR], split: ['api', 'cases', '010180', '10018'] },
      headers: { 'x-patient': FNR, referer: `http://localhost/saker?q=${FNR}`, accept: 'application/json' },
    };
    const logged = loggableRequest(request);
    expect(JSON.stringify(logged)).not.toMatch(/01018010018|010180/);
    expect(logged).toEqual({
      method: 'GET',
      url: `/api/cases/${REDACTED}?q=${REDACTED}&q=x`,
      query: { q: [REDACTED, 'x'], filter: { deep: [{ value: `pasient ${REDACTED}` }] }, limit: '5' },
      params: { splat: ['api', 'cases', REDACTED], split: `api/cases/${REDACTED}` },
      headers: { 'x-patient': REDACTED, referer: `http://localhost/saker?q=${REDACTED}`, accept: 'application/json' },
    });
  });

  it('keeps only the status of an answer, never its headers', () => {
    const response = { statusCode: 302, headers: { location: '/login/callback?code=secret&state=x' } };
    expect(loggableResponse(response)).toEqual({ statusCode: 302 });
  });

  it('redacts error messages and stacks', () => {
    const error = new Error(`invalid input syntax for type bigint: "${FNR}"`);
    expect(JSON.stringify(loggableError(error))).not.toContain(FNR);
    expect(loggableError(error)).toMatchObject({
      type: 'Error',
      message: `invalid input syntax for type bigint: "${REDACTED}"`,
    });
  });

  it('makes every message and field of a log line loggable, whoever logs it', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino(redactingLogOptions(), sink);
    log.warn({ caseId: FNR, nested: { text: `fnr ${FNR}` }, err: new Error(FNR) }, `case ${FNR} failed`);
    log.info(`just a message with ${FNR}`);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(FNR);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      caseId: REDACTED,
      nested: { text: `fnr ${REDACTED}` },
      err: { message: REDACTED },
      msg: `case ${REDACTED} failed`,
    });
  });
});
