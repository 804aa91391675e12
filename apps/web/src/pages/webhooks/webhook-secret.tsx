import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import type { CreatedWebhook } from '../../api/types';

/** Right after registering: the signing secret, which the server never shows again, and how to use it. */
export function WebhookSecret({ webhook, onDone }: { readonly webhook: CreatedWebhook; readonly onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Alert data-color="success">
      <div className="stack stack--tight">
        <Heading level={2} data-size="sm" ref={heading} tabIndex={-1}>
          Webhooken er registrert
        </Heading>
        <Paragraph>
          Hendelsene i sakene deres sendes nå til <span className="webhook-url">{webhook.url}</span>.
        </Paragraph>
        <Paragraph>
          <strong>Kopier hemmeligheten nå – den vises ikke igjen.</strong>
        </Paragraph>
        <Textfield
          id="webhook-secret"
          label="Hemmelighet"
          className="secret"
          readOnly
          value={webhook.secret}
          onFocus={(event) => event.target.select()}
        />
        <Paragraph data-size="sm">
          Hver forespørsel har overskriften <code>X-Lagspill-Signature: sha256=&lt;hex&gt;</code>, der &lt;hex&gt; er
          HMAC-SHA256 av hele innholdet (body) med hemmeligheten som nøkkel, skrevet heksadesimalt. Regn den ut selv og
          sammenlign før dere stoler på en forespørsel.
        </Paragraph>
        <div className="actions">
          <Button variant="secondary" onClick={onDone}>
            Jeg har tatt vare på hemmeligheten
          </Button>
        </div>
      </div>
    </Alert>
  );
}
