import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../hooks/use-page-title';
import { PartyName } from '../../components/party-name';
import { Time } from '../../components/time';
import type { SubmittedReport } from './report-page';
import { useRoutedTo, type RoutedTo } from './use-routed-to';

/** After sending: the reference to quote on the phone, who got it and by when it answers, and what was held back. */
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
  const routed = useRoutedTo(report);
  return (
    <section className="stack">
      <Alert data-color="success">
        <Heading level={1} data-size="md" ref={heading} tabIndex={-1}>
          Takk! Saken er registrert som {report.reference}
        </Heading>
        {/* Polite: the routing is told when it is known, without interrupting. */}
        <Paragraph aria-live="polite">
          <RoutingText routed={routed} />
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

function RoutingText({ routed }: { readonly routed: RoutedTo }) {
  switch (routed.state) {
    case 'routed':
      return (
        <>
          Saken er sendt til <PartyName id={routed.to.party} />. Svar ventes innen <Time at={routed.to.dueAt} />.
        </>
      );
    case 'waiting':
      return <>Saken sendes til rett mottaker nå …</>;
    case 'unknown':
      return <>Saken sendes til rett mottaker så snart som mulig. Du ser mottaker og svarfrist på saken.</>;
  }
}
