import { CODE_CHALLENGE, CODE_VERIFIER, verifiesS256Challenge } from './pkce';

// RFC 7636 Appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE S256', () => {
  it("verifies RFC 7636's example verifier against its challenge", () => {
    expect(verifiesS256Challenge(VERIFIER, CHALLENGE)).toBe(true);
  });

  it('refuses another verifier, the challenge itself (the plain method) and a challenge of another length', () => {
    expect(verifiesS256Challenge(`${VERIFIER.slice(0, -1)}l`, CHALLENGE)).toBe(false);
    expect(verifiesS256Challenge(CHALLENGE, CHALLENGE)).toBe(false);
    expect(verifiesS256Challenge(VERIFIER, CHALLENGE.slice(0, -1))).toBe(false);
  });

  it.each([
    ['a', false],
    ['a'.repeat(42), false],
    ['a'.repeat(43), true],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    [`${'a'.repeat(42)}~`, true],
    [`${'a'.repeat(42)}+`, false],
  ])('takes %s as a code_verifier: %s', (verifier, valid) => {
    expect(CODE_VERIFIER.test(verifier)).toBe(valid);
  });

  it('takes base64url challenges of 43 to 128 characters only', () => {
    expect(CODE_CHALLENGE.test(CHALLENGE)).toBe(true);
    expect(CODE_CHALLENGE.test(`${CHALLENGE.slice(0, -1)}=`)).toBe(false);
    expect(CODE_CHALLENGE.test(`${CHALLENGE.slice(0, -1)}.`)).toBe(false);
    expect(CODE_CHALLENGE.test(CHALLENGE.slice(0, -1))).toBe(false);
    expect(CODE_CHALLENGE.test('A'.repeat(129))).toBe(false);
  });
});
