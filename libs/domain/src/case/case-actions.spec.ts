import { ROLES, type ServiceLevel } from '../directory/directory.types';
import { redactText } from '../privacy/screened-text';
import { allowedCaseActions, CASE_ACTION_RULES, CASE_ACTIONS, type CaseAction, type CaseActor } from './case-actions';
import type { CaseCommand } from './case-commands';
import { organisationHolder } from './case-holder';
import { INITIAL_CASE_STATE, type CaseState } from './case-state';
import { CASE_STATUSES } from './case-status';
import { decide } from './decide-case';

const AT = '2026-11-20T09:00:00.000Z';
const SLA: ServiceLevel = { firstResponseHours: 24, resolutionHours: 240 };
const text = { text: redactText('tekst'), piiRedacted: 0 };

function commandFor(action: CaseAction, actor: CaseActor): CaseCommand {
  const by = { actor: { username: 'someone', name: 'Someone', ...actor }, at: AT };
  switch (action) {
    case 'acknowledge':
      return { type: 'acknowledge-case', ...by };
    case 'request-information':
      return { type: 'request-information', ...by, question: text };
    case 'provide-information':
      return { type: 'provide-information', ...by, answer: text };
    case 'forward':
      return { type: 'forward-case', ...by, to: 'nhn', reason: text, serviceLevel: SLA };
    case 'resolve':
      return { type: 'resolve-case', ...by, resolution: text };
    case 'reopen':
      return { type: 'reopen-case', ...by, reason: text, serviceLevel: SLA };
    case 'close':
      return { type: 'close-case', ...by };
  }
}

function accepts(command: CaseCommand, state: CaseState): boolean {
  try {
    decide(command, state);
    return true;
  } catch {
    return false;
  }
}

// Every role, as a member of the case's own party or reporting organisation, of the organisation it may be
// routed to, and of neither.
const ACTORS: CaseActor[] = ROLES.flatMap((role) => [
  { role, party: 'cgm', organisation: 'morkved' },
  { role, party: 'eg', organisation: 'ronvik' },
  { role, party: 'pridok', organisation: 'tromso' },
]);
// The case with a party, or with an organisation (case-holder.ts).
const HOLDERS = ['cgm', organisationHolder('ronvik')];

describe('allowedCaseActions', () => {
  it('offers exactly what the routes admit and the decider accepts, in every status, to everyone', () => {
    for (const status of CASE_STATUSES)
      for (const party of HOLDERS)
        for (const actor of ACTORS) {
          const state: CaseState = {
            ...INITIAL_CASE_STATE,
            id: 'case-1',
            status,
            party,
            reporterOrganisation: 'morkved',
            routedParties: [party],
          };
          const accepted = CASE_ACTIONS.filter(
            (action) =>
              CASE_ACTION_RULES[action].roles.includes(actor.role) && accepts(commandFor(action, actor), state),
          );
          expect({ status, party, actor, actions: allowedCaseActions(state, actor) }).toEqual({
            status,
            party,
            actor,
            actions: accepted,
          });
        }
  });

  it('lets the reporters of the organisation a case is with work it as a party would, and no one else of theirs', () => {
    const state = (party: string): CaseState => ({
      ...INITIAL_CASE_STATE,
      id: 'case-1',
      status: 'routed',
      party,
      reporterOrganisation: 'morkved',
      routedParties: [party],
    });
    const ronvik = state(organisationHolder('ronvik'));
    expect(allowedCaseActions(ronvik, { role: 'reporter', organisation: 'ronvik' })).toEqual([
      'acknowledge',
      'request-information',
      'resolve',
    ]);
    expect(allowedCaseActions(ronvik, { role: 'system', organisation: 'ronvik' })).toEqual([]);
    expect(allowedCaseActions(ronvik, { role: 'reporter', organisation: 'tromso' })).toEqual([]);
    expect(allowedCaseActions(state('cgm'), { role: 'reporter', organisation: 'ronvik' })).toEqual([]);
  });
});
