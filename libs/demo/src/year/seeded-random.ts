/**
 * A small seedable random source (sfc32, seeded through cyrb128), so that one seed always gives the
 * same demo year: Math.random cannot be seeded, and the demo data must be reproducible to be discussed.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    // The first outputs of sfc32 still carry the seed's structure; mix it away.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** An independent stream for one part of the plan (e.g. one case), unaffected by how much others draw. */
  static derive(seed: string, ...path: readonly (string | number)[]): SeededRandom {
    return new SeededRandom(`${seed}/${path.join('/')}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from nothing');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of `entries`, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let left = this.next() * total;
    for (const [value, weight] of entries) {
      left -= weight;
      if (left < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median; `spread` is σ of the logarithm (0.5 tight, 1.2 long-tailed). */
  logNormal(median: number, spread: number): number {
    return median * Math.exp(spread * this.normal());
  }

  /** A UUIDv7 for an instant, so ids sort by when the case or event happened, as live ones do. */
  uuidV7(ms: number): string {
    const time = Math.floor(ms);
    const random = [this.word(), this.word(), this.word()];
    return [
      hex(Math.floor(time / 0x10000), 8),
      hex(time % 0x10000, 4),
      hex(0x7000 | (random[0] & 0x0fff), 4),
      hex(0x8000 | ((random[0] >>> 16) & 0x3fff), 4),
      hex(random[1], 8) + hex(random[2] & 0xffff, 4),
    ].join('-');
  }

  private word(): number {
    return (this.next() * 4_294_967_296) >>> 0;
  }
}

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/** 128 bits of hash from a string, as sfc32's four words of state. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
