import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

export function NotFoundPage() {
  usePageTitle('Fant ikke siden');
  return (
    <section>
      <Heading level={1} data-size="lg">
        Fant ikke siden
      </Heading>
      <Paragraph>Siden finnes ikke, eller du har ikke tilgang til den.</Paragraph>
      <Link asChild>
        <RouterLink to="/">Gå til forsiden</RouterLink>
      </Link>
    </section>
  );
}
