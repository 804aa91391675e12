import { allowedCaseActions, type CaseAction } from '@lagspill/domain';
import type { CaseCommandRequests, CaseView, Me } from '../../api/types';

export type { CaseAction };

/**
 * The actions to offer this person now: the server's own rules (libs/domain `allowedCaseActions`, which
 * the decider and the routes' roles enforce), so the page never offers a button the server is bound to
 * refuse. The server still decides: a stale page gets the server's answer.
 */
export function availableActions(view: CaseView, me: Me): CaseAction[] {
  return allowedCaseActions(
    { status: view.status, party: view.routedTo?.party, reporterOrganisation: view.reporter.organisation.id },
    me,
  );
}

/** Whether this person may choose to write an internal comment (seen by the current party and coordinators). */
export function mayWriteInternal(me: Me): boolean {
  return me.role === 'responder' || me.role === 'coordinator';
}

/** The request body of an action, from the one text the person wrote (and the party, when forwarding). */
export function actionBody(action: CaseAction, text: string, party?: string): CaseCommandRequests[CaseAction] {
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
