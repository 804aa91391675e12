import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DirectoryHistoryEntry } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Time } from '../../components/time';
import { useParties } from '../../hooks/use-reference-data';
import { historyWording, type HistoryNames } from './history-wording';

/** How often, and how many times, to ask again after a save until the history shows the change. */
const RETRY_MS = 400;
const RETRIES = 10;

interface Props {
  /** The entry's `…/history`. */
  readonly path: string;
  /** Counts the saves made on the page: after one, the history is read until it has grown. */
  readonly saves: number;
  readonly municipalityName?: (number: string) => string;
}

/**
 * Every change of a directory entry, oldest first: what changed, who did it and when. The history is a
 * projection of the directory's log that follows a change within moments, so after a save it is read
 * again until the change is in it.
 */
export function EntryHistory({ path, saves, municipalityName }: Props) {
  const { api } = useSession();
  const parties = useParties();
  const [answer, setAnswer] = useState<{ path: string; entries?: DirectoryHistoryEntry[]; error?: unknown } | null>(
    null,
  );
  const seen = useRef<{ path: string; count: number } | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const before = seen.current?.path === path ? seen.current.count : -1;
    const load = (attempt: number) => {
      api
        .get<DirectoryHistoryEntry[]>(path)
        .then((entries) => {
          if (!live) return;
          if (saves > 0 && entries.length <= before && attempt < RETRIES) {
            timer = setTimeout(() => load(attempt + 1), RETRY_MS);
            return;
          }
          seen.current = { path, count: entries.length };
          setAnswer({ path, entries });
        })
        .catch((error: unknown) => live && setAnswer({ path, error }));
    };
    load(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, path, saves]);

  const names = useMemo<HistoryNames>(
    () => ({
      party: (id) => parties.get(id)?.name ?? id,
      municipality: (number) => municipalityName?.(number) ?? number,
    }),
    [parties, municipalityName],
  );
  const current = answer?.path === path ? answer : null;

  return (
    <section aria-labelledby="historikk" className="stack stack--tight">
      <Heading level={2} data-size="sm" id="historikk">
        Historikk
      </Heading>
      {current?.error ? (
        <ErrorAlert error={current.error} />
      ) : !current?.entries ? (
        <Loading what="historikk" />
      ) : current.entries.length === 0 ? (
        <Paragraph data-size="sm">Ingen endringer er registrert.</Paragraph>
      ) : (
        <ol className="timeline" aria-label="Endringer, eldste først">
          {current.entries.map((entry, index) => {
            const wording = historyWording(entry, names);
            return (
              <li key={`${entry.data.at}-${entry.type}-${index}`} className="timeline__entry">
                <Paragraph data-size="sm">
                  <strong>{wording.title}</strong>
                  <br />
                  <span className="muted">
                    {entry.data.by.name} · <Time at={entry.data.at} />
                  </span>
                </Paragraph>
                {wording.detail && <Paragraph className="timeline__text">{wording.detail}</Paragraph>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
