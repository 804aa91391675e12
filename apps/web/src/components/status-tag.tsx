import { Tag } from '@digdir/designsystemet-react';
import { label, STATUS_COLORS, STATUS_LABELS } from '../labels';

export function StatusTag({ status }: { readonly status: string }) {
  return (
    <Tag data-color={STATUS_COLORS[status] ?? 'neutral'} data-size="sm">
      {label(STATUS_LABELS, status)}
    </Tag>
  );
}
