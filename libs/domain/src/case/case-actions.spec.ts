import { ROLES, type ServiceLevel } from '../directory/directory.types';
import { redactText } from '../privacy/screened-text';
import { allowedCaseActions, CASE_ACTION_RULES, CASE_ACTIONS, type CaseAction, type CaseActor } from './case-actions';
import type { CaseCommand } from './case-commands';
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

// Every role, as a member of the case's own party or organisation and of another.
const ACTORS: CaseActor[] = ROLES.flatMap((role) => [
  { role, party: 'cgm', organisation: 'morkved' },
  { role, party: 'eg', organisation: 'ronvik' },
]);

describe('allowedCaseActions', () => {
  it('offers exactly what the routes admit and the decider accepts, in every status, to everyone', () => {
    for (const status of CASE_STATUSES)
      for (const actor of ACTORS) {
        const state: CaseState = {
          ...INITIAL_CASE_STATE,
          id: 'case-1',
          status,
          party: 'cgm',
          reporterOrganisation: 'morkved',
          routedParties: ['cgm'],
        };
        const accepted = CASE_ACTIONS.filter(
          (action) => CASE_ACTION_RULES[action].roles.includes(actor.role) && accepts(commandFor(action, actor), state),
        );
        expect({ status, actor, actions: allowedCaseActions(state, actor) }).toEqual({
          status,
          actor,
          actions: accepted,
        });
      }
  });
});
