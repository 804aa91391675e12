import type { Caller } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { Directory, type CaseDocument } from '@lagspill/domain';
import type { CaseListFilter, CaseViewRepository } from '../../read-model/case-view.repository';
import type { CasePresenter } from '../../views/case-presenter';
import { CaseExportTooLargeError } from './case-export-too-large.error';
import { CASE_EXPORT_LIMIT, ExportCasesHandler } from './export-cases.handler';

const directory = new Directory(DEMO_DIRECTORY);
const caller: Caller = {
  username: 'koordinator.nord',
  name: 'Hanne Bakken',
  role: 'coordinator',
  party: directory.party('arbeidsgruppe-nord'),
  region: 'helse-nord',
};

/** The handler over a read model that holds `count` cases, each presented as a bare view. */
function handlerOver(count: number) {
  const asked: CaseListFilter[] = [];
  const cases = {
    list: (_viewer: unknown, filter: CaseListFilter) => {
      asked.push(filter);
      const all = Array.from({ length: count }, (_, i) => ({ id: `case-${i}` }) as CaseDocument);
      return Promise.resolve(all.slice(0, filter.limit));
    },
  } as unknown as CaseViewRepository;
  const presented: string[] = [];
  const presenter = {
    present: (document: CaseDocument) => {
      presented.push(document.id);
      return Promise.resolve(aView(document.id));
    },
  } as unknown as CasePresenter;
  const clock = { now: () => new Date('2026-12-31T23:30:00.000Z') };
  return { handler: new ExportCasesHandler(cases, presenter, directory, clock), asked, presented };
}

function aView(id: string): CaseView {
  return {
    id,
    reference: `PLL-2026-${id}`,
    status: 'routed',
    category: 'sfm',
    subcategory: 'sync',
    title: 'Tittel',
    description: 'Beskrivelse',
    occurredAt: '2026-11-20T09:00:00.000Z',
    reportedAt: '2026-11-20T09:30:00.000Z',
    updatedAt: '2026-11-20T09:30:00.000Z',
    reporter: {
      name: 'Kari Nordmann',
      role: 'reporter',
      organisation: { name: 'Mørkved legesenter', type: 'gp-office', municipality: 'Bodø', helsefellesskap: 'lovesa' },
    },
    system: { vendor: 'cgm', product: 'CGM Journal' },
    multidoseMode: 'none',
    harm: 'none',
    scope: { multiplePatients: false, multipleOrganisations: false },
    technical: {},
    routedTo: null,
    slaBreaches: [],
    piiRedacted: 0,
  } as unknown as CaseView;
}

describe('ExportCasesHandler', () => {
  it(`exports up to ${CASE_EXPORT_LIMIT} cases, every one presented, in one read of the list`, async () => {
    const { handler, asked, presented } = handlerOver(CASE_EXPORT_LIMIT);
    const { file, filename } = await handler.execute(caller, { sort: 'due', party: 'arbeidsgruppe-nord' });
    expect(asked).toEqual([
      expect.objectContaining({ sort: 'due', party: 'arbeidsgruppe-nord', limit: CASE_EXPORT_LIMIT + 1 }),
    ]);
    expect(asked[0].after).toBeUndefined();
    expect(presented).toHaveLength(CASE_EXPORT_LIMIT);
    expect(file.split('\r\n')).toHaveLength(CASE_EXPORT_LIMIT + 2); // headings, the cases, the last CRLF
    // Named by the day in Norway: 23:30 UTC on New Year's Eve is already the next year there.
    expect(filename).toBe('lagspill-saker-2027-01-01.csv');
  });

  it('refuses one case more, before presenting any', async () => {
    const { handler, presented } = handlerOver(CASE_EXPORT_LIMIT + 1);
    await expect(handler.execute(caller, {})).rejects.toBeInstanceOf(CaseExportTooLargeError);
    await expect(handler.execute(caller, {})).rejects.toMatchObject({
      code: 'CASE_EXPORT_TOO_LARGE',
      kind: 'unprocessable',
    });
    expect(presented).toEqual([]);
  });
});
