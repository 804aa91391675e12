import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import type { CaseListFilters, SavedFilter } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useSavedFilters } from '../../hooks/use-saved-filters';
import { filterNameProblem, filterSaveProblem } from './saved-filter-name';

interface Props {
  /** The filters of the list as it is shown now: what «Lagre» saves. */
  readonly current: CaseListFilters;
  /** Shows the list with a saved filter's filters. */
  readonly onApply: (filter: SavedFilter) => void;
}

/** The person's own saved filters: save the list's filters under a name, apply one, delete one. */
export function SavedFiltersPanel({ current, onApply }: Props) {
  const saved = useSavedFilters();
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selected = saved.filters.find((filter) => filter.id === chosen) ?? saved.filters[0];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problem = filterNameProblem(name);
    setNameProblem(problem);
    setFailure(undefined);
    setStatus('');
    if (problem) return;
    setBusy(true);
    try {
      const filter = await saved.save(name.trim(), current);
      setChosen(filter.id);
      setName('');
      setStatus(`Filteret «${filter.name}» er lagret.`);
    } catch (error) {
      const own = error instanceof ApiError ? filterSaveProblem(error.problem) : undefined;
      setNameProblem(own);
      if (!own) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (filter: SavedFilter) => {
    setFailure(undefined);
    try {
      await saved.remove(filter.id);
      setChosen('');
      setStatus(`Filteret «${filter.name}» er slettet.`);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <section className="stack saved-filters" aria-labelledby="lagrede-filtre">
      <Heading level={2} data-size="2xs" id="lagrede-filtre">
        Lagrede filtre
      </Heading>
      {saved.filters.length === 0 ? (
        <Paragraph data-size="sm">Du har ingen lagrede filtre ennå.</Paragraph>
      ) : (
        <div className="filter-bar">
          <Field>
            <Label htmlFor="saved-filter">Mine filtre</Label>
            <Select id="saved-filter" value={selected?.id ?? ''} onChange={(event) => setChosen(event.target.value)}>
              {saved.filters.map((filter) => (
                <SelectOption key={filter.id} value={filter.id}>
                  {filter.name}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <div className="filter-bar__buttons">
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                if (!selected) return;
                onApply(selected);
                setStatus(`Viser filteret «${selected.name}».`);
              }}
            >
              Bruk filteret
            </Button>
            <Button type="button" variant="tertiary" onClick={() => selected && void remove(selected)}>
              Slett filteret
            </Button>
          </div>
        </div>
      )}
      <form className="filter-bar__search" onSubmit={(event) => void save(event)} noValidate>
        <Textfield
          id="saved-filter-name"
          label="Lagre filtrene over som"
          description="Et navn du kjenner igjen, for eksempel «Åpne multidosesaker»."
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setNameProblem(undefined);
          }}
          error={nameProblem}
        />
        <Button type="submit" variant="secondary" loading={busy} disabled={busy}>
          Lagre filteret
        </Button>
      </form>
      <ErrorAlert error={failure ?? saved.error} />
      <Paragraph data-size="sm" role="status">
        {status}
      </Paragraph>
    </section>
  );
}
