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
  /** What happened, as one sentence of the mail. */
  readonly text: string;
  /** The same said shortly, what happened first: the mail's subject when it is the only notice. */
  readonly subject: string;
  /** What happened in a word or two, for a digest's subject. */
  readonly head: string;
  readonly link: string;
}

const MAX_TITLE = 100;

/** How a reporter's answer, comment or reopening reads; the planner says which it was (older notices do not). */
const REPLIES: Readonly<Record<string, { readonly head: string; readonly text: string; readonly subject: string }>> = {
  answered: { head: 'Svar på spørsmål', text: 'Melderen har svart på spørsmålet', subject: 'Svar på spørsmål i' },
  commented: {
    head: 'Kommentar fra melderen',
    text: 'Melderen har kommentert',
    subject: 'Ny kommentar fra melderen i',
  },
  reopened: { head: 'Gjenåpnet', text: 'Melderen har gjenåpnet', subject: 'Gjenåpnet av melderen:' },
};
/** What happened in a followed case (the event's type in a `followed-case-updated` notice), as a mail says it. */
const FOLLOWED_UPDATES: Readonly<Record<string, string>> = {
  'case.forwarded': 'sendt videre',
  'case.acknowledged': 'tatt imot',
  'case.information-requested': 'spørsmål til melderen',
  'case.information-provided': 'svar fra melderen',
  'case.resolved': 'løst',
  'case.reopened': 'gjenåpnet',
  'case.closed': 'lukket',
  'case.comment-added': 'ny kommentar',
};

const ANY_REPLY = {
  head: 'Svar fra melderen',
  text: 'Melderen har svart, kommentert eller gjenåpnet',
  subject: 'Svar fra melderen i',
};

/**
 * One mail for everything that waited for an address: a single notice reads as itself, several as a
 * digest with a line each. Norwegian, plain text and HTML with the same content. Each line links to the
 * case rather than quoting it; the only free text is the case's title as the API shows it to parties,
 * with identity numbers held back. A subject says what happened first, then the case's reference.
 */
export function composeMail(notices: readonly Notice[], context: MailContext): ComposedMail {
  const lines = notices.map((notice) => lineFor(notice, context));
  const subject = lines.length === 1 ? lines[0].subject : digestSubject(lines);
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

/** "5 nye varsler i Lagspill: Tatt imot (2), Ny kommentar (3)": how many, and of what, in order of first mention. */
function digestSubject(lines: readonly Line[]): string {
  const counts = new Map<string, number>();
  for (const { head } of lines) counts.set(head, (counts.get(head) ?? 0) + 1);
  const what = [...counts].map(([head, count]) => `${head} (${count})`).join(', ');
  return `${lines.length} nye varsler i Lagspill: ${what}`;
}

function lineFor(notice: Notice, { baseUrl, partyName }: MailContext): Line {
  const party = notice.party ? partyName(notice.party) : 'Ansvarlig part';
  const caseLink = `${baseUrl}/saker/${encodeURIComponent(notice.caseId ?? '')}`;
  const reference = notice.reference ?? '';
  const title = `«${shortened(notice.title ?? '')}»`;
  const theCase = `${reference} ${title}`;
  const detail = notice.detail ?? {};
  const aboutCase = (head: string, text: string, subject: string): Line => ({ head, text, subject, link: caseLink });
  switch (notice.kind) {
    case 'case-assigned':
      return aboutCase('Ny sak', `Ny sak til ${party}: ${theCase}`, `Ny sak ${reference} til ${party}: ${title}`);
    case 'reporter-replied': {
      const reply = REPLIES[String(detail.reply)] ?? ANY_REPLY;
      return aboutCase(reply.head, `${reply.text} i ${theCase}`, `${reply.subject} ${theCase}`);
    }
    case 'case-acknowledged':
      return aboutCase('Tatt imot', `${party} har tatt imot saken din ${theCase}`, `Tatt imot av ${party}: ${theCase}`);
    case 'information-requested':
      return aboutCase(
        'Spørsmål',
        `${party} ber om mer informasjon i saken din ${theCase}`,
        `Spørsmål fra ${party} i ${theCase}`,
      );
    case 'case-resolved':
      return aboutCase(
        'Løst',
        `${party} har løst saken din ${theCase}; lukk den, eller gjenåpne den`,
        `Løst av ${party}: ${theCase}`,
      );
    case 'public-comment':
      return aboutCase('Ny kommentar', `Ny kommentar i saken din ${theCase}`, `Ny kommentar i ${theCase}`);
    case 'followed-case-updated': {
      const update = FOLLOWED_UPDATES[String(detail.update)] ?? 'oppdatert';
      return aboutCase(
        'Sak du følger',
        `Nytt i ${theCase}, som du følger: ${update}`,
        `Sak du følger, ${update}: ${theCase}`,
      );
    }
    case 'sla-breached': {
      const deadline = detail.sla === 'first-response' ? 'første svar' : 'løsning';
      return aboutCase(
        'Fristbrudd',
        `Fristbrudd hos ${party}: fristen for ${deadline} i ${theCase} gikk ut`,
        `Fristbrudd i ${reference} hos ${party} (${deadline}): ${title}`,
      );
    }
    case 'cluster-suggested': {
      const category = findCategory(notice.category ?? '')?.label ?? notice.category ?? '';
      const what = `${detail.organisations} virksomheter har meldt samme feil i ${detail.product}`;
      return {
        head: 'Mulig felles feil',
        text: `${what} (${category}) innen ett døgn: ${detail.reports} saker`,
        subject: `Mulig felles feil: ${what}`,
        link: `${baseUrl}/klynger`,
      };
    }
    case 'webhook-disabled':
      return {
        head: 'Webhook slått av',
        text: `Webhooken ${detail.url} er slått av. ${detail.reason}`,
        subject: `Webhook slått av: ${detail.url}`,
        link: `${baseUrl}/webhooker`,
      };
    case 'enrolment-requested':
      return {
        head: 'Ber om tilgang',
        text: `${detail.name} ber om tilgang til Lagspill for ${detail.organisation}; godkjenn eller avslå`,
        subject: `Ber om tilgang: ${detail.name} for ${detail.organisation}`,
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
