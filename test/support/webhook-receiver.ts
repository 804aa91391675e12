import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with the status it answered. */
export interface ReceivedDelivery {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly answered: number;
}

/**
 * A party's system on loopback receiving webhook deliveries. `answer` picks the status for each request
 * from how many times its delivery id was seen before (0 the first time); `delayMs` holds each answer.
 */
export interface WebhookReceiver {
  readonly url: string;
  readonly received: ReceivedDelivery[];
  /** Requests received whose answer is still held back (only with `delayMs`). */
  pending(): number;
  /** The requests of one delivery (the x-lagspill-delivery header), in order. */
  attemptsOf(deliveryId: string): ReceivedDelivery[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(
  answer: (previousAttempts: number) => number = () => 200,
  options: { delayMs?: number } = {},
): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  let pending = 0;
  const attemptsOf = (id: string) => received.filter((r) => r.headers['x-lagspill-delivery'] === id);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = String(request.headers['x-lagspill-delivery']);
      const status = answer(attemptsOf(id).length);
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered: status });
      pending += 1;
      setTimeout(() => {
        pending -= 1;
        response.writeHead(status).end();
      }, options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/lagspill`,
    received,
    pending: () => pending,
    attemptsOf,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
