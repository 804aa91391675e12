import { DEMO_DIRECTORY } from '@lagspill/directory';
import { Directory } from '../directory/directory';
import { ROLES, type Role } from '../directory/directory.types';
import { redactText } from '../privacy/screened-text';
import type { ActorRef, CaseEvent, CaseReportedData } from './case-events';
import { applyToDocument } from './case-document';
import { replay } from './case-state';
import { requireConcernedOrganisation, SETS_CONCERNED_ORGANISATION } from './concerned-organisation';
import { decide } from './decide-case';
import { CaseCommandRejectedError } from './errors/case-command-rejected.error';
import { NotWorkingGroupError } from './errors/case-errors';
import { reportedSystem } from './reported-system';

const T0 = '2026-11-20T09:00:00.000Z';
const directory = new Directory(DEMO_DIRECTORY);
const REPORTER = 'apotek1-multidose-bodo';
const report: CaseReportedData = {
  caseId: 'case-1',
  reference: 'PLL-2026-000001',
  category: 'multidose',
  subcategory: 'prescribing-method',
  title: { text: redactText('Resept skrevet feil for multidose'), piiRedacted: 0 },
  description: { text: redactText('Forskrevet som enkeltresept'), piiRedacted: 0 },
  occurredAt: T0,
  reportedAt: T0,
  reporter: { username: 'farmasoyt', name: 'Per', role: 'reporter', organisation: REPORTER },
  system: reportedSystem({ vendor: 'cgm', product: 'CGM Journal' }),
  multidoseMode: 'both',
  harm: 'none',
  scope: { multiplePatients: false, multipleOrganisations: true },
  technical: {},
  concerns: 'morkved-legesenter',
};
const reported: CaseEvent = { type: 'case.reported', data: report };
const actorOf = (role: Role): ActorRef => ({ username: `someone.${role}`, name: 'Someone', role });

class Rejected extends CaseCommandRejectedError {}
const check = (organisation: string) =>
  requireConcernedOrganisation(directory, organisation, REPORTER, (message) => new Rejected('concerns', message));

describe('the organisation a case concerns', () => {
  it('is any active organisation of the directory but the reporting one', () => {
    for (const organisation of directory.data.organisations) {
      if (organisation.id === REPORTER) expect(() => check(organisation.id)).toThrow(/reporting organisation itself/);
      else if (organisation.deactivatedAt === undefined) expect(() => check(organisation.id)).not.toThrow();
    }
  });

  it('is refused when the directory does not know it, naming the field', () => {
    expect(() => check('no-such-office')).toThrow(/not an organisation in the directory/);
    try {
      check('no-such-office');
    } catch (error) {
      expect((error as Rejected).field).toBe('concerns');
    }
  });

  it('is refused when deactivated', () => {
    const deactivated = new Directory({
      ...DEMO_DIRECTORY,
      organisations: DEMO_DIRECTORY.organisations.map((o) =>
        o.id === 'morkved-legesenter' ? { ...o, deactivatedAt: T0 } : o,
      ),
    });
    expect(() =>
      requireConcernedOrganisation(deactivated, 'morkved-legesenter', REPORTER, (m) => new Rejected('concerns', m)),
    ).toThrow(/deactivated/);
  });

  it.each(ROLES)('is set or corrected later by the working group only (%s)', (role) => {
    const command = { type: 'set-concerned-organisation', actor: actorOf(role), at: T0 } as const;
    const state = replay([reported]);
    if ((SETS_CONCERNED_ORGANISATION as readonly string[]).includes(role)) {
      expect(decide({ ...command, organisation: 'ronvik-legesenter' }, state)).toEqual([
        {
          type: 'case.concerned-organisation-set',
          data: { organisation: 'ronvik-legesenter', by: actorOf(role), at: T0 },
        },
      ]);
    } else {
      expect(() => decide({ ...command, organisation: 'ronvik-legesenter' }, state)).toThrow(NotWorkingGroupError);
    }
  });

  it('is not set again to what it is, and may be cleared', () => {
    const by = actorOf('coordinator');
    const state = replay([reported]);
    const command = { type: 'set-concerned-organisation', actor: by, at: T0 } as const;
    expect(() => decide({ ...command, organisation: 'morkved-legesenter' }, state)).toThrow(CaseCommandRejectedError);
    const cleared = decide({ ...command, organisation: null }, state);
    expect(cleared).toEqual([{ type: 'case.concerned-organisation-set', data: { organisation: null, by, at: T0 } }]);
    expect(() => decide({ ...command, organisation: null }, replay([reported, ...cleared]))).toThrow(
      CaseCommandRejectedError,
    );
  });

  it('is folded into the case document: set at report, changed, cleared', () => {
    const by = actorOf('coordinator');
    const document = applyToDocument(undefined, reported, 1);
    expect(document.concerns).toBe('morkved-legesenter');
    const changed = applyToDocument(
      document,
      { type: 'case.concerned-organisation-set', data: { organisation: 'ronvik-legesenter', by, at: T0 } },
      2,
    );
    expect(changed).toMatchObject({ concerns: 'ronvik-legesenter', version: 2 });
    const cleared = applyToDocument(
      changed,
      { type: 'case.concerned-organisation-set', data: { organisation: null, by, at: T0 } },
      3,
    );
    expect(cleared).not.toHaveProperty('concerns');
    // A report without it (every case before the field) concerns no other organisation.
    const { concerns: _none, ...older } = report;
    expect(applyToDocument(undefined, { type: 'case.reported', data: older }, 1)).not.toHaveProperty('concerns');
  });
});
