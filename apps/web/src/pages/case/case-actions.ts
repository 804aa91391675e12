import type { CaseView, Me } from '../../api/types';

/** What a person can do to a case from its page; each is one POST /api/cases/{id}/<action>. */
export type CaseAction =
  'acknowledge' | 'request-information' | 'provide-information' | 'forward' | 'resolve' | 'reopen' | 'close';

const OPEN_FOR_WORK = ['routed', 'acknowledged', 'awaiting-information'];

/**
 * The actions to offer this person now, mirroring the decider's rules (libs/domain decide-case) and
 * the routes' roles, so the page never offers a button the server is bound to refuse. The server still
 * decides: a stale page gets the server's answer.
 */
export function availableActions(view: CaseView, me: Me): CaseAction[] {
  const status = view.status;
  const currentResponder = me.role === 'responder' && me.party !== undefined && view.routedTo?.party === me.party;
  const worker = currentResponder || me.role === 'coordinator';
  const ownReporter = me.role === 'reporter' && me.organisation === view.reporter.organisation.id;
  const actions: CaseAction[] = [];
  if (currentResponder && status === 'routed') actions.push('acknowledge');
  if (worker && (status === 'routed' || status === 'acknowledged')) actions.push('request-information');
  if (ownReporter && status === 'awaiting-information') actions.push('provide-information');
  if (worker && OPEN_FOR_WORK.includes(status)) actions.push('forward', 'resolve');
  if ((ownReporter || me.role === 'coordinator') && (status === 'resolved' || status === 'closed'))
    actions.push('reopen');
  if ((ownReporter && status === 'resolved') || (me.role === 'coordinator' && status !== 'closed'))
    actions.push('close');
  return actions;
}

/** Whether this person may choose to write an internal comment (seen by the current party and coordinators). */
export function mayWriteInternal(me: Me): boolean {
  return me.role === 'responder' || me.role === 'coordinator';
}

/** The request body of an action, from the one text the person wrote (and the party, when forwarding). */
export function actionBody(action: CaseAction, text: string, party?: string): Record<string, string> | undefined {
  switch (action) {
    case 'acknowledge':
    case 'close':
      return undefined;
    case 'request-information':
      return { question: text };
    case 'provide-information':
      return { answer: text };
    case 'forward':
      return { party: party ?? '', reason: text };
    case 'resolve':
      return { resolution: text };
    case 'reopen':
      return { reason: text };
  }
}
