import {
  Alert,
  Button,
  Card,
  Checkbox,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Tag,
} from '@digdir/designsystemet-react';
import { ORGANISATION_TYPE_LABELS, REGION_NAMES, TAXONOMY } from '@lagspill/domain';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import type {
  RoutingDryRun,
  RoutingDryRunRequest,
  RoutingRule,
  RoutingRules,
  RoutingRulesRequest,
} from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Time } from '../../components/time';
import { usePageTitle } from '../../hooks/use-page-title';
import { useParties, useTaxonomy } from '../../hooks/use-reference-data';
import { useResource } from '../../hooks/use-resource';
import { INTEGRATION_LABELS } from '../../labels';
import { DryRunResult } from './dry-run-result';
import { RuleEditor, TARGET_KINDS } from './rule-editor';
import { shadowWarnings, type ShadowWarning } from './rule-shadowing';
import { addRule, moveRule, moveRuleTo, removeRule, replaceRule, withDescription } from './rule-table-edits';
import { describeRuleTableError } from './routing-messages';

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

/** What the server refused in the table, rule by rule in Norwegian; any other failure as a plain alert. */
function RuleTableRefusal({ error, heading }: { readonly error: unknown; readonly heading: string }) {
  if (!(error instanceof ApiError && error.problem.errors)) return <ErrorAlert error={error} />;
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {heading}
      </Heading>
      {error.problem.code === 'SHADOWED_RULES' && (
        <Paragraph>
          Noen regler slår aldri til. Se advarselen ved publiseringsknappen, og kryss av der hvis dere vil publisere
          likevel.
        </Paragraph>
      )}
      <ul>
        {error.problem.errors.map((e) => (
          <li key={`${e.field}-${e.message}`}>{describeRuleTableError(e)}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** Moves a rule to any place in one go: the place to pick, and the button that moves it there. */
function MoveToPlace({
  index,
  count,
  onMove,
}: {
  readonly index: number;
  readonly count: number;
  readonly onMove: (to: number) => void;
}) {
  const [place, setPlace] = useState(index);
  const to = place < count ? place : index;
  // The place and its button stay together on one line, the select no wider than its options.
  return (
    <span className="actions">
      <Select
        data-size="sm"
        style={{ width: 'auto' }}
        aria-label={`Ny plass for regel ${index + 1}`}
        value={String(to)}
        onChange={(e) => setPlace(Number(e.target.value))}
      >
        {Array.from({ length: count }, (_, i) => (
          <SelectOption key={i} value={String(i)}>
            Plass {i + 1}
            {i === index ? ' (nå)' : ''}
          </SelectOption>
        ))}
      </Select>
      <Button
        data-size="sm"
        variant="tertiary"
        disabled={to === index}
        onClick={() => onMove(to)}
        aria-label={`Flytt til plass ${to + 1}: regel ${index + 1}`}
      >
        Flytt til plass {to + 1}
      </Button>
    </span>
  );
}

/** The rules that can never match, and the explicit confirmation publishing them takes. */
function ShadowConfirmation({
  warnings,
  confirmed,
  onConfirm,
}: {
  readonly warnings: readonly ShadowWarning[];
  readonly confirmed: boolean;
  readonly onConfirm: (confirmed: boolean) => void;
}) {
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        {warnings.length === 1 ? 'En regel slår aldri til' : `${warnings.length} regler slår aldri til`}
      </Heading>
      <Paragraph>
        Den første regelen som passer, bestemmer. Disse reglene kommer aldri til, fordi regler over dem fanger alle
        sakene de gjelder:
      </Paragraph>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.index}>{warning.text}</li>
        ))}
      </ul>
      <Checkbox
        label="Jeg vet at disse reglene aldri slår til, og vil publisere likevel"
        checked={confirmed}
        onChange={(e) => onConfirm(e.target.checked)}
      />
    </Alert>
  );
}

/**
 * The ordered routing table of the caller's region (an admin's: the national defaults): the first rule a
 * report matches decides who gets it. The region's coordinators edit theirs; admins the national one.
 * Rules that can never match are marked and take a confirmation to publish; a dry run shows what the
 * edited table would have done to the last 90 days' cases before anything is published.
 */
export function RoutingRulesPage() {
  usePageTitle('Fordelingsregler');
  const { api, me } = useSession();
  const table = useResource<RoutingRules>('/api/routing/rules');
  // Edits belong to the table version they started from; a newly published table starts afresh.
  const [edits, setEdits] = useState<{ version: number; rules: RoutingRule[] } | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState<'publish' | 'dry-run' | null>(null);
  // The confirmation and the dry run are of the table as it was when given: any edit drops them.
  const [confirmed, setConfirmed] = useState(false);
  const [dryRun, setDryRun] = useState<{ result?: RoutingDryRun; error?: unknown } | null>(null);
  const taxonomy = useTaxonomy();
  const parties = useParties();
  if (table.error) return <ErrorAlert error={table.error} />;
  if (!table.data) return <Loading what="fordelingsregler" />;
  const region = table.data.region;
  const mayEdit =
    (me?.role === 'coordinator' && region !== null && me.region === region) ||
    (me?.role === 'admin' && region === null);
  const version = table.data.version;
  const rules = edits?.version === version ? edits.rules : [...table.data.rules];
  const publishedIds = new Set(table.data.rules.map((rule) => rule.id));
  const changed = JSON.stringify(rules) !== JSON.stringify(table.data.rules);
  const warnings = shadowWarnings(rules);
  const warningOf = new Map(warnings.map((warning) => [warning.index, warning]));
  const edit = (next: RoutingRule[]) => {
    setEdits({ version, rules: next });
    setSaved(false);
    setConfirmed(false);
    setDryRun(null);
  };

  const publish = async () => {
    if (!table.data) return;
    setBusy('publish');
    setError(undefined);
    try {
      const { body } = await api.request<RoutingRules>('/api/routing/rules', {
        method: 'PUT',
        body: { rules, ...(confirmed ? { confirmShadowed: true } : {}) } satisfies RoutingRulesRequest,
        ifMatch: table.data.version,
      });
      table.set(body);
      setEditing(null);
      setSaved(true);
      setConfirmed(false);
      setDryRun(null);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(null);
    }
  };

  const tryOut = async () => {
    setBusy('dry-run');
    try {
      const { body } = await api.request<RoutingDryRun>('/api/routing/rules/dry-run', {
        method: 'POST',
        body: { rules } satisfies RoutingDryRunRequest,
      });
      setDryRun({ result: body });
    } catch (cause) {
      setDryRun({ error: cause });
    } finally {
      setBusy(null);
    }
  };

  const describeTarget = (rule: RoutingRule) =>
    typeof rule.target === 'string'
      ? TARGET_KINDS[rule.target]
      : (parties.get(rule.target.party)?.name ?? rule.target.party);
  const describeWhen = (rule: RoutingRule) => {
    const parts: string[] = [];
    const { category, subcategories, organisationTypes, integration } = rule.when;
    if (category) parts.push(taxonomy.categoryLabel(category));
    if (subcategories?.length) {
      // Without a category, a subcategory is named by the category it belongs to.
      const label = (code: string) =>
        taxonomy.subcategoryLabel(
          category ?? TAXONOMY.find((c) => c.subcategories.some((s) => s.code === code))?.code ?? '',
          code,
        );
      parts.push(subcategories.map(label).join(' / '));
    }
    if (organisationTypes?.length) parts.push(organisationTypes.map((t) => ORGANISATION_TYPE_LABELS[t]).join(' / '));
    if (integration) parts.push(`PLL-integrasjon: ${INTEGRATION_LABELS[integration]}`);
    return parts.length === 0 ? 'Alle saker som ingen regel over fanget' : parts.join(' · ');
  };

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Fordelingsregler – {region === null ? 'nasjonale standardregler' : regionName(region)}
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
      <RuleTableRefusal error={error} heading="Reglene ble ikke publisert" />

      <ol className="rule-list">
        {rules.map((rule, index) => (
          <li key={`${rule.id}-${index}`}>
            <Card data-color={editing === index ? 'accent' : warningOf.has(index) ? 'warning' : 'neutral'}>
              {editing === index ? (
                <RuleEditor
                  rule={rule}
                  region={region}
                  onChange={(next) => edit(replaceRule(rules, index, next))}
                  onDescription={(description) =>
                    edit(replaceRule(rules, index, withDescription(rules, index, description, publishedIds)))
                  }
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
                  {warningOf.has(index) && (
                    <Paragraph data-size="sm">
                      <Tag data-color="warning" data-size="sm">
                        Slår aldri til
                      </Tag>{' '}
                      {warningOf.get(index)?.text}
                    </Paragraph>
                  )}
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
                      <MoveToPlace
                        key={`${rule.id}-${index}`}
                        index={index}
                        count={rules.length}
                        onMove={(to) => edit(moveRuleTo(rules, index, to))}
                      />
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
        <>
          {changed && warnings.length > 0 && (
            <ShadowConfirmation warnings={warnings} confirmed={confirmed} onConfirm={setConfirmed} />
          )}
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
            <Button
              variant="secondary"
              onClick={() => void tryOut()}
              disabled={busy !== null}
              loading={busy === 'dry-run'}
            >
              Prøvekjør på de siste 90 dagene
            </Button>
            <Button onClick={() => void publish()} disabled={!changed || busy !== null} loading={busy === 'publish'}>
              Publiser endringene
            </Button>
            {changed && (
              <Button
                variant="tertiary"
                onClick={() => {
                  setEdits(null);
                  setEditing(null);
                  setConfirmed(false);
                  setDryRun(null);
                }}
              >
                Forkast endringene
              </Button>
            )}
          </div>
          {dryRun?.error !== undefined && <RuleTableRefusal error={dryRun.error} heading="Prøvekjøringen gikk ikke" />}
          {dryRun?.result && <DryRunResult result={dryRun.result} />}
        </>
      )}
    </section>
  );
}
