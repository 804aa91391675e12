import {
  Button,
  Card,
  Details,
  DetailsContent,
  DetailsSummary,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  SelectOption,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { REGION_NAMES } from '@lagspill/domain';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Cluster, ConfirmClusterRequest, RejectClusterRequest } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PartyName } from '../../components/party-name';
import { Time } from '../../components/time';
import { usePageTitle } from '../../hooks/use-page-title';
import { useTaxonomy } from '../../hooks/use-reference-data';
import { useResource } from '../../hooks/use-resource';

const PAGE = 10;
const STATUS_TEXT = { suggested: 'Forslag', confirmed: 'Bekreftet hendelse', rejected: 'Avvist' } as const;

/** One fault reported by many organisations: the working group confirms it as an incident, or rejects it. */
export function ClustersPage() {
  usePageTitle('Klynger');
  const [status, setStatus] = useState<'suggested' | 'confirmed' | 'rejected' | 'all'>('suggested');
  // Every status at once, filtered here: decisions reach the server's list through a projection a
  // moment after they were accepted, and until then the page knows better than the list it fetched.
  const clusters = useResource<{ windowDays: number; items: Cluster[] }>('/api/clusters?status=all');
  const [decided, setDecided] = useState<ReadonlyMap<string, Cluster['status']>>(new Map());
  // Busy systems make many small suggestions; the most sudden come first, so a page of them is enough.
  const [shown, setShown] = useState(PAGE);
  const items = (clusters.data?.items ?? [])
    .map((cluster) => ({ ...cluster, status: decided.get(cluster.id) ?? cluster.status }))
    .filter((cluster) => status === 'all' || cluster.status === status);
  const onDecided = (id: string, decision: Cluster['status']) => {
    setDecided((known) => new Map(known).set(id, decision));
    clusters.reload();
  };
  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Klynger av like feil
      </Heading>
      <Paragraph>
        Samme feil i samme system meldt fra minst tre virksomheter innen {clusters.data?.windowDays ?? 7} dager. Den
        mest plutselige står først. Bekreft en klynge som hendelse, så kobles meldingene til den og melderne får
        oppdateringene.
      </Paragraph>
      <Field className="narrow">
        <Label htmlFor="cluster-status">Vis</Label>
        <Select id="cluster-status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          <SelectOption value="suggested">Forslag</SelectOption>
          <SelectOption value="confirmed">Bekreftede</SelectOption>
          <SelectOption value="rejected">Avviste</SelectOption>
          <SelectOption value="all">Alle</SelectOption>
        </Select>
      </Field>
      <ErrorAlert error={clusters.error} />
      {!clusters.data ? (
        <Loading what="klynger" />
      ) : items.length === 0 ? (
        <Paragraph>Ingen klynger å vise.</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            Viser {Math.min(shown, items.length)} av {items.length}.
          </Paragraph>
          <ul className="case-list" aria-label="Klynger">
            {items.slice(0, shown).map((cluster) => (
              <li key={cluster.id}>
                <ClusterCard cluster={cluster} onDecided={(decision) => onDecided(cluster.id, decision)} />
              </li>
            ))}
          </ul>
          {shown < items.length && (
            <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
              Vis flere
            </Button>
          )}
        </>
      )}
    </section>
  );
}

interface ClusterCardProps {
  readonly cluster: Cluster;
  readonly onDecided: (decision: 'confirmed' | 'rejected') => void;
}

function ClusterCard({ cluster, onDecided }: ClusterCardProps) {
  const { api } = useSession();
  const taxonomy = useTaxonomy();
  const [mode, setMode] = useState<'confirm' | 'reject' | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const headingId = `klynge-${cluster.id}`;
  const fault = `${taxonomy.categoryLabel(cluster.category)} › ${taxonomy.subcategoryLabel(cluster.category, cluster.subcategory)}`;

  const decide = async (event: FormEvent) => {
    event.preventDefault();
    if (!mode) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.request(`/api/clusters/${encodeURIComponent(cluster.id)}/${mode}`, {
        method: 'POST',
        body:
          mode === 'confirm'
            ? ({ title: text.trim() } satisfies ConfirmClusterRequest)
            : ({ reason: text.trim() } satisfies RejectClusterRequest),
      });
      onDecided(mode === 'confirm' ? 'confirmed' : 'rejected');
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" aria-labelledby={headingId} data-cluster={cluster.id}>
      {/* One child: a Details directly in a Card would turn it into edge-to-edge blocks. */}
      <div className="stack stack--tight">
        <div className="case-card__top">
          <Heading level={2} data-size="xs" id={headingId}>
            {cluster.system.product}
            {cluster.versions.length > 0 ? ` ${cluster.versions.join(', ')}` : ''}: {fault}
          </Heading>
          <Tag
            data-color={
              cluster.status === 'suggested' ? 'warning' : cluster.status === 'confirmed' ? 'danger' : 'neutral'
            }
          >
            {STATUS_TEXT[cluster.status]}
          </Tag>
        </div>
        <Paragraph data-size="sm">
          <strong>{cluster.reportCount} meldinger</strong> fra {cluster.organisationCount} virksomheter (
          {cluster.peakDayOrganisations} innen ett døgn), <Time at={cluster.firstReportedAt} /> –{' '}
          <Time at={cluster.lastReportedAt} />. Leverandør: <PartyName id={cluster.system.vendor} />.
        </Paragraph>
        <Paragraph data-size="sm" className="muted">
          {cluster.organisations.map((o) => o.name).join(', ')}
          {cluster.organisations.length < cluster.organisationCount &&
            ` og ${cluster.organisationCount - cluster.organisations.length} virksomheter i ${cluster.regions
              .filter((r) => !cluster.organisations.some((o) => o.region === r))
              .map((r) => REGION_NAMES[r] ?? r)
              .join(', ')}. Hver region avgjør forslaget for sine egne meldinger.`}
        </Paragraph>
        {cluster.cases.length > 0 && (
          <Details>
            <DetailsSummary>Meldingene du kan åpne ({cluster.cases.length})</DetailsSummary>
            <DetailsContent>
              <ul className="plain-list">
                {cluster.cases.map((c) => (
                  <li key={c.caseId}>
                    <Link asChild>
                      <RouterLink to={`/saker/${c.caseId}`}>
                        {cluster.organisations.find((o) => o.id === c.organisation)?.name ?? c.organisation},{' '}
                        <Time at={c.reportedAt} />
                      </RouterLink>
                    </Link>
                  </li>
                ))}
              </ul>
            </DetailsContent>
          </Details>
        )}
        <ErrorAlert error={error} />
        {cluster.status === 'suggested' &&
          (mode ? (
            <form onSubmit={(event) => void decide(event)} className="stack">
              <Textfield
                id={`${headingId}-text`}
                label={mode === 'confirm' ? 'Navn på hendelsen' : 'Hvorfor er dette ikke én hendelse?'}
                value={text}
                onChange={(e) => setText(e.target.value)}
                required
              />
              <div className="actions">
                <Button type="submit" loading={busy} disabled={busy || text.trim() === ''}>
                  {mode === 'confirm' ? 'Bekreft som hendelse' : 'Avvis forslaget'}
                </Button>
                <Button type="button" variant="tertiary" onClick={() => setMode(null)}>
                  Avbryt
                </Button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <Button
                data-color="accent"
                onClick={() => {
                  setMode('confirm');
                  setText(`${cluster.system.product}: ${fault}`);
                }}
              >
                Bekreft som hendelse
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setMode('reject');
                  setText('');
                }}
              >
                Avvis
              </Button>
            </div>
          ))}
      </div>
    </Card>
  );
}
