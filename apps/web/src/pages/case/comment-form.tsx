import { Button, Card, Fieldset, FieldsetLegend, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Me } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { mayWriteInternal } from './case-actions';
import type { ChangeCase } from './case-page';
import { useCaseChange } from './use-case-change';

/** A comment: public (the reporter sees it) or internal (the current party and coordinators only). */
export function CommentForm({ me, change }: { readonly me: Me; readonly change: ChangeCase }) {
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'internal'>('public');
  const { busy, error, run } = useCaseChange();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => change('comments', { body: body.trim(), visibility }))) setBody('');
  };
  return (
    <Card data-color="neutral">
      <form onSubmit={(event) => void submit(event)} className="stack">
        <Heading level={2} data-size="sm">
          Skriv en kommentar
        </Heading>
        <ErrorAlert error={error} />
        <Textfield
          id="comment-body"
          multiline
          rows={3}
          label="Kommentar"
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        {mayWriteInternal(me) && (
          <Fieldset>
            <FieldsetLegend>Hvem skal se kommentaren?</FieldsetLegend>
            <Radio
              name="visibility"
              value="public"
              label="Alle som ser saken, også melder"
              checked={visibility === 'public'}
              onChange={() => setVisibility('public')}
            />
            <Radio
              name="visibility"
              value="internal"
              label="Bare oss og den regionale arbeidsgruppen (intern)"
              checked={visibility === 'internal'}
              onChange={() => setVisibility('internal')}
            />
          </Fieldset>
        )}
        <div className="actions">
          <Button type="submit" variant="secondary" loading={busy} disabled={busy || body.trim() === ''}>
            Legg til kommentar
          </Button>
        </div>
      </form>
    </Card>
  );
}
