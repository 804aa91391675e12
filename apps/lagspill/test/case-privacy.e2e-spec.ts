import type { Response } from 'supertest';
import {
  computeNationalIdentityCheckDigits,
  IDENTITY_NUMBER_PLACEHOLDER,
  isValidNationalIdentityNumber,
  parseNationalIdentityNumber,
  redactIdentityNumbers,
} from '@lagspill/domain';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, historyBody, listBody, sfmSyncReport, type CaseBody } from './support/case-api';

/** A valid synthetic (Tenor: month + 80) identity number born on `ddmmyy`, the first individual number from `from` that has check digits. */
function syntheticIdentityNumber(ddmmyy: string, from = 100): string {
  for (let individual = from; individual < 1000; individual += 1) {
    const prefix = `${ddmmyy}${String(individual).padStart(3, '0')}`;
    const check = computeNationalIdentityCheckDigits(prefix);
    if (check) return `${prefix}${check.join('')}`;
  }
  throw new Error(`no identity number for ${ddmmyy}`);
}

const FNR = '01818010083';
const DNR = syntheticIdentityNumber('418180'); // D-nummer: day + 40
const OTHERS = [
  syntheticIdentityNumber('158385'),
  syntheticIdentityNumber('238890'),
  syntheticIdentityNumber('298292'),
  syntheticIdentityNumber('078201'),
  syntheticIdentityNumber('318712'),
];
const ALL_NUMBERS = [FNR, DNR, ...OTHERS];
const [N1, N2, N3, N4, N5] = OTHERS as [string, string, string, string, string];

/** Every way a number gets written down. */
const written = {
  plain: (n: string) => n,
  spaced: (n: string) => `${n.slice(0, 6)} ${n.slice(6)}`,
  dashed: (n: string) => `${n.slice(0, 6)}-${n.slice(6)}`,
  dotted: (n: string) => `${n.slice(0, 6)}.${n.slice(6)}`,
  grouped: (n: string) => `${n.slice(0, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
  glued: (n: string) => `pasient${n},`,
};

const title = `SFM-synk feiler for pasient${FNR}, og ${written.spaced(DNR)}`;
const description = [
  `Gjelder ${written.plain(N1)} (fnr), ${written.dashed(N2)} og ${written.grouped(N3)}.`,
  `Også f.nr.${written.dotted(N4)}; og${written.glued(N5)} samt ${written.grouped(FNR)}.`,
].join('\n');
const technical = {
  traceId: `trace-${FNR}`,
  messageId: `msg:${written.dashed(DNR)}`,
  reseptId: written.grouped(N1),
};

/** The numbers in a response, in whatever form: none may be there for anyone but the reporting organisation. */
function identityNumbersIn(response: Response): number {
  return redactIdentityNumbers(response.text).count;
}

describe('identity numbers in cases', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('uses valid synthetic numbers in every written form', () => {
    for (const n of ALL_NUMBERS) {
      expect({ n, valid: isValidNationalIdentityNumber(n) }).toEqual({ n, valid: true });
      expect(parseNationalIdentityNumber(n)?.synthetic).toBe(true);
      for (const [form, write] of Object.entries(written)) {
        expect({ form, found: redactIdentityNumbers(write(n)).count }).toEqual({ form, found: 1 });
      }
    }
    expect(parseNationalIdentityNumber(DNR)?.kind).toBe('d-nummer');
    expect(redactIdentityNumbers(`${title}\n${description}`).count).toBe(8);
  });

  it('never shows a responder an identity number, in any response, while the reporter reads their own text', async () => {
    const responderResponses: { who: string; what: string; response: Response; view: 'case' | 'list' | 'history' }[] =
      [];
    const seen = (who: string, what: string, response: Response, view: 'case' | 'list' | 'history' = 'case') => {
      expect({ who, what, status: response.status }).toEqual({ who, what, status: 200 });
      responderResponses.push({ who, what, response, view });
      return response;
    };

    // The report: the reporter is warned, and its own answer shows its text.
    const reported = await api.report('lege.cgm', sfmSyncReport({ title, description, technical }));
    expect(reported.status).toBe(201);
    expect(reported.body.warnings).toEqual([
      expect.objectContaining({ code: 'IDENTITY_NUMBER_REMOVED', message: expect.stringContaining('11') }),
    ]);
    expect(caseBody(reported)).toMatchObject({ title, description });
    const id = caseBody(reported).id;
    const routed = await api.waitForCase('lege.cgm', id, (c) => c.status === 'routed', 'routing');
    let etag = routed.headers.etag;

    const act = async (username: string, action: string, body?: Record<string, unknown>) => {
      const response = await api.command(username, id, action, etag, body);
      expect({ username, action, status: response.status, body: response.body as unknown }).toMatchObject({
        status: 200,
      });
      etag = response.headers.etag;
      return response;
    };
    const readAll = async (who: string, when: string) => {
      seen(who, `GET case ${when}`, await api.getCase(who, id));
      seen(who, `GET history ${when}`, await api.history(who, id), 'history');
      await api.waitForListed(who, id, Number(JSON.parse(etag)));
      seen(who, `GET list ${when}`, await api.list(who, '?limit=100'), 'list');
    };

    await readAll('support.cgm', 'after routing');

    // Text from both sides, every kind of entry, each with a number.
    await act('lege.cgm', 'comments', { body: `Samme feil hos ${written.dashed(N2)}.`, visibility: 'public' });
    seen(
      'support.cgm',
      'comment (public)',
      await act('support.cgm', 'comments', { body: `Sjekket logg for ${written.spaced(N3)}`, visibility: 'public' }),
    );
    seen(
      'support.cgm',
      'comment (internal)',
      await act('support.cgm', 'comments', { body: `Internt: ${FNR} i synk-køen`, visibility: 'internal' }),
    );
    seen('support.cgm', 'acknowledge', await act('support.cgm', 'acknowledge'));
    seen(
      'support.cgm',
      'request-information',
      await act('support.cgm', 'request-information', { question: `Gjelder det også ${written.grouped(N4)}?` }),
    );
    await act('lege.cgm', 'provide-information', { answer: `Ja, og pasient${N5}.` });
    await readAll('support.cgm', 'after the answer');
    seen(
      'support.cgm',
      'forward',
      await act('support.cgm', 'forward', { party: 'nhn', reason: `Synk-feil i SFM for ${written.dashed(DNR)}` }),
    );

    await readAll('kundesenter.nhn', 'after forwarding');
    seen('kundesenter.nhn', 'acknowledge', await act('kundesenter.nhn', 'acknowledge'));
    seen(
      'kundesenter.nhn',
      'comment (public)',
      await act('kundesenter.nhn', 'comments', {
        body: `Feilen er reprodusert med ${written.dotted(N1)}`,
        visibility: 'public',
      }),
    );
    seen(
      'kundesenter.nhn',
      'resolve',
      await act('kundesenter.nhn', 'resolve', { resolution: `Rettet; ${written.plain(FNR)} synkroniserer igjen.` }),
    );
    await readAll('kundesenter.nhn', 'when resolved');
    await readAll('support.cgm', 'when resolved');
    // Not the reporting organisation either.
    await readAll('koordinator.nord', 'when resolved');
    await readAll('admin', 'when resolved');

    for (const { who, what, response, view } of responderResponses) {
      const label = `${who}: ${what}`;
      expect({ label, numbers: identityNumbersIn(response) }).toEqual({ label, numbers: 0 });
      for (const n of ALL_NUMBERS) expect(response.text).not.toContain(n);
      expect(response.text).toContain(IDENTITY_NUMBER_PLACEHOLDER);
      const redacted =
        view === 'case'
          ? caseBody(response).piiRedacted
          : view === 'list'
            ? (listBody(response).items.find((c) => c.id === id) as CaseBody).piiRedacted
            : historyBody(response).reduce((sum, e) => sum + (e.piiRedacted ?? 0), 0);
      expect({ label, redacted: redacted > 0 }).toEqual({ label, redacted: true });
    }
    expect(responderResponses.length).toBeGreaterThanOrEqual(25);

    // A responder cannot find the case by a number either.
    const searched = await api.list('support.cgm', `?q=${FNR}`);
    expect(listBody(searched).items.map((c) => c.id)).not.toContain(id);

    // The reporter reads its own text, and what everyone wrote on its case, as it was written.
    const own = await api.getCase('lege.cgm', id);
    // Technical ids are stored redacted only, so even the reporter gets those numbers held back.
    expect(caseBody(own)).toMatchObject({ title, description, piiRedacted: Object.keys(technical).length });
    expect(caseBody(own).comments.map((c) => c.body)).toEqual([
      `Samme feil hos ${written.dashed(N2)}.`,
      `Sjekket logg for ${written.spaced(N3)}`,
      `Gjelder det også ${written.grouped(N4)}?`,
      `Ja, og pasient${N5}.`,
      `Synk-feil i SFM for ${written.dashed(DNR)}`,
      `Feilen er reprodusert med ${written.dotted(N1)}`,
      `Rettet; ${written.plain(FNR)} synkroniserer igjen.`,
    ]);
    const ownHistory = historyBody(await api.history('lege.cgm', id));
    expect(ownHistory[0]).toMatchObject({ title, description });
    expect(ownHistory.find((e) => e.type === 'case.forwarded')).toMatchObject({
      reason: `Synk-feil i SFM for ${written.dashed(DNR)}`,
    });
    // Technical ids are identifiers, not free text: stored without the number, for everyone.
    expect(caseBody(own).technical).toEqual({
      traceId: `trace-${IDENTITY_NUMBER_PLACEHOLDER}`,
      messageId: `msg:${IDENTITY_NUMBER_PLACEHOLDER}`,
      reseptId: IDENTITY_NUMBER_PLACEHOLDER,
    });
  });
  it("lets no cache keep an answer about a case, so the next user of a browser never gets the last one's", async () => {
    const reported = await api.report('lege.cgm', sfmSyncReport({ description: `Gjelder ${FNR}.` }));
    const id = caseBody(reported).id;
    await api.waitForCase('lege.cgm', id, (c) => c.status === 'routed', 'routing');
    for (const response of [
      reported,
      await api.getCase('lege.cgm', id),
      await api.getCase('support.cgm', id),
      await api.history('support.cgm', id),
      await api.list('support.cgm', ''),
    ]) {
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers.vary).toMatch(/authorization/i);
    }
  });
});
