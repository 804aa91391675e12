import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  FieldsetLegend,
  Label,
  Select,
  SelectOption,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type OrganisationType,
  type RouteTarget,
} from '@lagspill/domain';
import type { RoutingRule } from '../../api/types';
import { CategorySelect } from '../../components/category-select';
import { useParties, useTaxonomy } from '../../hooks/use-reference-data';
import { INTEGRATION_LABELS } from '../../labels';
import { targetOf, targetValue, withCondition } from './rule-table-edits';
import { LabelOptions } from '../../components/label-options';

export const TARGET_KINDS: Readonly<Record<RouteTarget, string>> = {
  vendor: 'Leverandøren av melderens system',
  nhn: 'Norsk helsenett (NHN)',
  pharmacy: 'Multidoseapotekets kjede',
  'working-group': 'Den regionale arbeidsgruppen',
  organisation: 'Melderens egen virksomhet',
  'concerned-organisation': 'Virksomheten meldingen gjelder (f.eks. forskrivende legekontor)',
};

/**
 * One rule's fields; every change goes straight to the table being edited. A fixed party may be one that
 * serves the table's region (null: the national defaults, which may name national parties only). The
 * rule's id is not shown: the table gives a new rule one from its description (`onDescription`).
 */
export function RuleEditor({
  rule,
  region,
  onChange,
  onDescription,
  onDone,
}: {
  readonly rule: RoutingRule;
  readonly region: string | null;
  readonly onChange: (rule: RoutingRule) => void;
  readonly onDescription: (description: string) => void;
  readonly onDone: () => void;
}) {
  const taxonomy = useTaxonomy();
  const parties = [...useParties().values()].filter((p) => p.region === undefined || p.region === region);
  const category = taxonomy.categories.find((c) => c.code === rule.when.category);
  const id = (field: string) => `regel-${field}`;
  const toggle = <T extends string>(list: readonly T[] | undefined, value: T, on: boolean): T[] =>
    on ? [...(list ?? []), value] : (list ?? []).filter((v) => v !== value);

  return (
    <div className="stack">
      <Textfield
        id={id('description')}
        label="Beskrivelse"
        description="Hva regelen gjelder og hvorfor saken sendes dit; vises for koordinatorene."
        value={rule.description}
        onChange={(e) => onDescription(e.target.value)}
      />
      <Field>
        <Label htmlFor={id('category')}>Kategori</Label>
        <CategorySelect
          id={id('category')}
          value={rule.when.category ?? ''}
          onChange={(code) => onChange(withCondition(rule, 'category', code))}
          empty="Alle kategorier"
        />
      </Field>
      {category && (
        <Fieldset>
          <FieldsetLegend>Underkategorier (ingen valgt: alle)</FieldsetLegend>
          {category.subcategories.map((s) => (
            <Checkbox
              key={s.code}
              label={s.label}
              checked={rule.when.subcategories?.includes(s.code) ?? false}
              onChange={(e) =>
                onChange(
                  withCondition(rule, 'subcategories', toggle(rule.when.subcategories, s.code, e.target.checked)),
                )
              }
            />
          ))}
        </Fieldset>
      )}
      <Fieldset>
        <FieldsetLegend>Type virksomhet (ingen valgt: alle)</FieldsetLegend>
        {ORGANISATION_TYPES.map((type: OrganisationType) => (
          <Checkbox
            key={type}
            label={ORGANISATION_TYPE_LABELS[type]}
            checked={rule.when.organisationTypes?.includes(type) ?? false}
            onChange={(e) =>
              onChange(
                withCondition(rule, 'organisationTypes', toggle(rule.when.organisationTypes, type, e.target.checked)),
              )
            }
          />
        ))}
      </Fieldset>
      <Field>
        <Label htmlFor={id('integration')}>Systemets PLL-integrasjon</Label>
        <Select
          id={id('integration')}
          value={rule.when.integration ?? ''}
          onChange={(e) =>
            onChange(
              withCondition(rule, 'integration', (e.target.value || undefined) as RoutingRule['when']['integration']),
            )
          }
        >
          <SelectOption value="">Alle</SelectOption>
          <LabelOptions labels={INTEGRATION_LABELS} />
        </Select>
      </Field>
      <Field>
        <Label htmlFor={id('target')}>Send til</Label>
        <Select
          id={id('target')}
          value={targetValue(rule.target)}
          onChange={(e) => onChange({ ...rule, target: targetOf(e.target.value) })}
        >
          <LabelOptions labels={TARGET_KINDS} />
          {parties.map((p) => (
            <SelectOption key={p.id} value={`party:${p.id}`}>
              Alltid: {p.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <div className="actions">
        <Button variant="secondary" onClick={onDone}>
          Ferdig med regelen
        </Button>
      </div>
    </div>
  );
}
