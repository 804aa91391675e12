import {
  Alert,
  Button,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Heading,
  Link,
  Paragraph,
  Switch,
} from '@digdir/designsystemet-react';
import { PARTY_MAILBOX_KINDS } from '@lagspill/domain';
import { useState, type FormEvent } from 'react';
import type { NotificationPreferences } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../hooks/use-page-title';
import { useResource } from '../../hooks/use-resource';
import { preferenceChanges, type Choices } from './preference-changes';

/** Which mails one gets about cases, by kind; the kinds offered are those of one's role. */
export function NotificationsPage() {
  usePageTitle('Varsler');
  const { api, config, me } = useSession();
  const preferences = useResource<NotificationPreferences>('/api/me/notifications');
  const [choices, setChoices] = useState<Choices>({});
  const [error, setError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (preferences.error) return <ErrorAlert error={preferences.error} />;
  if (!preferences.data) return <Loading what="varslingsvalg" />;
  const { email, kinds } = preferences.data;
  const changes = preferenceChanges(preferences.data, choices);
  const partyMailboxGets = kinds.some(({ kind }) => PARTY_MAILBOX_KINDS.includes(kind));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!changes) return;
    setBusy(true);
    setError(undefined);
    try {
      const { body } = await api.request<NotificationPreferences>('/api/me/notifications', {
        method: 'PUT',
        body: changes,
      });
      preferences.set(body);
      setChoices({});
      setSaved(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Varsler
      </Heading>
      {kinds.length === 0 ? (
        <Paragraph>
          Det er ingen varsler å velge for rollen din. Varsler om saker går til melderne, saksbehandlerne og
          koordinatorene, og til partenes felles e-postadresser.
        </Paragraph>
      ) : (
        <>
          {email ? (
            <Paragraph>
              Varsler sendes på e-post til <strong>{email}</strong>, adressen din i brukerkatalogen.
            </Paragraph>
          ) : (
            <Alert data-color="warning">
              <Paragraph>
                Brukerkatalogen har ingen e-postadresse for deg, så du får ikke varsler på e-post. Valgene under gjelder
                fra en adresse er registrert.
              </Paragraph>
            </Alert>
          )}
          <form className="stack" onSubmit={(event) => void save(event)}>
            <Fieldset>
              <FieldsetLegend>Send meg e-post når</FieldsetLegend>
              {partyMailboxGets && me?.partyName && (
                <FieldsetDescription>
                  Saker som sendes til {me.partyName}, og svar fra melderen i dem, går uansett til den felles
                  e-postadressen deres. Slå dem på her hvis du også vil ha dem selv.
                </FieldsetDescription>
              )}
              {kinds.map(({ kind, label, enabled }) => (
                <Switch
                  key={kind}
                  label={label}
                  checked={choices[kind] ?? enabled}
                  onChange={(event) => {
                    const on = event.target.checked;
                    setChoices((current) => ({ ...current, [kind]: on }));
                    setSaved(false);
                  }}
                />
              ))}
            </Fieldset>
            {saved && (
              <Alert data-color="success" role="status">
                <Paragraph>Valgene dine er lagret.</Paragraph>
              </Alert>
            )}
            <ErrorAlert error={error} />
            <div className="actions">
              <Button type="submit" loading={busy} disabled={busy || !changes}>
                Lagre
              </Button>
            </div>
          </form>
        </>
      )}
      {config?.devLogin && (
        <Paragraph>
          <Link href="/dev/mail">Se utgående e-post (utviklingsmodus)</Link>
        </Paragraph>
      )}
    </section>
  );
}
