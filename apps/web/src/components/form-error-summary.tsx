import {
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
} from '@digdir/designsystemet-react';
import type { ComponentRef, Ref } from 'react';

/** What a ref to the summary holds, for moving focus to it. */
export type FormErrorSummaryElement = ComponentRef<typeof ErrorSummary>;

export interface FormProblem {
  /** The id of the field, which the summary links to. */
  readonly id: string;
  readonly label: string;
  readonly message: string;
}

/** What must be fixed before a form can be sent, each linking to its field; nothing when all is well. */
export function FormErrorSummary({
  heading,
  problems,
  ref,
}: {
  readonly heading: string;
  readonly problems: readonly FormProblem[];
  readonly ref?: Ref<FormErrorSummaryElement>;
}) {
  if (problems.length === 0) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummaryHeading>{heading}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {problems.map((problem) => (
          <ErrorSummaryItem key={problem.id}>
            <ErrorSummaryLink href={`#${problem.id}`}>
              {problem.label}: {problem.message}
            </ErrorSummaryLink>
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}
