import { applyToDocument, Directory, type CaseDocument, type CaseEvent, redactText } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { ACTORS, aReport, plain } from '../testing/case-fixtures';
import { toCaseViewRow } from './case-view-row';

const directory = new Directory(DEMO_DIRECTORY);
const fold = (events: CaseEvent[]) =>
  events.reduce<CaseDocument | undefined>((d, e, i) => applyToDocument(d, e, i + 1), undefined) as CaseDocument;

describe('case view row', () => {
  const report = aReport({
    title: { text: redactText('Feil for [fødselsnummer]'), piiRedacted: 1, sealed: 'v1:sealed' },
    description: plain('Dosen VISES dobbelt'),
  });
  const routed: CaseEvent = {
    type: 'case.routed',
    data: {
      party: 'cgm',
      rule: 'vendor',
      at: '2026-11-20T10:00:00.000Z',
      firstResponseDueAt: '2026-11-21T10:00:00.000Z',
      resolutionDueAt: '2026-11-30T10:00:00.000Z',
    },
  };
  const forwarded: CaseEvent = {
    type: 'case.forwarded',
    data: {
      from: 'cgm',
      to: 'nhn',
      reason: plain('SFM'),
      by: ACTORS.cgm,
      at: '2026-11-20T11:00:00.000Z',
      firstResponseDueAt: '2026-11-20T15:00:00.000Z',
      resolutionDueAt: '2026-11-23T11:00:00.000Z',
    },
  };

  it('holds the filter and visibility columns, located through the directory', () => {
    const row = toCaseViewRow(fold([{ type: 'case.reported', data: report }, routed, forwarded]), directory);
    expect(row).toMatchObject({
      id: report.caseId,
      reference: report.reference,
      version: 3,
      status: 'routed',
      category: 'multidose',
      subcategory: 'paper-and-emd',
      party: 'nhn',
      routedParties: ['cgm', 'nhn'],
      reporterOrganisation: 'morkved-legesenter',
      organisationType: 'gp-office',
      region: 'helse-nord',
      reportedAt: report.reportedAt,
      updatedAt: '2026-11-20T11:00:00.000Z',
      dueAt: '2026-11-20T15:00:00.000Z', // NHN's first response
    });
    expect(row.helsefellesskap).toBe(directory.locate('morkved-legesenter').helsefellesskap.id);
  });

  it('searches only the redacted, lower-cased text', () => {
    const row = toCaseViewRow(fold([{ type: 'case.reported', data: report }]), directory);
    expect(row.searchText).toBe('feil for [fødselsnummer]\ndosen vises dobbelt');
    expect(row.party).toBeNull();
    expect(row.routedParties).toEqual([]);
    expect(row.dueAt).toBeNull();
  });

  it('keeps a case whose organisation left the directory, without location', () => {
    const gone = aReport({ reporter: { ...ACTORS.reporter, organisation: 'closed-down' } });
    const row = toCaseViewRow(fold([{ type: 'case.reported', data: gone }]), directory);
    expect(row).toMatchObject({ organisationType: null, helsefellesskap: null, region: null });
  });
});
