import { randomUUID } from 'node:crypto';
import { devTokens, freePort, startAllInOne, type AppProcess } from '../support/app-process';
import { eventually } from '../support/eventually';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * The service log as the real process writes it (issue 14, item 4): an identity number a request
 * carries — in the path, a repeated query parameter, a header, behind an escape that is not UTF-8 — is
 * not in the log in any spelling, and neither is what an answer's headers carried (the dev login's
 * authorization code in its redirect).
 */
const FNR = '01018010018';
/** The number's digits in every spelling a log could hold them: plain, split, percent-encoded. */
const SPELLINGS = [FNR, '010180 10018', '010180+10018', '010180%2010018', '%30%31%30%31%38%30', '010180/10018'];

describe('the request log of the real process', () => {
  let database: TestDatabase;
  let lagspill: AppProcess;

  beforeAll(async () => {
    database = await createTestDatabase([]);
    lagspill = await startAllInOne(await freePort(), database.url, { LOG_LEVEL: 'info' });
  }, 120_000);

  afterAll(async () => {
    lagspill?.child.kill('SIGTERM');
    await lagspill?.exited;
    await database?.drop();
  });

  it('holds no identity number from a path, a repeated query, a header or an undecodable URL, and no answer headers', async () => {
    const token = (await devTokens(lagspill, ['support.cgm'])).get('support.cgm') ?? '';
    const asResponder = { authorization: `Bearer ${token}` };
    const requests: [string, Record<string, string>][] = [
      [`/api/cases/${FNR}`, asResponder],
      [`/api/cases/${FNR}/history`, asResponder],
      ['/api/cases/010180%2010018', asResponder],
      [`/api/cases?q=${FNR}&q=x`, asResponder],
      [`/api/cases?q=x&q=010180+10018`, asResponder],
      [`/api/cases?q[deep]=${FNR}`, asResponder],
      [`/api/cases?x=%E0%A4%A&q=${FNR}`, asResponder],
      [`/api/cases/%E0%A4%A${FNR}`, asResponder],
      ['/api/cases?q=%30%31%30%31%38%30%31%30%30%31%38%ff', asResponder],
      ['/api/cases', { ...asResponder, 'x-patient': FNR, referer: `http://localhost:3000/saker?q=${FNR}` }],
      [`/API/cases/${FNR}`, {}],
      [`/nowhere/${FNR}`, { accept: 'application/json' }],
    ];
    for (const [path, headers] of requests) {
      const response = await fetch(`${lagspill.url}${path}`, { headers, redirect: 'manual' });
      expect(response.status).toBeLessThan(500);
    }

    const authorize = new URLSearchParams({
      response_type: 'code',
      client_id: 'lagspill-web',
      redirect_uri: 'http://localhost:5173/auth/callback',
      state: 'state-1',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      login_hint: 'lege.cgm',
    });
    const redirect = await fetch(`${lagspill.url}/api/dev/oauth/authorize?${authorize}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? '';
    expect(code.length).toBeGreaterThan(10);

    // The last request's line marks the point where every line above has been written.
    const marker = randomUUID();
    await fetch(`${lagspill.url}/api/me?marker=${marker}`, { headers: asResponder });
    const log = await eventually('the marker request in the log', async () =>
      lagspill.output().includes(marker) ? lagspill.output() : undefined,
    );

    expect(log).toContain('[fødselsnummer]');
    for (const spelling of SPELLINGS) expect(log).not.toContain(spelling);
    expect(log).not.toContain(code);
    expect(log).not.toContain(token);
    expect(log).not.toMatch(/"location"/i);
  }, 60_000);
});
