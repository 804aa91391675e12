import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { describeError } from '../api/api-error';

/** A failed call, said in Norwegian, announced to screen readers. */
export function ErrorAlert({ error }: { readonly error: unknown }) {
  if (error === undefined || error === null) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{describeError(error)}</Paragraph>
    </Alert>
  );
}
