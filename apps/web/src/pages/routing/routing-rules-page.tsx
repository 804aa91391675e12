import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ORGANISATION_TYPE_LABELS, REGION_NAMES } from '@lagspill/domain';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { RoutingRule, RoutingRules, RoutingRulesRequest } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Time } from '../../components/time';
import { usePageTitle } from '../../hooks/use-page-title';
import { useParties, useTaxonomy } from '../../hooks/use-reference-data';
import { useResource } from '../../hooks/use-resource';
import { RuleEditor, TARGET_KINDS } from './rule-editor';
import { addRule, moveRule, removeRule, replaceRule } from './rule-table-edits';

/** A region's name in Norwegian, or its id when the directory's region has none. */
const regionName = (region: string) => REGION_NAMES[region] ?? region;

/** Where the rules shown come from, in the coordinators' words. */
function TableSource({ table }: { readonly table: RoutingRules }) {
  if (table.region === null) {
    return (
      <Paragraph>
        Dette er de nasjonale standardreglene. De gjelder i alle regioner som ikke har egne regler.
        {table.source === 'default' && ' Ingen har publisert dem ennå, så de følger taksonomien.'}
      </Paragraph>
    );
  }
  const name = regionName(table.region);
  if (table.source === 'published') {
    return (
      <Paragraph>Dette er {name} sine egne regler. De gjelder for saker meldt fra virksomheter i regionen.</Paragraph>
    );
  }
  return (
    <Paragraph>
      {name} har ingen egne regler og bruker{' '}
      {table.source === 'national' ? 'de nasjonale standardreglene' : 'standardreglene fra taksonomien'}. Publiserer
      dere endringer, får regionen sine egne regler.
    </Paragraph>
  );
}

/**
 * The ordered routing table of the caller's region (an admin's: the national defaults): the first rule a
 * report matches decides who gets it. The region's coordinators edit theirs; admins the national one.
 */
export function RoutingRulesPage() {
  usePageTitle('Rutingregler');
  const { api, me } = useSession();
  const table = useResource<RoutingRules>('/api/routing/rules');
  // Edits belong to the table version they started from; a newly published table starts afresh.
  const [edits, setEdits] = useState<{ version: number; rules: RoutingRule[] } | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const taxonomy = useTaxonomy();
  const parties = useParties();
  if (table.error) return <ErrorAlert error={table.error} />;
  if (!table.data) return <Loading what="rutingregler" />;
  const region = table.data.region;
  const mayEdit =
    (me?.role === 'coordinator' && region !== null && me.region === region) ||
    (me?.role === 'admin' && region === null);
  const version = table.data.version;
  const rules = edits?.version === version ? edits.rules : [...table.data.rules];
  const changed = JSON.stringify(rules) !== JSON.stringify(table.data.rules);
  const edit = (next: RoutingRule[]) => {
    setEdits({ version, rules: next });
    setSaved(false);
  };

  const publish = async () => {
    if (!table.data) return;
    setBusy(true);
    setError(undefined);
    try {
      const { body } = await api.request<RoutingRules>('/api/routing/rules', {
        method: 'PUT',
        body: { rules } satisfies RoutingRulesRequest,
        ifMatch: table.data.version,
      });
      table.set(body);
      setEditing(null);
      setSaved(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const describeTarget = (rule: RoutingRule) =>
    typeof rule.target === 'string'
      ? TARGET_KINDS[rule.target]
      : (parties.get(rule.target.party)?.name ?? rule.target.party);
  const describeWhen = (rule: RoutingRule) => {
    const parts: string[] = [];
    if (rule.when.category) parts.push(taxonomy.categoryLabel(rule.when.category));
    if (rule.when.subcategories?.length && rule.when.category) {
      const category = rule.when.category;
      parts.push(rule.when.subcategories.map((s) => taxonomy.subcategoryLabel(category, s)).join(' / '));
    }
    if (rule.when.organisationTypes?.length)
      parts.push(rule.when.organisationTypes.map((t) => ORGANISATION_TYPE_LABELS[t]).join(' / '));
    if (rule.when.integration) parts.push(`integrasjon ${rule.when.integration}`);
    return parts.length === 0 ? 'Alle saker som ingen regel over fanget' : parts.join(' · ');
  };

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Rutingregler – {region === null ? 'nasjonale standardregler' : regionName(region)}
      </Heading>
      <TableSource table={table.data} />
      <Paragraph>
        Reglene prøves ovenfra. Den første som passer, bestemmer hvem saken sendes til. Den siste regelen fanger alt
        annet.
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        Versjon {table.data.version}
        {table.data.source === 'national' && ' (regionens egne; reglene under er de nasjonale)'}
        {table.data.publishedAt && (
          <>
            , publisert <Time at={table.data.publishedAt} />
            {table.data.publishedBy ? ` av ${table.data.publishedBy.name}` : ''}
          </>
        )}
        .
      </Paragraph>
      {saved && (
        <Alert data-color="success" role="status">
          <Paragraph>Reglene er publisert og gjelder for nye saker fra nå.</Paragraph>
        </Alert>
      )}
      {error instanceof ApiError && error.problem.errors ? (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            Reglene ble ikke publisert
          </Heading>
          <ul>
            {error.problem.errors.map((e) => (
              <li key={`${e.field}-${e.message}`}>
                {e.field}: {e.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}

      <ol className="rule-list">
        {rules.map((rule, index) => (
          <li key={`${rule.id}-${index}`}>
            <Card data-color={editing === index ? 'accent' : 'neutral'}>
              {editing === index ? (
                <RuleEditor
                  rule={rule}
                  region={region}
                  onChange={(next) => edit(replaceRule(rules, index, next))}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <>
                  <Heading level={2} data-size="2xs">
                    {index + 1}. {rule.description}
                  </Heading>
                  <Paragraph data-size="sm">
                    <span className="muted">Når:</span> {describeWhen(rule)} <br />
                    <span className="muted">Send til:</span> {describeTarget(rule)}
                  </Paragraph>
                  {mayEdit && (
                    <div className="actions actions--wrap">
                      <Button data-size="sm" variant="secondary" onClick={() => setEditing(index)}>
                        Endre
                      </Button>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        disabled={index === 0}
                        onClick={() => edit(moveRule(rules, index, -1))}
                        aria-label={`Flytt opp: regel ${index + 1}`}
                      >
                        Flytt opp
                      </Button>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        disabled={index === rules.length - 1}
                        onClick={() => edit(moveRule(rules, index, 1))}
                        aria-label={`Flytt ned: regel ${index + 1}`}
                      >
                        Flytt ned
                      </Button>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        data-color="danger"
                        onClick={() => edit(removeRule(rules, index))}
                        aria-label={`Slett: regel ${index + 1}`}
                      >
                        Slett
                      </Button>
                    </div>
                  )}
                </>
              )}
            </Card>
          </li>
        ))}
      </ol>
      {mayEdit && (
        <div className="actions actions--wrap">
          <Button
            variant="secondary"
            onClick={() => {
              const next = addRule(rules);
              edit(next);
              setEditing(next.length - 2);
            }}
          >
            Legg til regel
          </Button>
          <Button onClick={() => void publish()} disabled={!changed || busy} loading={busy}>
            Publiser endringene
          </Button>
          {changed && (
            <Button
              variant="tertiary"
              onClick={() => {
                setEdits(null);
                setEditing(null);
              }}
            >
              Forkast endringene
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
