import { ValidationFailedException } from '@lagspill/platform';
import { parseConsistentWith } from './consistent-with';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('the Lagspill-Consistent-With header', () => {
  it('is absent when not sent', () => {
    expect(parseConsistentWith(undefined)).toBeUndefined();
    expect(parseConsistentWith('')).toBeUndefined();
  });

  it.each([
    [`${ID};v=1`, 1],
    [`${ID.toUpperCase()};V=12`, 12],
    [` ${ID};v=999999999 `, 999_999_999],
  ])('reads %j as the case and version', (header, version) => {
    expect(parseConsistentWith(header)).toEqual({ caseId: ID, version });
  });

  it.each([
    ['a reference instead of an id', 'PLL-2026-000001;v=1'],
    ['no version', ID],
    ['an empty version', `${ID};v=`],
    ['version 0', `${ID};v=0`],
    ['a negative version', `${ID};v=-1`],
    ['a leading zero', `${ID};v=01`],
    ['a version past the stream limit', `${ID};v=1234567890`],
    ['a fractional version', `${ID};v=1.5`],
    ['another separator', `${ID},v=1`],
    ['two changes', `${ID};v=1, ${ID};v=2`],
    ['a short id', `${ID.slice(1)};v=1`],
    ['an id with other letters', `${ID.replace('a', 'g')};v=1`],
    ['the header sent twice', [`${ID};v=1`, `${ID};v=2`]],
  ])('refuses %s with a problem naming the header', (_, header) => {
    const refusal = (() => {
      try {
        parseConsistentWith(header);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(ValidationFailedException);
    expect((refusal as ValidationFailedException).errors.map((e) => e.field)).toEqual(['Lagspill-Consistent-With']);
  });
});
