import { addressOf, listFilters, toSavedFilters } from './case-list-filters';

describe('the filters of a case list', () => {
  it('asks for what the address holds on the list of all cases, nothing more', () => {
    expect(listFilters({ status: 'routed', q: 'synk', party: '', foo: 'x' } as never, 'all', 'cgm')).toEqual({
      status: 'routed',
      q: 'synk',
    });
    expect(listFilters({}, 'all', 'cgm')).toEqual({});
  });

  it('makes an inbox of the own party’s open cases, soonest due first, unless the address says otherwise', () => {
    expect(listFilters({}, 'inbox', 'arbeidsgruppe-nord')).toEqual({
      party: 'arbeidsgruppe-nord',
      sort: 'due',
      open: 'true',
    });
    expect(listFilters({ status: 'resolved' }, 'inbox', 'cgm')).toEqual({
      status: 'resolved',
      party: 'cgm',
      sort: 'due',
    });
    expect(listFilters({ party: 'nhn', sort: 'reported', open: 'false' }, 'inbox', 'cgm')).toEqual({
      party: 'nhn',
      sort: 'reported',
      open: 'false',
    });
  });

  it('saves them in the API’s types and puts them back in the address as they were', () => {
    const address = {
      status: 'routed,acknowledged',
      open: 'true',
      party: 'cgm',
      sort: 'due',
      q: 'synk',
      from: '2026-01-01',
    };
    const saved = toSavedFilters(address);
    expect(saved).toEqual({
      status: ['routed', 'acknowledged'],
      open: true,
      party: 'cgm',
      sort: 'due',
      q: 'synk',
      from: '2026-01-01',
    });
    expect(addressOf(saved)).toEqual(address);
    expect(toSavedFilters({})).toEqual({});
    expect(addressOf({ open: false })).toEqual({ open: 'false' });
  });
});
