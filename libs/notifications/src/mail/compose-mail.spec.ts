import { NOTIFICATION_KINDS, type NotificationKind } from '@lagspill/domain';
import { composeMail, type MailContext } from './compose-mail';
import type { Notice } from '../planning/notice';

const context: MailContext = {
  baseUrl: 'https://lagspill.example.no',
  partyName: (party) => (party === 'cgm' ? 'CompuGroup Medical (CGM)' : party),
  recipient: 'person:lege.cgm',
};
const notice = (overrides: Partial<Notice> = {}): Notice => ({
  kind: 'case-acknowledged',
  at: '2026-12-01T10:00:00.000Z',
  caseId: 'c-1',
  reference: 'PLL-2026-000001',
  title: 'SFM viser feil liste',
  party: 'cgm',
  ...overrides,
});

describe('composing notification mail', () => {
  it('reads a single notice as itself, with a link to the case and how to change one’s choices', () => {
    const mail = composeMail([notice()], context);
    expect(mail.subject).toBe('Tatt imot av CompuGroup Medical (CGM): PLL-2026-000001 «SFM viser feil liste»');
    expect(mail.text).toContain('CompuGroup Medical (CGM) har tatt imot saken din PLL-2026-000001');
    expect(mail.text).toContain('https://lagspill.example.no/saker/c-1');
    expect(mail.text).toContain('https://lagspill.example.no/varsler');
    expect(mail.html).toContain('<a href="https://lagspill.example.no/saker/c-1">');
    expect(mail.html).toContain('lang="nb"');
  });

  it('makes several notices one digest with a line and a link each', () => {
    const mail = composeMail(
      [
        notice(),
        notice({ kind: 'public-comment', caseId: 'c-2', reference: 'PLL-2026-000002' }),
        notice({ kind: 'case-resolved' }),
      ],
      context,
    );
    expect(mail.subject).toBe('3 nye varsler i Lagspill: Tatt imot (1), Ny kommentar (1), Løst (1)');
    expect(mail.text.match(/^- /gm)).toHaveLength(3);
    expect(mail.text).toContain('https://lagspill.example.no/saker/c-2');
    expect(mail.html.match(/<li>/g)).toHaveLength(3);
  });

  it('escapes the title in HTML, keeps the subject to one line and shortens a long title', () => {
    const mail = composeMail([notice({ title: `<script>alert(1)</script>\n${'x'.repeat(200)}` })], context);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&#60;script&#62;');
    expect(mail.subject).not.toContain('\n');
    expect(mail.subject.length).toBeLessThan(200);
    expect(mail.subject).toContain('…»');
  });

  it("says a party mailbox's mail goes to the party's shared address", () => {
    const mail = composeMail([notice({ kind: 'case-assigned' })], { ...context, recipient: 'party:cgm' });
    expect(mail.subject).toBe('Ny sak PLL-2026-000001 til CompuGroup Medical (CGM): «SFM viser feil liste»');
    expect(mail.text).toContain('felles adresse for CompuGroup Medical (CGM)');
    expect(mail.text).not.toContain('/varsler');
  });
});

describe('what each kind of mail says in its subject', () => {
  /** A notice of each kind as the planner writes it, with the detail the kind carries. */
  const noticeOf = (kind: NotificationKind, detail?: Notice['detail']): Notice => {
    switch (kind) {
      case 'cluster-suggested':
        return {
          kind,
          at: notice().at,
          category: 'sfm',
          detail: { organisations: 3, product: 'CGM Journal 8.4', reports: 4 },
        };
      case 'webhook-disabled':
        return {
          kind,
          at: notice().at,
          detail: { url: 'https://hooks.example.no/lagspill', reason: 'Svarte 500 i ett døgn.' },
        };
      case 'enrolment-requested':
        return { kind, at: notice().at, detail: { name: 'Ola Nordmann', organisation: 'Mørkved legesenter' } };
      case 'followed-case-updated':
        return notice({ kind, detail: { update: 'case.forwarded' } });
      default:
        return notice({ kind, ...(detail ? { detail } : {}) });
    }
  };
  /** What happened, in the words the subject must use; a case's reference besides, when it is about one. */
  const HAPPENED: Readonly<Record<NotificationKind, RegExp>> = {
    'case-assigned': /^Ny sak PLL-2026-000001 til CompuGroup Medical \(CGM\): «SFM viser feil liste»$/,
    'reporter-replied': /^Svar fra melderen i PLL-2026-000001/,
    'case-acknowledged': /^Tatt imot av CompuGroup Medical \(CGM\): PLL-2026-000001/,
    'information-requested': /^Spørsmål fra CompuGroup Medical \(CGM\) i PLL-2026-000001/,
    'case-resolved': /^Løst av CompuGroup Medical \(CGM\): PLL-2026-000001/,
    'public-comment': /^Ny kommentar i PLL-2026-000001/,
    'sla-breached': /^Fristbrudd i PLL-2026-000001 hos CompuGroup Medical \(CGM\) \(første svar\)/,
    'cluster-suggested': /^Mulig felles feil: 3 virksomheter har meldt samme feil i CGM Journal 8\.4$/,
    'webhook-disabled': /^Webhook slått av: https:\/\/hooks\.example\.no\/lagspill$/,
    'enrolment-requested': /^Ber om tilgang: Ola Nordmann for Mørkved legesenter$/,
    'followed-case-updated': /^Sak du følger, sendt videre: PLL-2026-000001/,
  };
  const CASE_FREE = ['cluster-suggested', 'webhook-disabled', 'enrolment-requested'];

  it.each(NOTIFICATION_KINDS.map((kind) => [kind]))('%s: says what happened first, and names the case', (kind) => {
    const { subject } = composeMail(
      [noticeOf(kind, kind === 'sla-breached' ? { sla: 'first-response' } : undefined)],
      context,
    );
    expect(subject).toMatch(HAPPENED[kind]);
    if (!CASE_FREE.includes(kind)) expect(subject).toContain('PLL-2026-000001');
    // One word for a breach of a deadline, everywhere: «fristbrudd».
    expect(subject).not.toMatch(/\bSLA\b|(?<!frist)brudd|overskred|passert/i);
    expect(subject.startsWith('Lagspill')).toBe(false);
  });

  it('gives every kind a subject of its own, so the subject alone tells them apart', () => {
    const subjects = NOTIFICATION_KINDS.map((kind) => composeMail([noticeOf(kind)], context).subject);
    expect(new Set(subjects.map((subject) => subject.split(/[:(]/)[0])).size).toBe(NOTIFICATION_KINDS.length);
  });

  it.each([
    ['answered', 'Svar på spørsmål i PLL-2026-000001 «SFM viser feil liste»'],
    ['commented', 'Ny kommentar fra melderen i PLL-2026-000001 «SFM viser feil liste»'],
    ['reopened', 'Gjenåpnet av melderen: PLL-2026-000001 «SFM viser feil liste»'],
  ])('says which reply of the reporter it is: %s', (reply, subject) => {
    expect(composeMail([noticeOf('reporter-replied', { reply })], context).subject).toBe(subject);
  });

  it('calls a breach of a deadline «fristbrudd» in the mail too, for either deadline', () => {
    for (const sla of ['first-response', 'resolution']) {
      const mail = composeMail([noticeOf('sla-breached', { sla })], context);
      expect(mail.subject).toMatch(/^Fristbrudd /);
      expect(mail.text).toMatch(
        /Fristbrudd hos CompuGroup Medical \(CGM\): fristen for (første svar|løsning) i PLL-2026-000001/,
      );
      expect(mail.text).not.toMatch(/\bSLA\b|passert|overskred/);
    }
  });

  it('sums a digest up by what happened, in the order it happened', () => {
    const mail = composeMail(
      [noticeOf('sla-breached'), noticeOf('case-assigned'), noticeOf('sla-breached'), noticeOf('public-comment')],
      context,
    );
    expect(mail.subject).toBe('4 nye varsler i Lagspill: Fristbrudd (2), Ny sak (1), Ny kommentar (1)');
  });
});
