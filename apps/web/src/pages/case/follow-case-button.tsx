import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { CaseFollowing } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  readonly caseId: string;
  readonly following: boolean;
  readonly onChange: (following: boolean) => void;
}

/** «Følg saken»: updates of the case in one's notifications, and the case under «Følger». */
export function FollowCaseButton({ caseId, following, onChange }: Props) {
  const { api, me } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!me || me.role === 'system') return null;

  const toggle = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { body } = await api.request<CaseFollowing>(`/api/cases/${caseId}/following`, {
        method: following ? 'DELETE' : 'PUT',
      });
      onChange(body.following);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="follow-case">
      <Button variant="secondary" data-size="sm" aria-pressed={following} disabled={busy} onClick={() => void toggle()}>
        {following ? 'Følger saken' : 'Følg saken'}
      </Button>
      <Paragraph data-size="xs" className="muted">
        {following
          ? 'Du får varsel om nytt i saken, og finner den under Følger.'
          : 'Få varsel om nytt i saken, og finn den under Følger.'}
      </Paragraph>
      {error !== undefined && <ErrorAlert error={error} />}
    </div>
  );
}
