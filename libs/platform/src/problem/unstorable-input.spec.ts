import { findUnstorableInput, MAX_INPUT_DEPTH, PROTOTYPE_KEYS } from './unstorable-input';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });

describe('findUnstorableInput', () => {
  it.each([
    ['NUL', { title: 'a\u0000b' }, 'title'],
    ['a high surrogate without its partner', { scope: { note: 'x\uD800' } }, 'scope.note'],
    ['a low surrogate without its partner', { items: ['ok', '\uDC00y'] }, 'items[1]'],
    ['a reversed pair', { title: '\uDC00\uD800' }, 'title'],
  ])('finds %s and names where it is', (_what, value, field) => {
    expect(findUnstorableInput(value, '')).toEqual({ field, message: expect.stringMatching(/NUL or unpaired/) });
  });

  it('finds a bad field name', () => {
    expect(findUnstorableInput({ ['k\u0000']: 1 }, '')?.field).toBe('k\u0000');
  });

  it.each([
    ['__proto__', '{"kinds":{"__proto__":true}}', 'kinds.__proto__'],
    ['constructor', '{"kinds":{"public-comment":false,"constructor":true}}', 'kinds.constructor'],
    ['prototype', '{"rules":[{"when":{"prototype":{}}}]}', 'rules[0].when.prototype'],
    ['toString', '{"technical":{"toString":"x"}}', 'technical.toString'],
    ['hasOwnProperty', '{"hasOwnProperty":1}', 'hasOwnProperty'],
    ['__defineGetter__', '{"scope":{"__defineGetter__":1}}', 'scope.__defineGetter__'],
  ])('refuses a field named %s (class-transformer drops or misuses it), naming where it is', (key, json, field) => {
    expect(findUnstorableInput(JSON.parse(json), '')).toEqual({
      field,
      message: `${key} is the name of a JavaScript built-in, not a field`,
    });
  });

  it('passes such names as values, and leaves array indices alone', () => {
    expect(
      findUnstorableInput({ party: 'constructor', kinds: { 'public-comment': true }, list: ['__proto__'] }, ''),
    ).toBeUndefined();
    expect(PROTOTYPE_KEYS.has('valueOf')).toBe(true);
    expect(PROTOTYPE_KEYS.has('party')).toBe(false);
  });

  it('passes text that is odd but storable: pairs, bidi controls, combining marks, BOM', () => {
    expect(findUnstorableInput({ t: '\u{1F468}\u200D\u{1F469} \u202Eabc e\u0301 \uFEFF' }, '')).toBeUndefined();
  });

  it(`passes ${MAX_INPUT_DEPTH} levels of nesting and refuses one more, without recursion`, () => {
    expect(findUnstorableInput(nested(MAX_INPUT_DEPTH), '')).toBeUndefined();
    expect(findUnstorableInput(nested(MAX_INPUT_DEPTH + 1), '')?.message).toMatch(/nested deeper/);
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(findUnstorableInput(deep, 'rules')?.field).toMatch(/^rules\[0\]/);
  });

  it('prefixes a named parameter', () => {
    expect(findUnstorableInput('PLL\u0000', 'id')).toEqual({ field: 'id', message: expect.any(String) });
  });
});
