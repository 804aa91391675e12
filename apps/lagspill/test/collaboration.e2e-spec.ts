import { DEMO_DIRECTORY } from '@lagspill/directory';
import { CASE_ACTION_RULES, ORGANISATION_SERVICE_LEVEL, organisationHolder } from '@lagspill/domain';
import { eventually } from '../../../test/support/eventually';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, caseBody, listBody, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

// A valid fødselsnummer (from the domain's identifier tests).
const FNR = '31129956715';
const PRESCRIBER = 'morkved-legesenter';
const PHARMACY = 'apotek1-multidose-bodo';

/** A multidose pharmacy reports a prescription written the wrong way for multidose, naming the GP office. */
function prescribingMethodReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: 'prescribing',
    subcategory: 'multidose-method',
    title: 'Resept forskrevet som enkeltresept til multidosepasient',
    description: `Pasient ${FNR} står på multidose, men resepten er forskrevet som vanlig resept.`,
    occurredAt: '2026-11-20T09:30:00Z',
    multidoseMode: 'both',
    harm: 'minor',
    scope: { multiplePatients: false, multipleOrganisations: true },
    concerns: PRESCRIBER,
    fragmentedList: true,
    deviationNotice: { status: 'notified', channel: 'own-system', reference: 'SYN-2026-0451' },
    ...overrides,
  };
}

/**
 * Collaboration between organisations of the medication chain (issue 17): a report names the organisation
 * it concerns, the routing table can send it there, and that organisation's people see and work the case.
 */
describe('collaboration between organisations over HTTP', () => {
  let t: TestApp;
  let api: CaseApi;

  beforeAll(async () => {
    t = await startTestApp();
    api = new CaseApi(t);
  });
  afterAll(async () => t?.close());

  const act = async (username: string, c: CaseBody, action: string, body?: Record<string, unknown>) => {
    const current = caseBody(await api.getCase('admin', c.id));
    return api.command(username, c.id, action, current.version, body);
  };

  it('routes a pharmacy’s prescribing-method report to the GP office it names, and lets the office work it', async () => {
    const routed = await api.reportedAndRouted('multidose', prescribingMethodReport());
    const holder = organisationHolder(PRESCRIBER);
    expect(routed.routedTo?.party).toBe(holder);
    const hours = (Date.parse(routed.routedTo?.dueAt ?? '') - Date.parse(routed.routedTo?.since ?? '')) / 3_600_000;
    expect(hours).toBe(ORGANISATION_SERVICE_LEVEL.firstResponseHours);
    const history = (await api.history('admin', routed.id)).body as { type: string; rule?: string }[];
    expect(history.find((e) => e.type === 'case.routed')?.rule).toBe('multidose-prescribing-method-to-prescriber');

    // The office's doctor sees it (the identity number held back: the pharmacy did not share it) …
    const seen = caseBody(await api.getCase('lege.cgm', routed.id));
    expect(seen.description).not.toContain(FNR);
    expect(seen.description).toContain('[fødselsnummer]');
    expect(seen).toMatchObject({
      concerns: { id: PRESCRIBER, name: 'Mørkved legesenter' },
      fragmentedList: true,
      multidoseMode: 'both',
      deviationNotice: { status: 'notified', channel: 'own-system' },
    });
    // … the notice's reference is the reporter's and the working group's only.
    expect(seen).not.toHaveProperty('deviationNotice.reference');
    expect((await api.getCase('multidose', routed.id)).body.deviationNotice).toEqual({
      status: 'notified',
      channel: 'own-system',
      reference: 'SYN-2026-0451',
    });
    expect(await api.waitForListed('lege.cgm', routed.id, routed.version)).toBeDefined();
    // … and finds it in the office's inbox: the cases with the organisation now, soonest due first.
    const inbox = listBody(await api.list('lege.cgm', `?party=${holder}&open=true&sort=due`));
    expect(inbox.items.map((c) => c.id)).toContain(routed.id);
    expect(inbox.items.every((c) => c.routedTo?.party === holder)).toBe(true);

    // … answers, asks the pharmacy, and resolves; the pharmacy closes.
    expect((await act('lege.cgm', routed, 'acknowledge')).status).toBe(200);
    const asked = await act('lege.cgm', routed, 'request-information', { question: 'Hvilken dato gjelder det?' });
    expect(asked.status).toBe(200);
    expect((await act('multidose', routed, 'provide-information', { answer: 'Utlevering 20. november.' })).status).toBe(
      200,
    );
    expect(
      (await act('lege.cgm', routed, 'comments', { body: 'Vi retter resepten.', visibility: 'public' })).status,
    ).toBe(200);
    const resolved = await act('lege.cgm', routed, 'resolve', { resolution: 'Ny resept som multidose sendt.' });
    expect(resolved.status).toBe(200);
    expect(caseBody(resolved).status).toBe('resolved');
    const closed = await act('multidose', routed, 'close');
    expect(caseBody(closed).status).toBe('closed');
  });

  it('shows a case routed to an organisation to exactly those who may see it, and lets only its people act', async () => {
    const routed = await api.reportedAndRouted('multidose', prescribingMethodReport());
    const sees = (person: (typeof DEMO_DIRECTORY.people)[number]) =>
      person.role === 'admin' ||
      (person.role === 'coordinator' && person.party === 'arbeidsgruppe-nord') ||
      ((person.role === 'reporter' || person.role === 'system') &&
        (person.organisation === PHARMACY || person.organisation === PRESCRIBER));
    await api.waitForListed('admin', routed.id, routed.version);
    for (const person of DEMO_DIRECTORY.people) {
      const shown = await api.getCase(person.username, routed.id);
      expect([person.username, shown.status]).toEqual([person.username, sees(person) ? 200 : 404]);
      const listed = listBody(await api.list(person.username, '?limit=200')).items.some((c) => c.id === routed.id);
      expect([person.username, listed]).toEqual([person.username, sees(person)]);
    }
    // Acknowledging is the holder's: the office's reporters only (not its machine client, not a coordinator).
    const holders = DEMO_DIRECTORY.people.filter((p) => p.role === 'reporter' && p.organisation === PRESCRIBER);
    expect(holders.length).toBeGreaterThan(0);
    for (const person of DEMO_DIRECTORY.people.filter((p) => !holders.includes(p))) {
      const refused = await api.command(person.username, routed.id, 'acknowledge', routed.version);
      // The route lets responders and reporters in; of those, one who may see the case is refused, not told it is missing.
      const admitted = CASE_ACTION_RULES.acknowledge.roles.includes(person.role);
      expect([person.username, refused.status]).toEqual([person.username, admitted && !sees(person) ? 404 : 403]);
    }
    const acknowledged = await api.command(holders[0].username, routed.id, 'acknowledge', routed.version);
    expect(acknowledged.status).toBe(200);
  });

  describe('identity numbers between care providers', () => {
    const auditEntries = async (id: string) =>
      (await api.get('admin', `/api/audit?case=${id}`)).body.items as { action: string; username: string }[];

    it('are held back from the organisation concerned until the reporter shares them, and every shared read is audited', async () => {
      const routed = await api.reportedAndRouted('multidose', prescribingMethodReport());
      const before = caseBody(await api.getCase('lege.cgm', routed.id));
      expect(before.description).not.toContain(FNR);
      expect(before).toMatchObject({ identityNumbers: 'redacted' });

      // Only the reporting organisation's people decide; the office itself, a coordinator or a machine client may not.
      for (const username of ['lege.cgm', 'koordinator.nord', 'epj.morkved', 'support.cgm', 'admin']) {
        const refused = await act(username, routed, 'identity-sharing', { share: true });
        expect([username, refused.status]).toEqual([username, 403]);
      }
      const shared = await act('multidose', routed, 'identity-sharing', { share: true });
      expect(shared.status).toBe(200);
      expect(caseBody(shared)).toMatchObject({ identityNumbers: 'own', identitySharedWith: PRESCRIBER });
      expect((await act('multidose', routed, 'identity-sharing', { share: true })).status).toBe(409);

      const read = caseBody(await api.getCase('lege.cgm', routed.id));
      expect(read.description).toContain(FNR);
      expect(read).toMatchObject({ identityNumbers: 'shared', identitySharedWith: PRESCRIBER });
      // Its machine client, the working group and everyone else still read the placeholder.
      for (const username of ['epj.morkved', 'koordinator.nord', 'admin']) {
        const other = caseBody(await api.getCase(username, routed.id));
        expect([username, other.description.includes(FNR)]).toEqual([username, false]);
      }
      // The history is the reporting organisation's own original only.
      expect(JSON.stringify((await api.history('lege.cgm', routed.id)).body)).not.toContain(FNR);
      const audited = await eventually('the shared read in the audit log', async () => {
        const entries = await auditEntries(routed.id);
        return entries.some((e) => e.action === 'case.read.shared-original' && e.username === 'lege.cgm')
          ? entries
          : undefined;
      });
      expect(audited.filter((e) => e.action === 'case.read.shared-original').map((e) => e.username)).toEqual([
        'lege.cgm',
      ]);
      expect(audited.some((e) => e.action === 'case.identity-sharing' && e.username === 'multidose')).toBe(true);

      const withdrawn = await act('multidose', routed, 'identity-sharing', { share: false });
      expect(withdrawn.status).toBe(200);
      expect(caseBody(await api.getCase('lege.cgm', routed.id)).description).not.toContain(FNR);
      expect((await act('multidose', routed, 'identity-sharing', { share: false })).status).toBe(409);
    });

    it('end when the working group names another organisation, and need one to share with', async () => {
      const routed = await api.reportedAndRouted('multidose', prescribingMethodReport());
      expect((await act('multidose', routed, 'identity-sharing', { share: true })).status).toBe(200);
      const moved = await act('koordinator.nord', routed, 'concerned-organisation', {
        organisation: 'ronvik-legesenter',
      });
      expect(moved.status).toBe(200);
      expect(caseBody(moved)).not.toHaveProperty('identitySharedWith');
      expect(caseBody(await api.getCase('lege.cgm', routed.id)).description).not.toContain(FNR);

      const { concerns: _none, ...report } = prescribingMethodReport();
      const unnamed = await api.reportedAndRouted('multidose', report);
      const refused = await act('multidose', unnamed, 'identity-sharing', { share: true });
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
      for (const body of [{}, { share: 'yes' }, { share: true, extra: 1 }]) {
        expect((await act('multidose', routed, 'identity-sharing', body)).status).toBe(400);
      }
    });

    it('reach no one else on any read endpoint (every demo person, shared and not)', async () => {
      const routed = await api.reportedAndRouted('multidose', prescribingMethodReport());
      await act('multidose', routed, 'identity-sharing', { share: true });
      await api.waitForListed('admin', routed.id, routed.version + 1);
      for (const person of DEMO_DIRECTORY.people) {
        const reads = await Promise.all([
          api.getCase(person.username, routed.id),
          api.history(person.username, routed.id),
          api.list(person.username, '?limit=200'),
          api.get(person.username, '/api/status-changes?limit=500'),
        ]);
        const own = person.organisation === PHARMACY;
        const sharedView = person.role === 'reporter' && person.organisation === PRESCRIBER;
        const [view, history, list, changes] = reads.map((r) => JSON.stringify(r.body ?? '').includes(FNR));
        expect({ who: person.username, view, history, list, changes }).toEqual({
          who: person.username,
          view: own || sharedView,
          history: own,
          list: own || sharedView,
          changes: false,
        });
      }
    });
  });

  it('sends the report to the working group when it names no organisation, and says why', async () => {
    const { concerns: _none, ...report } = prescribingMethodReport();
    const routed = await api.reportedAndRouted('multidose', report);
    expect(routed.routedTo?.party).toBe('arbeidsgruppe-nord');
  });

  it('lets the working group forward to any organisation but the reporter’s, and nobody else', async () => {
    const c = await api.reportedAndRouted('lege.cgm', sfmSyncReport());
    const byVendor = await act('support.cgm', c, 'forward', { party: 'organisation:ronvik-legesenter', reason: 'x' });
    expect(byVendor.status).toBe(400);
    expect(byVendor.headers['content-type']).toMatch(PROBLEM);
    expect(byVendor.body.errors).toEqual([expect.objectContaining({ field: 'party' })]);
    const toReporter = await act('koordinator.nord', c, 'forward', {
      party: organisationHolder('morkved-legesenter'),
      reason: 'Tilbake til melder',
    });
    expect(toReporter.status).toBe(400);
    const forwarded = await act('koordinator.nord', c, 'forward', {
      party: 'organisation:ronvik-legesenter',
      reason: 'Gjelder Rønvik sin resept',
    });
    expect(forwarded.status).toBe(200);
    expect(caseBody(forwarded).routedTo?.party).toBe('organisation:ronvik-legesenter');
    expect((await api.getCase('lege.pridok', c.id)).status).toBe(200);
    // The vendor that had it keeps reading it.
    expect((await api.getCase('support.cgm', c.id)).status).toBe(200);
  });

  it('keeps a vendor that forwarded a case to NHN reading it', async () => {
    const c = await api.reportedAndRouted('lege.cgm', sfmSyncReport());
    expect((await act('support.cgm', c, 'forward', { party: 'nhn', reason: 'Feil i SFM' })).status).toBe(200);
    const read = await api.getCase('support.cgm', c.id);
    expect(read.status).toBe(200);
    expect(caseBody(read).routedTo?.party).toBe('nhn');
    expect(await api.waitForListed('support.cgm', c.id, caseBody(read).version)).toBeDefined();
  });

  it('lets the working group set, correct and clear the organisation a case concerns, and nobody else', async () => {
    const c = await api.reportedAndRouted('lege.cgm', sfmSyncReport());
    for (const username of ['lege.cgm', 'support.cgm', 'multidose', 'epj.morkved', 'kundesenter.nhn']) {
      const refused = await act(username, c, 'concerned-organisation', { organisation: PHARMACY });
      expect([username, refused.status]).toEqual([username, 403]);
    }
    const set = await act('koordinator.nord', c, 'concerned-organisation', { organisation: PHARMACY });
    expect(set.status).toBe(200);
    expect(caseBody(set)).toMatchObject({ concerns: { id: PHARMACY } });
    const again = await act('koordinator.nord', c, 'concerned-organisation', { organisation: PHARMACY });
    expect(again.status).toBe(400);
    const cleared = await act('admin', c, 'concerned-organisation', { organisation: null });
    expect(caseBody(cleared)).toMatchObject({ concerns: null });
    for (const [body, field] of [
      [{ organisation: 'morkved-legesenter' }, 'organisation'],
      [{ organisation: 'ukjent-kontor' }, 'organisation'],
      [{ organisation: 'Not An Id' }, 'organisation'],
      [{}, 'organisation'],
      [{ organisation: 7 }, 'organisation'],
    ] as const) {
      const refused = await act('koordinator.nord', c, 'concerned-organisation', body);
      expect([JSON.stringify(body), refused.status]).toEqual([JSON.stringify(body), 400]);
      expect((refused.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining([field]));
      expect((refused.body.errors as { field: string }[]).every((e) => e.field === field)).toBe(true);
    }
  });

  it('refuses a report whose organisation or notice does not stand, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ concerns: PHARMACY }, 'concerns'],
      [{ concerns: 'ukjent-kontor' }, 'concerns'],
      [{ concerns: 'Mørkved legesenter' }, 'concerns'],
      [{ harm: 'none' }, 'deviationNotice'],
      [{ harm: 'near-miss' }, 'deviationNotice'],
      [{ deviationNotice: { status: 'notified' } }, 'deviationNotice.channel'],
      [{ deviationNotice: { status: 'will-notify', reference: 'X-1' } }, 'deviationNotice.reference'],
      [{ deviationNotice: { status: 'notified', channel: 'melde-no', reference: FNR } }, 'deviationNotice.reference'],
      [{ deviationNotice: { status: 'maybe' } }, 'deviationNotice.status'],
      [{ fragmentedList: 'yes' }, 'fragmentedList'],
      [{ multidoseMode: 'mixed' }, 'multidoseMode'],
    ];
    for (const [overrides, field] of cases) {
      const refused = await api.report('multidose', prescribingMethodReport(overrides));
      expect([JSON.stringify(overrides), refused.status]).toEqual([JSON.stringify(overrides), 400]);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
      expect((refused.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
  });

  it('lets anyone enrolled look up active organisations by name, orgnr or HER-id, and no more than that', async () => {
    const morkved = DEMO_DIRECTORY.organisations.find((o) => o.id === PRESCRIBER);
    for (const person of DEMO_DIRECTORY.people) {
      for (const q of ['mørkved', String(morkved?.orgnr), String(morkved?.herId), PRESCRIBER]) {
        const found = await api.get(person.username, `/api/organisations?q=${encodeURIComponent(q)}`);
        expect([person.username, q, found.status]).toEqual([person.username, q, 200]);
        expect(found.body).toEqual([
          {
            id: PRESCRIBER,
            name: 'Mørkved legesenter',
            type: 'gp-office',
            orgnr: morkved?.orgnr,
            herId: morkved?.herId,
            municipalityName: expect.any(String),
          },
        ]);
      }
    }
    expect((await api.get(undefined, '/api/organisations?q=mørkved')).status).toBe(401);
    for (const query of ['', '?q=m', '?q=legesenter&limit=21', '?q=legesenter&limit=0', '?q=x&colour=red']) {
      const refused = await api.get('lege.cgm', `/api/organisations${query}`);
      expect([query, refused.status]).toEqual([query, 400]);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
    }
    const many = await api.get('lege.cgm', '/api/organisations?q=legesenter&limit=2');
    expect(many.body).toHaveLength(2);
  });
});
