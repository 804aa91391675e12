import { SelectOption } from '@digdir/designsystemet-react';

/** One option per code of a code → Norwegian label table, in the table's order. */
export function LabelOptions({ labels }: { readonly labels: Readonly<Record<string, string>> }) {
  return (
    <>
      {Object.entries(labels).map(([code, text]) => (
        <SelectOption key={code} value={code}>
          {text}
        </SelectOption>
      ))}
    </>
  );
}
