import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { CreatedWebhook, Webhook } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../hooks/use-page-title';
import { useResource } from '../../hooks/use-resource';
import { WebhookCard } from './webhook-card';
import { WebhookForm } from './webhook-form';
import { WebhookSecret } from './webhook-secret';

/** A party's webhooks: the addresses Lagspill posts its cases' events to, signed with a secret of their own. */
export function WebhooksPage() {
  usePageTitle('Webhooker');
  const { me } = useSession();
  const webhooks = useResource<Webhook[]>('/api/webhooks');
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const list = webhooks.data ?? [];

  const onCreated = (webhook: CreatedWebhook) => {
    const { secret: _shownOnce, ...listed } = webhook;
    webhooks.set([...list, listed]);
    setCreated(webhook);
    setDeleted(null);
  };
  const onDeleted = (webhook: Webhook) => {
    webhooks.set(list.filter((other) => other.id !== webhook.id));
    setDeleted(webhook.url);
    setCreated(null);
  };

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Webhooker
      </Heading>
      <Paragraph>
        Med en webhook sender Lagspill hendelsene i sakene deres straks til deres eget system, for eksempel når en sak
        kommer inn eller melderen svarer. Svarer mottakeren med feil mange ganger på rad, blir webhooken slått av, og
        dere får beskjed på e-post.
      </Paragraph>
      {created && <WebhookSecret webhook={created} onDone={() => setCreated(null)} />}
      {deleted && (
        <Alert data-color="success" role="status">
          <Paragraph>
            Webhooken til <span className="webhook-url">{deleted}</span> er slettet.
          </Paragraph>
        </Alert>
      )}

      <Heading level={2} data-size="md">
        Registrerte webhooker
      </Heading>
      <ErrorAlert error={webhooks.error} />
      {!webhooks.data ? (
        webhooks.error ? null : (
          <Loading what="webhooker" />
        )
      ) : list.length === 0 ? (
        <Paragraph>Ingen webhooker er registrert.</Paragraph>
      ) : (
        <ul className="case-list" aria-label="Webhooker">
          {list.map((webhook) => (
            <li key={webhook.id}>
              <WebhookCard webhook={webhook} showParty={me?.role === 'admin'} onDeleted={() => onDeleted(webhook)} />
            </li>
          ))}
        </ul>
      )}

      <Heading level={2} data-size="md">
        Registrer en webhook
      </Heading>
      <WebhookForm onCreated={onCreated} />
    </section>
  );
}
