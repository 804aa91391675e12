import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ORGANISATION_TYPE_LABELS } from '@lagspill/domain';
import type { ReactNode } from 'react';
import type { CaseView } from '../../api/types';
import { Time } from '../../components/time';
import { HARM_LABELS, label, MULTIDOSE_LABELS, TECHNICAL_LABELS } from '../../labels';

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
    ['System', `${view.system.product}${view.system.version ? ` ${view.system.version}` : ''}`],
    ['Multidose', label(MULTIDOSE_LABELS, view.multidoseMode)],
    ['Skade', label(HARM_LABELS, view.harm)],
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
