import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { CaseView, Me } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import type { ChangeCase } from './case-page';
import { useCaseChange } from './use-case-change';

/**
 * The reporting organisation chooses whether the organisation the case concerns, which treats the patient,
 * may read the identity numbers in its report. Shown only where there is something to choose: the
 * reporter's own case, with identity numbers held back, naming an organisation.
 */
export function IdentitySharingPanel({
  view,
  me,
  change,
}: {
  readonly view: CaseView;
  readonly me: Me;
  readonly change: ChangeCase;
}) {
  const { busy, error, run } = useCaseChange();
  const ownCase = me.role === 'reporter' && me.organisation === view.reporter.organisation.id;
  if (view.identityNumbers === 'shared') {
    return (
      <Alert data-color="info">
        <Paragraph data-size="sm">
          {view.reporter.organisation.name} har delt fødselsnumrene i meldingen med dere, fordi dere behandler
          pasienten. Hver visning av saken blir logget.
        </Paragraph>
      </Alert>
    );
  }
  if (!ownCase || !view.concerns) return null;
  const shared = view.identitySharedWith === view.concerns.id;

  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        Fødselsnummer i meldingen
      </Heading>
      <Paragraph data-size="sm">
        {shared
          ? `${view.concerns.name} ser fødselsnumrene i meldingen. Hver gang de åpner saken, blir det logget.`
          : `Bare dere ser fødselsnumrene. Behandler ${view.concerns.name} pasienten og trenger dem for å rette feilen, kan dere dele dem. Leverandører får dem aldri.`}
      </Paragraph>
      <ErrorAlert error={error} />
      <div className="actions">
        <Button
          variant="secondary"
          loading={busy}
          disabled={busy}
          onClick={() => void run(() => change('identity-sharing', { share: !shared }))}
          data-testid="identity-sharing"
        >
          {shared ? 'Trekk tilbake delingen' : `Del fødselsnummer med ${view.concerns.name}`}
        </Button>
      </div>
    </Card>
  );
}
