import {
  Button,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../api/api-error';

/** An organisation one may pick, with what tells it apart from others of the same name. */
export interface OrganisationOption {
  readonly id: string;
  readonly name: string;
  readonly detail?: string;
}

interface Props {
  /** The fieldset's id: where an error summary's link goes. */
  readonly id: string;
  readonly legend: string;
  readonly description?: string;
  readonly chosen: OrganisationOption | null;
  readonly onChoose: (organisation: OrganisationOption) => void;
  /** Organisations whose name holds the text, or whose orgnr or HER-id it is. */
  readonly search: (text: string) => Promise<readonly OrganisationOption[]>;
  readonly error?: string | undefined;
  /** Where the choice is optional: takes it away again (a button beside the chosen name). */
  readonly onClear?: () => void;
}

const MIN_LENGTH = 2;
const DELAY_MS = 250;

/**
 * Picks one organisation among thousands: a search field, and the hits as radio buttons (the chosen one
 * stays first while one searches on). The number of hits is announced as they come.
 */
export function OrganisationPicker({ id, legend, description, chosen, onChoose, search, error, onClear }: Props) {
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<{
    text: string;
    hits?: readonly OrganisationOption[];
    error?: unknown;
  } | null>(null);
  const wanted = text.trim();
  // The latest search function, so that a caller's new function each render starts no new search.
  const searchNow = useRef(search);
  useEffect(() => {
    searchNow.current = search;
  }, [search]);

  useEffect(() => {
    if (wanted.length < MIN_LENGTH) return;
    let live = true;
    const timer = setTimeout(() => {
      searchNow
        .current(wanted)
        .then((hits) => live && setAnswer({ text: wanted, hits }))
        .catch((cause: unknown) => live && setAnswer({ text: wanted, error: cause }));
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted]);

  const current = answer?.text === wanted && wanted.length >= MIN_LENGTH ? answer : null;
  const hits = current?.hits ?? [];
  const options = chosen && !hits.some((hit) => hit.id === chosen.id) ? [chosen, ...hits] : hits;
  const status =
    wanted.length < MIN_LENGTH
      ? ''
      : !current
        ? 'Søker …'
        : current.error
          ? describeError(current.error)
          : hits.length === 0
            ? `Ingen virksomheter passer med «${wanted}».`
            : `${hits.length} ${hits.length === 1 ? 'virksomhet passer' : 'virksomheter passer'}.`;

  return (
    <Fieldset id={id} tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FieldsetDescription>{description}</FieldsetDescription>}
      <Paragraph data-size="sm">
        {chosen ? (
          <>
            Valgt: <strong>{chosen.name}</strong>
          </>
        ) : (
          'Ingen virksomhet er valgt ennå.'
        )}
      </Paragraph>
      {chosen && onClear && (
        <div className="actions">
          <Button type="button" variant="tertiary" data-size="sm" onClick={onClear}>
            Fjern valget
          </Button>
        </div>
      )}
      <Textfield
        id={`${id}-sok`}
        type="search"
        label="Søk etter virksomhet"
        description="Navn, organisasjonsnummer eller HER-id (minst to tegn)."
        value={text}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the search field searches; it must not send the form around it.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <Paragraph data-size="sm" role="status" className="muted">
        {status}
      </Paragraph>
      {options.length > 0 && (
        <div className="picker-results">
          {options.map((option) => (
            <Radio
              key={option.id}
              name={`${id}-valg`}
              value={option.id}
              label={option.name}
              {...(option.detail ? { description: option.detail } : {})}
              checked={chosen?.id === option.id}
              onChange={() => onChoose(option)}
            />
          ))}
        </div>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
