import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../hooks/use-page-title';
import { PartyName } from '../../components/party-name';
import type { SubmittedReport } from './report-page';

/** After sending: the reference to quote on the phone, who got it, and what was held back. */
export function ReportConfirmation({
  report,
  onAnother,
}: {
  readonly report: SubmittedReport;
  readonly onAnother: () => void;
}) {
  usePageTitle(`Meldt: ${report.reference}`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const removed = report.warnings?.some((w) => w.code === 'IDENTITY_NUMBER_REMOVED');
  return (
    <section className="stack">
      <Alert data-color="success">
        <Heading level={1} data-size="md" ref={heading} tabIndex={-1}>
          Takk! Saken er registrert som {report.reference}
        </Heading>
        <Paragraph>
          {report.routedTo ? (
            <>
              Den er sendt til <PartyName id={report.routedTo.party} />, som må svare innen fristen.
            </>
          ) : (
            'Den blir sendt til rett mottaker om et øyeblikk.'
          )}
        </Paragraph>
      </Alert>
      {removed && (
        <Alert data-color="warning">
          <Paragraph>
            Meldingen inneholdt et fødselsnummer. Det vises bare for din virksomhet; alle andre ser [fødselsnummer].
          </Paragraph>
        </Alert>
      )}
      <div className="actions">
        <Link asChild>
          <RouterLink to={`/saker/${report.reference}`}>Se saken</RouterLink>
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          Meld en ny feil
        </Button>
      </div>
    </section>
  );
}
