import { newcomerUsername, slugOfName } from './newcomer';

describe('the dev login hint of a newcomer', () => {
  it.each([
    ['Ida Nyland', 'ida-nyland'],
    ['  Bjørn Ærø-Åsen ', 'bjorn-aero-asen'],
    ['Zoë Müller', 'zoe-muller'],
    ['Per  O. Hansen!!', 'per-o-hansen'],
    ['---', ''],
  ])('makes %j into %j', (name, slug) => {
    expect(slugOfName(name)).toBe(slug);
  });

  it('puts ny. in front, which the dev provider accepts for people not in the directory', () => {
    expect(newcomerUsername('Ida Nyland')).toBe('ny.ida-nyland');
  });

  it('keeps a long name to a username the directory accepts', () => {
    expect(newcomerUsername('a'.repeat(300))).toMatch(/^ny\.a{60}$/);
  });
});
