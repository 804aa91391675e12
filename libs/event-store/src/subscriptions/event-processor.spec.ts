import { START_OF_LOG, type RecordedEvent } from '../event';
import type { EventProcessorOptions } from './event-processor';

/** A union like the catalog's, to show what the generic types do with one. */
type ParcelEvent =
  | { readonly type: 'parcel.shipped'; readonly data: { readonly carrier: string } }
  | { readonly type: 'parcel.lost'; readonly data: { readonly reason: string } };

const recorded = (event: ParcelEvent): RecordedEvent<ParcelEvent> => ({
  ...event,
  eventId: '0190f0e0-0000-7000-8000-000000000001',
  schemaVersion: 1,
  metadata: {},
  streamId: 'parcel-1',
  streamVersion: 1,
  checkpoint: START_OF_LOG,
  recordedAt: new Date(0),
});

/** What a processor's `apply` would do: its `data` typed by narrowing on `type`, with no cast. */
const describeParcel = (event: RecordedEvent<ParcelEvent>): string =>
  event.type === 'parcel.shipped' ? `with ${event.data.carrier}` : `lost: ${event.data.reason}`;

describe('events typed by a union', () => {
  it('types a recorded event’s data by its type', () => {
    expect(describeParcel(recorded({ type: 'parcel.shipped', data: { carrier: 'Posten' } }))).toBe('with Posten');
    expect(describeParcel(recorded({ type: 'parcel.lost', data: { reason: 'flom' } }))).toBe('lost: flom');
  });

  it('takes only the union’s types as a processor’s eventTypes', () => {
    const options: EventProcessorOptions<ParcelEvent> = { name: 'parcels', eventTypes: ['parcel.shipped'] };
    // @ts-expect-error: not a type of the union
    const misspelt: EventProcessorOptions<ParcelEvent> = { name: 'parcels', eventTypes: ['parcel.shiped'] };
    expect([options.eventTypes, misspelt.eventTypes]).toEqual([['parcel.shipped'], ['parcel.shiped']]);
  });
});
