import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { needsDeviationNotice, ORGANISATION_TYPE_LABELS, type Harm } from '@lagspill/domain';
import type { ReactNode } from 'react';
import type { CaseView } from '../../api/types';
import { Time } from '../../components/time';
import {
  DEVIATION_CHANNEL_LABELS,
  DEVIATION_STATUS_LABELS,
  FRAGMENTED_LIST_LABEL,
  HARM_LABELS,
  label,
  MULTIDOSE_LABELS,
  TECHNICAL_LABELS,
} from '../../labels';

/** The organisation a case concerns, as the case page and its editor name it. */
export function concernedOrganisationText(concerns: CaseView['concerns']): string {
  if (!concerns) return 'Ingen annen virksomhet oppgitt';
  return `${concerns.name} (${label(ORGANISATION_TYPE_LABELS, concerns.type)}), orgnr ${concerns.orgnr}`;
}

/** Whether the statutory notice was given, where and under which reference (when this viewer may see it). */
function deviationNoticeText(notice: NonNullable<CaseView['deviationNotice']>): string {
  const where = notice.channel ? ` på ${label(DEVIATION_CHANNEL_LABELS, notice.channel)}` : '';
  const reference = notice.reference ? `, referanse ${notice.reference}` : '';
  return `${label(DEVIATION_STATUS_LABELS, notice.status)}${where}${reference}`;
}

/** What was reported, as this viewer may see it (identity numbers already held back by the server). */
export function CaseDetails({ view }: { readonly view: CaseView }) {
  const organisation = view.reporter.organisation;
  const facts: [string, ReactNode][] = [
    ['Skjedde', <Time key="t" at={view.occurredAt} />],
    [
      'Meldt',
      <>
        <Time at={view.reportedAt} /> av {view.reporter.name}
      </>,
    ],
    [
      'Virksomhet',
      `${organisation.name} (${ORGANISATION_TYPE_LABELS[organisation.type] ?? organisation.type}), ${organisation.municipality}. HER-id ${organisation.herId}`,
    ],
    ['Gjelder virksomhet', concernedOrganisationText(view.concerns)],
    ['System', `${view.system.product}${view.system.version ? ` ${view.system.version}` : ''}`],
    ['Multidose', label(MULTIDOSE_LABELS, view.multidoseMode)],
    [FRAGMENTED_LIST_LABEL, view.fragmentedList ? 'Ja' : 'Nei'],
    ['Skade', label(HARM_LABELS, view.harm)],
    // Asked only for harm above a near miss; a case reported before the question has no answer.
    ...(view.deviationNotice || needsDeviationNotice(view.harm as Harm)
      ? [
          [
            'Meldt som uønsket hendelse',
            view.deviationNotice ? deviationNoticeText(view.deviationNotice) : 'Ikke oppgitt',
          ] as [string, ReactNode],
        ]
      : []),
    [
      'Omfang',
      [
        view.scope.multiplePatients ? 'flere pasienter' : 'én pasient',
        view.scope.multipleOrganisations ? 'flere virksomheter' : 'én virksomhet',
      ].join(', '),
    ],
    ...Object.entries(view.technical).map(([name, value]): [string, ReactNode] => [
      label(TECHNICAL_LABELS, name),
      <code key={name}>{value}</code>,
    ]),
  ];
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        Meldingen
      </Heading>
      {view.piiRedacted > 0 && (
        <Alert data-color="info">
          <Paragraph data-size="sm">
            {view.piiRedacted === 1 ? 'Ett fødselsnummer er' : `${view.piiRedacted} fødselsnumre er`} holdt tilbake og
            vist som [fødselsnummer].
          </Paragraph>
        </Alert>
      )}
      <Paragraph className="case-description">{view.description}</Paragraph>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
