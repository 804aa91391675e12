import {
  Button,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { query } from '../../api/api-client';
import type { Webhook, WebhookDelivery } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Time } from '../../components/time';
import { useCursorPages } from '../../hooks/use-cursor-pages';
import { EVENT_LABELS, label } from '../../labels';
import { DELIVERY_STATUS_COLORS, DELIVERY_STATUS_LABELS, lastOutcome } from './webhook-labels';

/** The webhook's delivery log, newest first: each event, how it went, and what the receiver answered. */
export function WebhookDeliveries({ webhook }: { readonly webhook: Webhook }) {
  const deliveries = useCursorPages<WebhookDelivery>(
    `/api/webhooks/${encodeURIComponent(webhook.id)}/deliveries${query({ limit: 20 })}`,
  );
  if (!deliveries.loaded) {
    return deliveries.error ? <ErrorAlert error={deliveries.error} /> : <Loading what="leveranser" />;
  }
  if (deliveries.items.length === 0) return <Paragraph data-size="sm">Ingen hendelser er sendt hit ennå.</Paragraph>;
  return (
    <>
      <div className="table-scroll">
        <Table data-size="sm" zebra>
          <caption className="visually-hidden">Leveranser til {webhook.url}, nyeste først</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Tid</TableHeaderCell>
              <TableHeaderCell>Hendelse</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Forsøk</TableHeaderCell>
              <TableHeaderCell>Siste svar</TableHeaderCell>
              <TableHeaderCell>Levert / neste forsøk</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {deliveries.items.map((delivery) => (
              <TableRow key={delivery.id}>
                <TableCell>
                  <Time at={delivery.createdAt} />
                </TableCell>
                <TableCell>
                  <Link asChild>
                    <RouterLink to={`/saker/${delivery.caseId}`}>{label(EVENT_LABELS, delivery.eventType)}</RouterLink>
                  </Link>
                </TableCell>
                <TableCell>
                  <Tag data-color={DELIVERY_STATUS_COLORS[delivery.status]} data-size="sm">
                    {DELIVERY_STATUS_LABELS[delivery.status]}
                  </Tag>
                </TableCell>
                <TableCell>{delivery.attempts.length}</TableCell>
                <TableCell>{lastOutcome(delivery)}</TableCell>
                <TableCell>
                  {delivery.deliveredAt ? (
                    <Time at={delivery.deliveredAt} />
                  ) : delivery.nextAttemptAt ? (
                    <>
                      neste <Time at={delivery.nextAttemptAt} />
                    </>
                  ) : (
                    '–'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ErrorAlert error={deliveries.error} />
      {deliveries.hasMore && (
        <Button variant="secondary" data-size="sm" onClick={() => void deliveries.loadMore()}>
          Vis flere
        </Button>
      )}
    </>
  );
}
