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
    expect(mail.subject).toBe(
      'Lagspill: CompuGroup Medical (CGM) har tatt imot saken din PLL-2026-000001 «SFM viser feil liste»',
    );
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
    expect(mail.subject).toBe('Lagspill: 3 nye varsler');
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
    expect(mail.subject).toBe('Lagspill: Ny sak til CompuGroup Medical (CGM): PLL-2026-000001 «SFM viser feil liste»');
    expect(mail.text).toContain('felles adresse for CompuGroup Medical (CGM)');
    expect(mail.text).not.toContain('/varsler');
  });
});
