import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { HistoryEntry } from '../../api/types';
import { OrganisationName } from '../../components/organisation-name';
import { PartyName } from '../../components/party-name';
import { Time } from '../../components/time';
import { EVENT_LABELS, label, LINK_LABELS } from '../../labels';

/** The case's history, oldest first, as the server let this viewer see it. */
export function CaseTimeline({ entries }: { readonly entries: readonly HistoryEntry[] }) {
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li
          key={`${entry.version}-${entry.type}`}
          className={`timeline__entry timeline__entry--${entry.type.replace('case.', '')}`}
        >
          <Paragraph data-size="sm" className="timeline__meta">
            <strong>{label(EVENT_LABELS, entry.type)}</strong>
            {entry.type === 'case.routed' && typeof entry.party === 'string' && (
              <>
                {' '}
                <PartyName id={entry.party} />
              </>
            )}
            {entry.visibility === 'internal' && (
              <>
                {' '}
                <Tag data-size="sm" data-color="warning">
                  Intern
                </Tag>
              </>
            )}
            <br />
            <span className="muted">
              {entry.actor.name}
              {entry.actor.party ? (
                <>
                  {' '}
                  (<PartyName id={entry.actor.party} />)
                </>
              ) : null}{' '}
              · <Time at={entry.at} />
            </span>
          </Paragraph>
          <EntryText entry={entry} />
        </li>
      ))}
    </ol>
  );
}

function EntryText({ entry }: { readonly entry: HistoryEntry }) {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  switch (entry.type) {
    case 'case.reported':
      return (
        <Paragraph data-size="sm">
          {text(entry.title)}
          {typeof entry.concerns === 'string' && (
            <>
              <br />
              Gjelder <OrganisationName id={entry.concerns} />
            </>
          )}
        </Paragraph>
      );
    case 'case.concerned-organisation-set':
      return (
        <Paragraph data-size="sm">
          {typeof entry.organisation === 'string' ? (
            <>
              Gjelder nå <OrganisationName id={entry.organisation} />
            </>
          ) : (
            'Gjelder ikke lenger en annen virksomhet'
          )}
        </Paragraph>
      );
    case 'case.comment-added':
      return <Paragraph className="timeline__text">{text(entry.body)}</Paragraph>;
    case 'case.information-requested':
      return <Paragraph className="timeline__text">{text(entry.question)}</Paragraph>;
    case 'case.information-provided':
      return <Paragraph className="timeline__text">{text(entry.answer)}</Paragraph>;
    case 'case.forwarded':
      return (
        <Paragraph className="timeline__text">
          Fra <PartyName id={text(entry.from)} /> til <PartyName id={text(entry.to)} />: {text(entry.reason)}
        </Paragraph>
      );
    case 'case.resolved':
      return <Paragraph className="timeline__text">{text(entry.resolution)}</Paragraph>;
    case 'case.reopened':
      return <Paragraph className="timeline__text">{text(entry.reason)}</Paragraph>;
    case 'case.linked':
      return (
        <Paragraph data-size="sm">
          {label(LINK_LABELS, text(entry.relation))} {text(entry.case)}
        </Paragraph>
      );
    case 'case.sla-breached':
      return (
        <Paragraph data-size="sm">
          {entry.kind === 'first-response' ? 'Første svar' : 'Løsning'} skulle vært klart{' '}
          <Time at={text(entry.dueAt)} />
        </Paragraph>
      );
    default:
      return null;
  }
}
