import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useSession } from '../../auth/session';
import { usePageTitle } from '../../hooks/use-page-title';

/** Someone the directory knows but has deactivated (them, or the organisation or party they act for). */
export function DeactivatedPage() {
  usePageTitle('Tilgangen er deaktivert');
  const { logout } = useSession();
  return (
    <section className="stack directory-form">
      <Heading level={1} data-size="lg">
        Tilgangen din er deaktivert
      </Heading>
      <Paragraph>
        Du er logget inn, men tilgangen din til Lagspill er slått av. Det skjer når du selv, eller virksomheten eller
        parten du hører til, er deaktivert i Lagspills katalog – for eksempel når du har sluttet, eller virksomheten er
        lagt ned.
      </Paragraph>
      <Paragraph>
        Mener du at dette er feil, ta kontakt med koordinatoren i regionen din eller med den som administrerer Lagspill
        hos dere. Saker du har meldt, er ikke slettet.
      </Paragraph>
      <div className="actions">
        <Button variant="secondary" onClick={logout}>
          Logg ut
        </Button>
      </div>
    </section>
  );
}
