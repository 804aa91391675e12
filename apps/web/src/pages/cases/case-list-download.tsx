import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { query } from '../../api/api-client';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { osloLocalInput } from '../../format/oslo-time';
import type { FilterValues } from './case-list-filters';

/**
 * «Last ned CSV»: the list with its filters as the server exports it (GET /api/cases/export.csv: every
 * page, for Norwegian Excel), saved as a file named by today's date in Norway.
 */
export function CaseListDownload({ filters }: { readonly filters: FilterValues }) {
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);

  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const blob = await api.blob(`/api/cases/export.csv${query({ ...filters })}`, 'text/csv');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `lagspill-saker-${osloLocalInput(new Date()).slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="filter-bar__buttons">
        <Button type="button" variant="secondary" loading={busy} disabled={busy} onClick={() => void download()}>
          Last ned CSV
        </Button>
      </div>
      <ErrorAlert error={failure} />
    </>
  );
}
