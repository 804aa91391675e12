import { IfMatchRequiredError } from './if-match-required.error';
import { etagOf, parseIfMatch } from './if-match';
import { InvalidIfMatchError } from './invalid-if-match.error';

describe('If-Match', () => {
  it('reads the version from the quoted entity tag the ETag gave out', () => {
    expect(parseIfMatch(etagOf(7))).toBe(7);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch(' 3 ')).toBe(3);
  });

  it('is required (428)', () => {
    expect(() => parseIfMatch(undefined)).toThrow(IfMatchRequiredError);
    expect(() => parseIfMatch('  ')).toThrow(IfMatchRequiredError);
  });

  it('must be one version (400)', () => {
    for (const value of ['*', '"abc"', '"1", "2"', '"0"', '"-1"', '"1.5"']) {
      expect(() => parseIfMatch(value)).toThrow(InvalidIfMatchError);
    }
  });
});
