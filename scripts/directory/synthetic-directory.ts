import type { DirectoryData, DirectoryImport, ImportEntry, NewParty } from '@lagspill/domain';
import { computeOrganisationNumberCheckDigit } from '@lagspill/domain';

// What the synthetic directories share (examples/directory's Helse Nord, bench:directory's national one):
// a seedable random source, ids, unique identifiers with valid check digits, and shares of a total.

/** The record systems' vendors of the rollout: id, name, the products they answer for. */
export const RECORD_SYSTEM_VENDORS: readonly (readonly [string, string, readonly string[]])[] = [
  ['cgm', 'CompuGroup Medical (CGM)', ['CGM Journal']],
  ['pridok', 'Pridok', ['Pridok']],
  ['webmed', 'Webmed', ['Webmed']],
  ['eg', 'EG Norge', ['EG Infodoc', 'EG Pasientsky']],
  ['dips', 'DIPS', ['DIPS Arena']],
  ['visma', 'Visma', ['Visma Profil']],
  ['tietoevry', 'Tietoevry', ['Gerica']],
];

export const NHN_PARTY: NewParty = {
  id: 'nhn',
  kind: 'nhn',
  name: 'Norsk helsenett – kundesenter',
  products: ['Reseptformidleren', 'SFM', 'Kjernejournal', 'HelseID'],
  contactEmails: ['saker@nhn.example.no'],
  serviceLevel: { firstResponseHours: 4, resolutionHours: 72 },
};

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export /** A small seedable random source (mulberry32 over an FNV-1a hash of the seed). */
class Prng {
  private state: number;

  constructor(seed: string) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
    this.state = hash >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length)];
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let left = this.next() * total;
    for (const [value, weight] of entries) {
      left -= weight;
      if (left < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i--) {
      const j = this.int(0, i + 1);
      [result[i], result[j]] = [result[j], result[i]];
    }
    return result;
  }
}

export /** Lower-case ASCII with hyphens, for ids and e-mail addresses. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ŋ/g, 'n')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export /** Hands out unique organisation numbers, HER-ids, HPR numbers, usernames and entry ids. */
class Numbers {
  private readonly orgnrs = new Set<string>();
  private readonly herIds = new Set<number>();
  private readonly hprs = new Set<string>();
  private readonly usernames = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(private readonly rng: Prng) {}

  /**
   * 9 digits starting with `first()` (9 unless told) and a valid mod-11 check digit; prefixes without one
   * are skipped, and so is 974…, where the demo directory's numbers sit, so that both can be loaded together.
   */
  orgnr(first: () => string = () => '9'): string {
    for (;;) {
      const prefix = `${first()}${String(this.rng.int(0, 10_000_000)).padStart(7, '0')}`;
      if (prefix.startsWith('974')) continue;
      const check = computeOrganisationNumberCheckDigit(prefix);
      if (check === undefined) continue;
      const orgnr = `${prefix}${check}`;
      if (this.orgnrs.has(orgnr)) continue;
      this.orgnrs.add(orgnr);
      return orgnr;
    }
  }

  /** 8 digits, clear of the demo directory's 8123…. */
  herId(): number {
    for (;;) {
      const herId = this.rng.int(10_000_000, 100_000_000);
      if (Math.floor(herId / 10_000) === 8123 || this.herIds.has(herId)) continue;
      this.herIds.add(herId);
      return herId;
    }
  }

  /** 7 or 8 digits. */
  hpr(): string {
    for (;;) {
      const hpr = String(this.rng.int(1_000_000, 100_000_000));
      if (this.hprs.has(hpr)) continue;
      this.hprs.add(hpr);
      return hpr;
    }
  }

  /** Like HelseID's `sub`: a pseudonym of 43 base64url characters and `=`. */
  pseudonym(): string {
    for (;;) {
      let text = '';
      for (let i = 0; i < 43; i++) text += BASE64URL[this.rng.int(0, 64)];
      const username = `${text}=`;
      if (this.usernames.has(username)) continue;
      this.usernames.add(username);
      return username;
    }
  }

  /** `base` as an entry id (at most 64 characters), with a number after it when it is taken. */
  id(base: string): string {
    const stem = slug(base).slice(0, 56).replace(/-+$/, '');
    for (let n = 1; ; n++) {
      const id = n === 1 ? stem : `${stem}-${n}`;
      if (this.ids.has(id)) continue;
      this.ids.add(id);
      return id;
    }
  }
}

export /**
 * Shares `total` out over `weights` in proportion (largest remainder), after giving each `floor` first;
 * ties go to the earlier entry.
 */
function apportion(weights: readonly number[], total: number, floor: number): number[] {
  const spare = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * spare);
  const shares = exact.map((e) => floor + Math.floor(e));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}

/** The file as the directory it describes; an entry listed as inactive is deactivated at `at`. */
export function directoryDataOf(file: DirectoryImport, at: string): DirectoryData {
  const entries = <T extends object>(list: readonly ImportEntry<T>[]) =>
    list.map(({ entry, active }) => (active === false ? { ...entry, deactivatedAt: at } : entry));
  return {
    helsefellesskap: entries(file.helsefellesskap),
    municipalities: entries(file.municipalities),
    parties: entries(file.parties),
    organisations: entries(file.organisations),
    people: entries(file.people),
  };
}
