import { Card, Paragraph } from '@digdir/designsystemet-react';
import { formatNumber } from './charts/chart';

/** One figure of the period in large type under its name; numbers in Norwegian form. */
export function KeyFigure({ label, value }: { readonly label: string; readonly value: number | string }) {
  return (
    <Card data-color="neutral" className="key-figure">
      <Paragraph data-size="sm">{label}</Paragraph>
      <Paragraph data-size="xl" className="key-figure__value">
        {typeof value === 'number' ? formatNumber(value) : value}
      </Paragraph>
    </Card>
  );
}
