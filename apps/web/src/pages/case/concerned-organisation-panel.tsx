import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { SETS_CONCERNED_ORGANISATION } from '@lagspill/domain';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import type { CaseView, Me } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useOrganisationLookup } from '../../components/organisation-lookup';
import { OrganisationPicker, type OrganisationOption } from '../../components/organisation-picker';
import { concernedOrganisationText } from './case-details';
import type { ChangeCase } from './case-page';
import { useCaseChange } from './use-case-change';

/** Whether this person may set or correct the organisation a case concerns (the server's own rule). */
export function mayChooseConcernedOrganisation(me: Me): boolean {
  return (SETS_CONCERNED_ORGANISATION as readonly string[]).includes(me.role);
}

/**
 * The working group sets, changes or clears the other organisation a case concerns. A stale case is told
 * by the case page (above everything); the choice made here stays, to send again.
 */
export function ConcernedOrganisationPanel({
  view,
  me,
  change,
}: {
  readonly view: CaseView;
  readonly me: Me;
  readonly change: ChangeCase;
}) {
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<OrganisationOption | null>(null);
  const { busy, error, run, clearError } = useCaseChange();
  // A case cannot concern the organisation that reported it: it is not offered.
  const search = useOrganisationLookup(view.reporter.organisation.id);
  if (!mayChooseConcernedOrganisation(me)) return null;

  const save = async (organisation: string | null) => {
    if (await run(() => change('concerned-organisation', { organisation }))) {
      setEditing(false);
      setChosen(null);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) void save(chosen.id);
  };
  const fieldError = error instanceof ApiError ? error.fieldError('organisation') : undefined;

  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        Virksomheten saken gjelder
      </Heading>
      <Paragraph data-size="sm">{concernedOrganisationText(view.concerns)}</Paragraph>
      {fieldError === undefined && <ErrorAlert error={error} />}
      {editing ? (
        <form onSubmit={submit} className="stack">
          <OrganisationPicker
            id="concerned-organisation"
            legend={view.concerns ? 'Velg en annen virksomhet' : 'Velg virksomheten saken gjelder'}
            description="For eksempel det forskrivende legekontoret, det utskrivende sykehuset, hjemmetjenesten eller apoteket."
            chosen={chosen}
            onChoose={setChosen}
            search={search}
            error={fieldError}
          />
          <div className="actions">
            <Button type="submit" loading={busy} disabled={busy || !chosen || chosen.id === view.concerns?.id}>
              Lagre virksomhet
            </Button>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setEditing(false);
                clearError();
              }}
            >
              Avbryt
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions actions--wrap">
          <Button variant="secondary" disabled={busy} onClick={() => setEditing(true)}>
            {view.concerns ? 'Endre virksomhet' : 'Velg virksomhet'}
          </Button>
          {view.concerns && (
            <Button variant="tertiary" loading={busy} disabled={busy} onClick={() => void save(null)}>
              Fjern virksomheten
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
