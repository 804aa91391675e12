import type { CaseView, Me } from '../../api/types';
import { actionBody, availableActions } from './case-actions';

function view(status: string, party: string | null = 'cgm'): CaseView {
  return {
    status,
    routedTo: party ? { party, since: '2026-11-20T10:00:00Z', dueAt: '2026-11-21T10:00:00Z' } : null,
    reporter: { organisation: { id: 'org-legekontor-cgm' } },
  } as unknown as CaseView;
}

const responder: Me = { username: 'support.cgm', name: 'CGM', role: 'responder', party: 'cgm' };
const otherResponder: Me = { username: 'support.eg', name: 'EG', role: 'responder', party: 'eg' };
const reporter: Me = { username: 'lege.cgm', name: 'Lege', role: 'reporter', organisation: 'org-legekontor-cgm' };
const otherReporter: Me = { username: 'lege.eg', name: 'Lege', role: 'reporter', organisation: 'org-annen' };
const coordinator: Me = { username: 'koordinator.nord', name: 'Koord', role: 'coordinator', region: 'nord' };

describe('availableActions', () => {
  it('lets the current party take, question, forward and resolve a routed case', () => {
    expect(availableActions(view('routed'), responder)).toEqual([
      'acknowledge',
      'request-information',
      'forward',
      'resolve',
    ]);
    expect(availableActions(view('acknowledged'), responder)).toEqual(['request-information', 'forward', 'resolve']);
    expect(availableActions(view('awaiting-information'), responder)).toEqual(['forward', 'resolve']);
  });

  it('offers nothing to a responder of another party, or after resolution', () => {
    expect(availableActions(view('routed'), otherResponder)).toEqual([]);
    expect(availableActions(view('resolved'), responder)).toEqual([]);
  });

  it('lets the reporting organisation answer, reopen and close, and no other organisation', () => {
    expect(availableActions(view('awaiting-information'), reporter)).toEqual(['provide-information']);
    expect(availableActions(view('resolved'), reporter)).toEqual(['reopen', 'close']);
    expect(availableActions(view('closed'), reporter)).toEqual(['reopen']);
    expect(availableActions(view('awaiting-information'), otherReporter)).toEqual([]);
    expect(availableActions(view('routed'), reporter)).toEqual([]);
  });

  it('lets a coordinator steer at any stage, but not take the case for a party', () => {
    expect(availableActions(view('routed'), coordinator)).toEqual([
      'request-information',
      'forward',
      'resolve',
      'close',
    ]);
    expect(availableActions(view('closed'), coordinator)).toEqual(['reopen']);
  });
});

describe('actionBody', () => {
  it('names the field each action takes', () => {
    expect(actionBody('request-information', 'Hvilken versjon?')).toEqual({ question: 'Hvilken versjon?' });
    expect(actionBody('forward', 'SFM-feil', 'nhn')).toEqual({ party: 'nhn', reason: 'SFM-feil' });
    expect(actionBody('acknowledge', '')).toBeUndefined();
  });
});
