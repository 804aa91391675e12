import { findCategory } from '@lagspill/domain';
import type { Notice } from '../planning/notice';
import { escapeHtml } from './escape-html';

export interface ComposedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface MailContext {
  /** Where Lagspill is opened, without a trailing slash. */
  readonly baseUrl: string;
  readonly partyName: (party: string) => string;
  /** `person:<username>` or `party:<id>`, as the outbox names the recipient. */
  readonly recipient: string;
}

interface Line {
  readonly text: string;
  readonly link: string;
}

const MAX_TITLE = 100;

/**
 * One mail for everything that waited for an address: a single notice reads as itself, several as a
 * digest with a line each. Norwegian, plain text and HTML with the same content. Each line links to the
 * case rather than quoting it; the only free text is the case's title as the API shows it to parties,
 * with identity numbers held back.
 */
export function composeMail(notices: readonly Notice[], context: MailContext): ComposedMail {
  const lines = notices.map((notice) => lineFor(notice, context));
  const subject = lines.length === 1 ? `Lagspill: ${lines[0].text}` : `Lagspill: ${lines.length} nye varsler`;
  const intro = lines.length === 1 ? [] : [`Siden forrige e-post fra Lagspill har dette skjedd:`];
  const footer = footerFor(context);
  const text = [
    'Hei,',
    '',
    ...intro,
    ...(intro.length > 0 ? [''] : []),
    ...lines.map((line) => `${lines.length > 1 ? '- ' : ''}${line.text}\n  ${line.link}`),
    '',
    ...footer,
  ].join('\n');
  const html = [
    '<!doctype html>',
    '<html lang="nb"><head><meta charset="utf-8"><title>' + escapeHtml(subject) + '</title></head>',
    '<body style="font-family: sans-serif; line-height: 1.5">',
    '<p>Hei,</p>',
    ...intro.map((p) => `<p>${escapeHtml(p)}</p>`),
    '<ul>',
    ...lines.map(
      (line) => `<li>${escapeHtml(line.text)}<br><a href="${escapeHtml(line.link)}">${escapeHtml(line.link)}</a></li>`,
    ),
    '</ul>',
    ...footer.map((p) => `<p style="color: #555; font-size: 0.9em">${escapeHtml(p)}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject: oneLine(subject), text, html };
}

function lineFor(notice: Notice, { baseUrl, partyName }: MailContext): Line {
  const party = notice.party ? partyName(notice.party) : 'Ansvarlig part';
  const caseLink = `${baseUrl}/saker/${encodeURIComponent(notice.caseId ?? '')}`;
  const theCase = `${notice.reference ?? ''} «${shortened(notice.title ?? '')}»`;
  const detail = notice.detail ?? {};
  switch (notice.kind) {
    case 'case-assigned':
      return { text: `Ny sak til ${party}: ${theCase}`, link: caseLink };
    case 'reporter-replied':
      return { text: `Melderen har svart, kommentert eller gjenåpnet ${theCase}`, link: caseLink };
    case 'case-acknowledged':
      return { text: `${party} har tatt imot saken din ${theCase}`, link: caseLink };
    case 'information-requested':
      return { text: `${party} ber om mer informasjon i saken din ${theCase}`, link: caseLink };
    case 'case-resolved':
      return { text: `${party} har løst saken din ${theCase}; lukk den, eller gjenåpne den`, link: caseLink };
    case 'public-comment':
      return { text: `Ny kommentar i saken din ${theCase}`, link: caseLink };
    case 'sla-breached': {
      const deadline = detail.sla === 'first-response' ? 'første svar' : 'løsning';
      return { text: `Fristen for ${deadline} er passert hos ${party} i ${theCase}`, link: caseLink };
    }
    case 'cluster-suggested': {
      const category = findCategory(notice.category ?? '')?.label ?? notice.category ?? '';
      return {
        text: `${detail.organisations} virksomheter har meldt samme feil i ${detail.product} (${category}) innen ett døgn: ${detail.reports} saker`,
        link: `${baseUrl}/klynger`,
      };
    }
    case 'webhook-disabled':
      return { text: `Webhooken ${detail.url} er slått av. ${detail.reason}`, link: `${baseUrl}/webhooker` };
    case 'enrolment-requested':
      return {
        text: `${detail.name} ber om tilgang til Lagspill for ${detail.organisation}; godkjenn eller avslå`,
        link: `${baseUrl}/katalog/tilgang`,
      };
  }
}

function footerFor({ baseUrl, recipient, partyName }: MailContext): string[] {
  const why = recipient.startsWith('party:')
    ? `Denne e-posten går til felles adresse for ${partyName(recipient.slice('party:'.length))} i Lagspill.`
    : `Du får denne e-posten fordi du har varsler slått på i Lagspill. Endre dem på ${baseUrl}/varsler.`;
  return [
    why,
    'Saken leses og besvares i Lagspill; svar ikke på denne e-posten. Pasientopplysninger sendes aldri på e-post.',
  ];
}

function shortened(title: string): string {
  const single = oneLine(title);
  return single.length <= MAX_TITLE ? single : `${single.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
