import { Button, Card, Heading, Paragraph, SelectOption, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Helsefellesskap, Municipality, RegionTree } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { LabelOptions } from '../../../components/label-options';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../hooks/use-page-title';
import {
  FormProblems,
  HelsefellesskapOptions,
  MunicipalityOptions,
  SavedAlert,
  SelectField,
} from '../directory-fields';
import { REGION_NAMES } from '../directory-labels';
import { useRegionTree } from '../use-directory-data';
import { useEntryForm, type FormOutcome } from '../use-entry-form';

/** Where organisations sit: regions, their helsefellesskap and the kommuner in each. Admins change it. */
export function RegionsPage() {
  usePageTitle('Regioner');
  const { me } = useSession();
  const tree = useRegionTree();
  const [saved, setSaved] = useState<string | null>(null);
  const isAdmin = me?.role === 'admin';
  const changed = (message: string) => {
    setSaved(message);
    tree.reload();
  };

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Regioner, helsefellesskap og kommuner
      </Heading>
      <Paragraph>
        En virksomhet hører til regionen og helsefellesskapet kommunen dens ligger i. Det avgjør hvilken koordinator som
        har ansvar for den.{isAdmin ? '' : ' Bare administratorer kan endre inndelingen.'}
      </Paragraph>
      {saved && <SavedAlert>{saved}</SavedAlert>}
      <ErrorAlert error={tree.error} />
      {!tree.loaded ? (
        tree.error ? null : (
          <Loading what="regioner" />
        )
      ) : (
        <>
          {isAdmin && (
            <div className="chart-grid">
              <Card data-color="neutral">
                <AddHelsefellesskap onAdded={(h) => changed(`Helsefellesskapet ${h.name} er lagt til.`)} />
              </Card>
              <Card data-color="neutral">
                <AddMunicipality regions={tree.regions} onAdded={(m) => changed(`Kommunen ${m.name} er lagt til.`)} />
              </Card>
              <Card data-color="neutral">
                <MoveMunicipality regions={tree.regions} onMoved={(m) => changed(`Kommunen ${m.name} er flyttet.`)} />
              </Card>
            </div>
          )}
          <ul className="region-tree stack" aria-label="Regioner">
            {tree.regions.map((region) => (
              <li key={region.id} className="stack stack--tight">
                <Heading level={2} data-size="md">
                  {region.name}
                </Heading>
                {region.helsefellesskap.length === 0 ? (
                  <Paragraph data-size="sm">Ingen helsefellesskap er registrert.</Paragraph>
                ) : (
                  <ul className="stack stack--tight">
                    {region.helsefellesskap.map((h) => (
                      <li key={h.id}>
                        <Heading level={3} data-size="xs">
                          {h.name}
                        </Heading>
                        <Paragraph data-size="sm" className="muted">
                          Helseforetak: {h.hf} · {h.municipalities.length}{' '}
                          {h.municipalities.length === 1 ? 'kommune' : 'kommuner'}
                        </Paragraph>
                        <Paragraph data-size="sm">
                          {h.municipalities.map((m) => `${m.name} (${m.number})`).join(', ') || 'Ingen kommuner.'}
                        </Paragraph>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * One of the small forms that change the tree: the request its draft makes, sent after `check`; the draft
 * is emptied once the change is made.
 */
function useTreeForm<D, F extends string & keyof D, T>(options: {
  readonly empty: () => D;
  readonly fields: readonly F[];
  readonly labels: Readonly<Record<F, string>>;
  readonly fieldId: (field: F) => string;
  readonly check?: (draft: D) => Partial<Record<F, string>>;
  readonly request: (draft: D) => { readonly path: string; readonly method: 'POST' | 'PATCH'; readonly body: unknown };
  readonly onDone: (answer: T) => void;
}) {
  const { api } = useSession();
  const form = useEntryForm<D, F>({
    initial: options.empty,
    fields: options.fields,
    labels: options.labels,
    fieldId: options.fieldId,
  });
  const submit = form.submit(
    (draft) => options.check?.(draft) ?? {},
    async (draft) => {
      const { path, ...init } = options.request(draft);
      const { body } = await api.request<T>(path, init);
      form.setDraft(options.empty());
      options.onDone(body);
    },
  );
  return { form, submit };
}

/** The frame of a small form: its heading, what must be fixed, the fields and the button. */
function TreeForm({
  tree,
  heading,
  intro,
  problems,
  submit,
  children,
}: {
  readonly tree: {
    readonly form: FormOutcome & { readonly busy: boolean };
    readonly submit: (event: FormEvent) => Promise<void>;
  };
  readonly heading: string;
  readonly intro?: ReactNode;
  /** The error summary's heading. */
  readonly problems: string;
  readonly submit: string;
  readonly children: ReactNode;
}) {
  const { form } = tree;
  return (
    <form className="stack stack--tight" onSubmit={(event) => void tree.submit(event)} noValidate>
      <Heading level={2} data-size="xs">
        {heading}
      </Heading>
      {intro}
      <FormProblems form={form} heading={problems} />
      {children}
      <div className="actions">
        <Button type="submit" variant="secondary" loading={form.busy} disabled={form.busy}>
          {submit}
        </Button>
      </div>
    </form>
  );
}

type HelsefellesskapField = keyof Helsefellesskap;

const HELSEFELLESSKAP_LABELS: Readonly<Record<HelsefellesskapField, string>> = {
  id: 'ID',
  name: 'Navn',
  hf: 'Helseforetak',
  region: 'Region',
};

function AddHelsefellesskap({ onAdded }: { readonly onAdded: (h: Helsefellesskap) => void }) {
  const tree = useTreeForm<Helsefellesskap, HelsefellesskapField, Helsefellesskap>({
    empty: () => ({ id: '', name: '', hf: '', region: '' }),
    fields: ['id', 'name', 'hf', 'region'],
    labels: HELSEFELLESSKAP_LABELS,
    fieldId: (field) => `hf-${field}`,
    request: (draft) => ({
      path: '/api/directory/helsefellesskap',
      method: 'POST',
      body: { id: draft.id.trim(), name: draft.name.trim(), hf: draft.hf.trim(), region: draft.region },
    }),
    onDone: onAdded,
  });
  const { form } = tree;
  return (
    <TreeForm
      tree={tree}
      heading="Legg til et helsefellesskap"
      problems="Helsefellesskapet ble ikke lagt til"
      submit="Legg til helsefellesskapet"
    >
      <Textfield {...form.textField('id')} description="Små bokstaver, tall og bindestrek." />
      <Textfield {...form.textField('name')} />
      <Textfield {...form.textField('hf')} />
      <SelectField {...form.selectField('region')}>
        <SelectOption value="">Velg …</SelectOption>
        <LabelOptions labels={REGION_NAMES} />
      </SelectField>
    </TreeForm>
  );
}

type MunicipalityField = keyof Municipality;

const emptyMunicipality = (): Municipality => ({ number: '', name: '', helsefellesskap: '' });

function AddMunicipality({
  regions,
  onAdded,
}: {
  readonly regions: readonly RegionTree[];
  readonly onAdded: (m: Municipality) => void;
}) {
  const tree = useTreeForm<Municipality, MunicipalityField, Municipality>({
    empty: emptyMunicipality,
    fields: ['number', 'name', 'helsefellesskap'],
    labels: { number: 'Kommunenummer', name: 'Navn', helsefellesskap: 'Helsefellesskap' },
    fieldId: (field) => `ny-kommune-${field}`,
    request: (draft) => ({
      path: '/api/directory/municipalities',
      method: 'POST',
      body: { number: draft.number.trim(), name: draft.name.trim(), helsefellesskap: draft.helsefellesskap },
    }),
    onDone: onAdded,
  });
  const { form } = tree;
  return (
    <TreeForm
      tree={tree}
      heading="Legg til en kommune"
      problems="Kommunen ble ikke lagt til"
      submit="Legg til kommunen"
    >
      <Textfield {...form.textField('number')} description="4 siffer." inputMode="numeric" />
      <Textfield {...form.textField('name')} />
      <SelectField {...form.selectField('helsefellesskap')}>
        <HelsefellesskapOptions regions={regions} />
      </SelectField>
    </TreeForm>
  );
}

function MoveMunicipality({
  regions,
  onMoved,
}: {
  readonly regions: readonly RegionTree[];
  readonly onMoved: (m: Municipality) => void;
}) {
  const tree = useTreeForm<Municipality, MunicipalityField, Municipality>({
    empty: emptyMunicipality,
    fields: ['number', 'helsefellesskap'],
    labels: { number: 'Kommune', name: 'Navn', helsefellesskap: 'Til helsefellesskap' },
    fieldId: (field) => `flytt-kommune-${field}`,
    check: (draft) => ({
      ...(draft.number === '' ? { number: 'Velg kommunen som skal flyttes.' } : {}),
      ...(draft.helsefellesskap === '' ? { helsefellesskap: 'Velg helsefellesskapet den skal til.' } : {}),
    }),
    request: (draft) => ({
      path: `/api/directory/municipalities/${encodeURIComponent(draft.number)}`,
      method: 'PATCH',
      body: { helsefellesskap: draft.helsefellesskap },
    }),
    onDone: onMoved,
  });
  const { form } = tree;
  return (
    <TreeForm
      tree={tree}
      heading="Flytt en kommune"
      intro={<Paragraph data-size="sm">Virksomhetene i kommunen følger med til det nye helsefellesskapet.</Paragraph>}
      problems="Kommunen ble ikke flyttet"
      submit="Flytt kommunen"
    >
      <SelectField {...form.selectField('number')}>
        <MunicipalityOptions regions={regions} />
      </SelectField>
      <SelectField {...form.selectField('helsefellesskap')}>
        <HelsefellesskapOptions regions={regions} />
      </SelectField>
    </TreeForm>
  );
}
