import { Directory, UnknownDirectoryEntryError } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { resolveRouteTarget } from './resolve-route-target';

const directory = new Directory(DEMO_DIRECTORY);

describe('resolveRouteTarget', () => {
  it("sends vendor cases to the vendor of the report's system", () => {
    expect(
      resolveRouteTarget('vendor', { organisation: 'morkved-legesenter', systemVendor: 'cgm' }, directory),
    ).toEqual({
      party: 'cgm',
    });
    expect(resolveRouteTarget('vendor', { organisation: 'nlsh-medisinsk', systemVendor: 'dips' }, directory)).toEqual({
      party: 'dips',
    });
    // A report may name another system than the organisation's usual one.
    expect(resolveRouteTarget('vendor', { organisation: 'morkved-legesenter', systemVendor: 'eg' }, directory)).toEqual(
      {
        party: 'eg',
      },
    );
  });

  it("falls back to the organisation's system vendor when the report names none or an unknown one", () => {
    expect(resolveRouteTarget('vendor', { organisation: 'ronvik-legesenter' }, directory)).toEqual({ party: 'pridok' });
    expect(
      resolveRouteTarget('vendor', { organisation: 'nlsh-medisinsk', systemVendor: 'no-such-vendor' }, directory),
    ).toEqual({ party: 'dips' });
    expect(
      resolveRouteTarget('vendor', { organisation: 'nlsh-medisinsk', systemVendor: 'arbeidsgruppe-nord' }, directory),
    ).toEqual({ party: 'dips' });
  });

  it('sends nhn cases to NHN kundesenter', () => {
    expect(resolveRouteTarget('nhn', { organisation: 'mo-legesenter' }, directory)).toEqual({ party: 'nhn' });
  });

  it("sends pharmacy cases to the chain of the organisation's multidose pharmacy", () => {
    expect(resolveRouteTarget('pharmacy', { organisation: 'bodo-hjemmetjeneste' }, directory)).toEqual({
      party: 'apotek1',
    });
    expect(resolveRouteTarget('pharmacy', { organisation: 'morkved-legesenter' }, directory)).toEqual({
      party: 'apotek1',
    });
  });

  it("sends a pharmacy's own cases to its own chain", () => {
    expect(resolveRouteTarget('pharmacy', { organisation: 'apotek1-bodo' }, directory)).toEqual({ party: 'apotek1' });
    expect(resolveRouteTarget('pharmacy', { organisation: 'apotek1-multidose-bodo' }, directory)).toEqual({
      party: 'apotek1',
    });
  });

  it('falls back to the working group when there is no pharmacy to send to', () => {
    const resolved = resolveRouteTarget('pharmacy', { organisation: 'nlsh-medisinsk' }, directory);
    expect(resolved.party).toBe('arbeidsgruppe-nord');
    expect(resolved.fallback).toMatch(/pharmacy/);
  });

  it("sends working-group and own-organisation cases to the region's working group", () => {
    expect(resolveRouteTarget('working-group', { organisation: 'alta-legekontor' }, directory)).toEqual({
      party: 'arbeidsgruppe-nord',
    });
    expect(resolveRouteTarget('organisation', { organisation: 'bodo-hjemmetjeneste' }, directory)).toEqual({
      party: 'arbeidsgruppe-nord',
    });
  });

  it('sends a fixed party target to that party', () => {
    expect(resolveRouteTarget({ party: 'nhn' }, { organisation: 'morkved-legesenter' }, directory)).toEqual({
      party: 'nhn',
    });
  });

  it("sends each region's cases to its own working group, never to another region's party", () => {
    expect(resolveRouteTarget('working-group', { organisation: 'sandnes-legesenter' }, directory)).toEqual({
      party: 'arbeidsgruppe-vest',
    });
    const resolved = resolveRouteTarget(
      { party: 'arbeidsgruppe-nord' },
      { organisation: 'bergen-sentrum-legesenter' },
      directory,
    );
    expect(resolved).toEqual({
      party: 'arbeidsgruppe-vest',
      fallback: 'party arbeidsgruppe-nord does not serve helse-vest',
    });
    expect(
      resolveRouteTarget('vendor', { organisation: 'askoy-legesenter', systemVendor: 'arbeidsgruppe-nord' }, directory),
    ).toEqual({ party: 'pridok' });
  });

  it('does not guess for an organisation the directory does not know', () => {
    expect(() => resolveRouteTarget('vendor', { organisation: 'nowhere' }, directory)).toThrow(
      UnknownDirectoryEntryError,
    );
  });
});
