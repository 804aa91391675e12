/** The dev provider's login hint for someone not in the directory: `ny.` and a slug of their name. */
export const NEWCOMER_PREFIX = 'ny.';

/**
 * A name as the part of a username after `ny.`: lower case, Norwegian letters spelt in ASCII (æ → ae,
 * ø → o, å → a), accents dropped, anything else a single hyphen. Empty when the name has no letter or digit.
 */
export function slugOfName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export const newcomerUsername = (name: string): string => `${NEWCOMER_PREFIX}${slugOfName(name)}`;
