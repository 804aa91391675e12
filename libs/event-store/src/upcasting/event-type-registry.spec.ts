import { EventTypeRegistry } from './event-type-registry';

describe('EventTypeRegistry', () => {
  const registry = new EventTypeRegistry().register({
    type: 'case.reported',
    schemaVersion: 3,
    upcasters: {
      1: (data) => ({ ...(data as object), harm: 'unknown' }),
      2: (data) => {
        const { title, ...rest } = data as { title: string };
        return { ...rest, summary: title };
      },
    },
  });

  it('lifts an old event through every step to the current version', () => {
    expect(registry.upcast('case.reported', 1, { title: 'Dobbel forskrivning' })).toEqual({
      schemaVersion: 3,
      data: { harm: 'unknown', summary: 'Dobbel forskrivning' },
    });
  });

  it('starts from the stored version, not from the first', () => {
    expect(registry.upcast('case.reported', 2, { title: 'x', harm: 'none' })).toEqual({
      schemaVersion: 3,
      data: { harm: 'none', summary: 'x' },
    });
  });

  it('leaves current and unknown types as they are', () => {
    const data = { summary: 'y' };
    expect(registry.upcast('case.reported', 3, data)).toEqual({ schemaVersion: 3, data });
    expect(registry.upcast('case.unknown', 1, data)).toEqual({ schemaVersion: 1, data });
  });

  it('refuses a definition with a missing upcaster step', () => {
    expect(() => new EventTypeRegistry().register({ type: 'x', schemaVersion: 3, upcasters: { 1: (d) => d } })).toThrow(
      /no upcaster from schema version 2/,
    );
  });

  it('refuses two different definitions of one type', () => {
    const twice = new EventTypeRegistry().register({ type: 'x', schemaVersion: 1 });
    expect(() => twice.register({ type: 'x', schemaVersion: 1 })).toThrow(/registered twice/);
  });
});
