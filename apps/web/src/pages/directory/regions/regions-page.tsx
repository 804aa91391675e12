import {
  Button,
  Card,
  Heading,
  Paragraph,
  SelectOptgroup,
  SelectOption,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { Helsefellesskap, Municipality, RegionTree } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { FormErrorSummary, type FormErrorSummaryElement } from '../../../components/form-error-summary';
import { LabelOptions } from '../../../components/label-options';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../hooks/use-page-title';
import { OtherProblems, SavedAlert, SelectField } from '../directory-fields';
import { REGION_NAMES } from '../directory-labels';
import { useRegionTree } from '../use-directory-data';
import { useEntryForm } from '../use-entry-form';

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

/** The helsefellesskap of every region, for choosing one, grouped by region. */
function HelsefellesskapOptions({ regions }: { readonly regions: readonly RegionTree[] }) {
  return (
    <>
      <SelectOption value="">Velg …</SelectOption>
      {regions.map((region) => (
        <SelectOptgroup key={region.id} label={region.name}>
          {region.helsefellesskap.map((h) => (
            <SelectOption key={h.id} value={h.id}>
              {h.name}
            </SelectOption>
          ))}
        </SelectOptgroup>
      ))}
    </>
  );
}

type HelsefellesskapField = keyof Helsefellesskap;

function AddHelsefellesskap({ onAdded }: { readonly onAdded: (h: Helsefellesskap) => void }) {
  const { api } = useSession();
  const labels: Record<HelsefellesskapField, string> = {
    id: 'ID',
    name: 'Navn',
    hf: 'Helseforetak',
    region: 'Region',
  };
  const fieldId = (field: HelsefellesskapField) => `hf-${field}`;
  const summary = useRef<FormErrorSummaryElement>(null);
  const form = useEntryForm<Helsefellesskap, HelsefellesskapField>({
    initial: () => ({ id: '', name: '', hf: '', region: '' }),
    fields: ['id', 'name', 'hf', 'region'],
    labels,
    fieldId,
    summary,
  });
  const submit = form.submit(
    () => ({}),
    async (draft) => {
      const body = { id: draft.id.trim(), name: draft.name.trim(), hf: draft.hf.trim(), region: draft.region };
      const { body: added } = await api.request<Helsefellesskap>('/api/directory/helsefellesskap', {
        method: 'POST',
        body,
      });
      form.setDraft({ id: '', name: '', hf: '', region: '' });
      onAdded(added);
    },
  );
  return (
    <form className="stack stack--tight" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={2} data-size="xs">
        Legg til et helsefellesskap
      </Heading>
      <FormErrorSummary ref={summary} heading="Helsefellesskapet ble ikke lagt til" problems={form.problems} />
      <OtherProblems problems={form.other} />
      <ErrorAlert error={form.failure} />
      {(['id', 'name', 'hf'] as const).map((field) => (
        <Textfield
          key={field}
          id={fieldId(field)}
          label={labels[field]}
          {...(field === 'id' ? { description: 'Små bokstaver, tall og bindestrek.' } : {})}
          value={form.draft[field]}
          onChange={(event) => form.set(field, event.target.value)}
          error={form.error(field)}
        />
      ))}
      <SelectField
        id={fieldId('region')}
        label={labels.region}
        value={form.draft.region}
        onChange={(value) => form.set('region', value)}
        error={form.error('region')}
      >
        <SelectOption value="">Velg …</SelectOption>
        <LabelOptions labels={REGION_NAMES} />
      </SelectField>
      <div className="actions">
        <Button type="submit" variant="secondary" loading={form.busy} disabled={form.busy}>
          Legg til helsefellesskapet
        </Button>
      </div>
    </form>
  );
}

type MunicipalityField = keyof Municipality;

function AddMunicipality({
  regions,
  onAdded,
}: {
  readonly regions: readonly RegionTree[];
  readonly onAdded: (m: Municipality) => void;
}) {
  const { api } = useSession();
  const labels: Record<MunicipalityField, string> = {
    number: 'Kommunenummer',
    name: 'Navn',
    helsefellesskap: 'Helsefellesskap',
  };
  const fieldId = (field: MunicipalityField) => `ny-kommune-${field}`;
  const empty = (): Municipality => ({ number: '', name: '', helsefellesskap: '' });
  const summary = useRef<FormErrorSummaryElement>(null);
  const form = useEntryForm<Municipality, MunicipalityField>({
    initial: empty,
    fields: ['number', 'name', 'helsefellesskap'],
    labels,
    fieldId,
    summary,
  });
  const submit = form.submit(
    () => ({}),
    async (draft) => {
      const body = { number: draft.number.trim(), name: draft.name.trim(), helsefellesskap: draft.helsefellesskap };
      const { body: added } = await api.request<Municipality>('/api/directory/municipalities', {
        method: 'POST',
        body,
      });
      form.setDraft(empty());
      onAdded(added);
    },
  );
  return (
    <form className="stack stack--tight" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={2} data-size="xs">
        Legg til en kommune
      </Heading>
      <FormErrorSummary ref={summary} heading="Kommunen ble ikke lagt til" problems={form.problems} />
      <OtherProblems problems={form.other} />
      <ErrorAlert error={form.failure} />
      <Textfield
        id={fieldId('number')}
        label={labels.number}
        description="4 siffer."
        inputMode="numeric"
        value={form.draft.number}
        onChange={(event) => form.set('number', event.target.value)}
        error={form.error('number')}
      />
      <Textfield
        id={fieldId('name')}
        label={labels.name}
        value={form.draft.name}
        onChange={(event) => form.set('name', event.target.value)}
        error={form.error('name')}
      />
      <SelectField
        id={fieldId('helsefellesskap')}
        label={labels.helsefellesskap}
        value={form.draft.helsefellesskap}
        onChange={(value) => form.set('helsefellesskap', value)}
        error={form.error('helsefellesskap')}
      >
        <HelsefellesskapOptions regions={regions} />
      </SelectField>
      <div className="actions">
        <Button type="submit" variant="secondary" loading={form.busy} disabled={form.busy}>
          Legg til kommunen
        </Button>
      </div>
    </form>
  );
}

function MoveMunicipality({
  regions,
  onMoved,
}: {
  readonly regions: readonly RegionTree[];
  readonly onMoved: (m: Municipality) => void;
}) {
  const { api } = useSession();
  const labels: Record<MunicipalityField, string> = {
    number: 'Kommune',
    name: 'Navn',
    helsefellesskap: 'Til helsefellesskap',
  };
  const fieldId = (field: MunicipalityField) => `flytt-kommune-${field}`;
  const summary = useRef<FormErrorSummaryElement>(null);
  const form = useEntryForm<Municipality, MunicipalityField>({
    initial: () => ({ number: '', name: '', helsefellesskap: '' }),
    fields: ['number', 'helsefellesskap'],
    labels,
    fieldId,
    summary,
  });
  const submit = form.submit(
    (draft) => ({
      ...(draft.number === '' ? { number: 'Velg kommunen som skal flyttes.' } : {}),
      ...(draft.helsefellesskap === '' ? { helsefellesskap: 'Velg helsefellesskapet den skal til.' } : {}),
    }),
    async (draft) => {
      const { body: moved } = await api.request<Municipality>(
        `/api/directory/municipalities/${encodeURIComponent(draft.number)}`,
        { method: 'PATCH', body: { helsefellesskap: draft.helsefellesskap } },
      );
      form.setDraft({ number: '', name: '', helsefellesskap: '' });
      onMoved(moved);
    },
  );
  return (
    <form className="stack stack--tight" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={2} data-size="xs">
        Flytt en kommune
      </Heading>
      <Paragraph data-size="sm">Virksomhetene i kommunen følger med til det nye helsefellesskapet.</Paragraph>
      <FormErrorSummary ref={summary} heading="Kommunen ble ikke flyttet" problems={form.problems} />
      <OtherProblems problems={form.other} />
      <ErrorAlert error={form.failure} />
      <SelectField
        id={fieldId('number')}
        label={labels.number}
        value={form.draft.number}
        onChange={(value) => form.set('number', value)}
        error={form.error('number')}
      >
        <SelectOption value="">Velg …</SelectOption>
        {regions.flatMap((region) =>
          region.helsefellesskap.map((h) => (
            <SelectOptgroup key={h.id} label={`${h.name} (${region.name})`}>
              {h.municipalities.map((m) => (
                <SelectOption key={m.number} value={m.number}>
                  {m.name} ({m.number})
                </SelectOption>
              ))}
            </SelectOptgroup>
          )),
        )}
      </SelectField>
      <SelectField
        id={fieldId('helsefellesskap')}
        label={labels.helsefellesskap}
        value={form.draft.helsefellesskap}
        onChange={(value) => form.set('helsefellesskap', value)}
        error={form.error('helsefellesskap')}
      >
        <HelsefellesskapOptions regions={regions} />
      </SelectField>
      <div className="actions">
        <Button type="submit" variant="secondary" loading={form.busy} disabled={form.busy}>
          Flytt kommunen
        </Button>
      </div>
    </form>
  );
}
