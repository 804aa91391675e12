import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseView, Me } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useParties } from '../../hooks/use-reference-data';
import { actionBody, availableActions, type CaseAction } from './case-actions';
import type { ChangeCase } from './case-page';
import { useCaseChange } from './use-case-change';

interface ActionText {
  readonly button: string;
  /** The label of the one text the action takes; none for a plain click. */
  readonly field?: string;
  readonly help?: string;
}

const ACTIONS: Readonly<Record<CaseAction, ActionText>> = {
  acknowledge: { button: 'Ta saken' },
  'request-information': {
    button: 'Be om mer informasjon',
    field: 'Spørsmål til melder',
    help: 'Fristen stanser til melder svarer.',
  },
  'provide-information': { button: 'Svar på spørsmålet', field: 'Svar' },
  forward: { button: 'Send videre', field: 'Hvorfor sendes saken videre?', help: 'Mottakeren får en ny frist.' },
  resolve: { button: 'Merk som løst', field: 'Hva ble gjort?', help: 'Melder ser løsningen og kan gjenåpne saken.' },
  reopen: { button: 'Gjenåpne', field: 'Hvorfor gjenåpnes saken?' },
  close: { button: 'Lukk saken' },
};

/** The buttons for what this person may do now; an action with text opens its small form first. */
export function CaseActionsPanel({
  view,
  me,
  change,
}: {
  readonly view: CaseView;
  readonly me: Me;
  readonly change: ChangeCase;
}) {
  const actions = availableActions(view, me);
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [text, setText] = useState('');
  const [party, setParty] = useState('');
  const { busy, error, run: changing } = useCaseChange();
  const parties = [...useParties().values()].filter((p) => p.id !== view.routedTo?.party);

  if (actions.length === 0) return null;
  const run = async (action: CaseAction) => {
    if (await changing(() => change(action, actionBody(action, text.trim(), party)))) {
      setOpen(null);
      setText('');
      setParty('');
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open) void run(open);
  };
  const current = open ? ACTIONS[open] : null;

  return (
    <Card data-color="accent">
      <Heading level={2} data-size="sm">
        Handlinger
      </Heading>
      <ErrorAlert error={error} />
      {open && current?.field ? (
        <form onSubmit={submit} className="stack">
          {open === 'forward' && (
            <Field>
              <Label htmlFor="forward-party">Send til</Label>
              <Select id="forward-party" value={party} onChange={(e) => setParty(e.target.value)} required>
                <SelectOption value="">Velg mottaker …</SelectOption>
                {parties.map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.name}
                  </SelectOption>
                ))}
              </Select>
            </Field>
          )}
          <Textfield
            id="action-text"
            multiline
            rows={4}
            label={current.field}
            description={current.help}
            value={text}
            onChange={(e) => setText(e.target.value)}
            required
          />
          <div className="actions">
            <Button
              type="submit"
              loading={busy}
              disabled={busy || text.trim() === '' || (open === 'forward' && party === '')}
            >
              {current.button}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => setOpen(null)}>
              Avbryt
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions actions--wrap">
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === actions[0] ? 'primary' : 'secondary'}
              disabled={busy}
              onClick={() => (ACTIONS[action].field ? setOpen(action) : void run(action))}
            >
              {ACTIONS[action].button}
            </Button>
          ))}
        </div>
      )}
      {view.status === 'awaiting-information' && me.role !== 'reporter' && (
        <Paragraph data-size="sm">Venter på svar fra melder; fristen står stille så lenge.</Paragraph>
      )}
    </Card>
  );
}
