import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Webhook } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { PartyName } from '../../components/party-name';
import { Time } from '../../components/time';
import { WebhookDeliveries } from './webhook-deliveries';
import { webhookStatus } from './webhook-labels';

interface Props {
  readonly webhook: Webhook;
  /** Admins see every party's webhooks, so each says whose it is. */
  readonly showParty: boolean;
  readonly onDeleted: () => void;
}

/** One webhook: where it sends, whether it is on, its delivery log, and deleting it after a second click. */
export function WebhookCard({ webhook, showParty, onDeleted }: Props) {
  const { api } = useSession();
  const [showLog, setShowLog] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const status = webhookStatus(webhook);
  const headingId = `webhook-card-${webhook.id}`;

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.request(`/api/webhooks/${encodeURIComponent(webhook.id)}`, { method: 'DELETE' });
      onDeleted();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" asChild>
      <article aria-labelledby={headingId}>
        <div className="stack stack--tight">
          <div className="case-card__top">
            <Heading level={3} data-size="xs" id={headingId} className="webhook-url">
              {webhook.url}
            </Heading>
            <Tag data-color={status.color} data-size="sm">
              {status.text}
            </Tag>
          </div>
          {webhook.description && <Paragraph>{webhook.description}</Paragraph>}
          <Paragraph data-size="sm" className="muted">
            {showParty && (
              <>
                <PartyName id={webhook.party} /> ·{' '}
              </>
            )}
            Registrert <Time at={webhook.createdAt} /> av {webhook.createdBy}
          </Paragraph>
          {webhook.status === 'disabled' && (
            <Paragraph data-size="sm">
              Slått av
              {webhook.disabledAt && (
                <>
                  {' '}
                  <Time at={webhook.disabledAt} />
                </>
              )}
              {webhook.disabledReason ? `: ${webhook.disabledReason}` : ''}. Slett den og registrer adressen på nytt når
              mottakeren virker igjen.
            </Paragraph>
          )}
          <ErrorAlert error={error} />
          <div className="actions actions--wrap">
            <Button variant="secondary" data-size="sm" aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>
              {showLog ? 'Skjul leveranser' : 'Vis leveranser'}
            </Button>
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              aria-expanded={confirming}
              onClick={() => setConfirming(!confirming)}
            >
              Slett
            </Button>
          </div>
          {confirming && (
            <div className="stack stack--tight">
              <Paragraph>Vil du slette webhooken? Lagspill slutter straks å sende hendelser til adressen.</Paragraph>
              <div className="actions actions--wrap">
                <Button data-color="danger" data-size="sm" loading={busy} disabled={busy} onClick={() => void remove()}>
                  Ja, slett webhooken
                </Button>
                <Button variant="tertiary" data-size="sm" onClick={() => setConfirming(false)}>
                  Avbryt
                </Button>
              </div>
            </div>
          )}
          {showLog && <WebhookDeliveries webhook={webhook} />}
        </div>
      </article>
    </Card>
  );
}
