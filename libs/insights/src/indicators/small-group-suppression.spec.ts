import fc from 'fast-check';
import { hiddenCells, hiddenInLine, SUPPRESSION_THRESHOLD } from './small-group-suppression';

/**
 * The figures that add up across the groups of an interval to its total: counts, and the counts the
 * shares give away (share × reported). Percentiles do not add up and are not derivable by subtraction.
 */
const ADDITIVE = [
  'cases',
  'reported',
  'resolved',
  'open',
  'slaBreached',
  'reopened',
  'paperMultidose',
  'multiplePatients',
  'bothMultidose',
  'fragmentedList',
  'harmful',
  'harmfulNotified',
  'harmfulWillNotify',
  'harmfulNotNotified',
  'harmfulNotStated',
] as const;
type Figure = (typeof ADDITIVE)[number];
type Group = { readonly group: string } & Record<Figure, number>;

/** What anyone knows of a figure of a listed group without seeing it: a listed group has a case. */
const LOWER: Record<Figure, number> = {
  ...(Object.fromEntries(ADDITIVE.map((figure) => [figure, 0])) as Record<Figure, number>),
  cases: 1,
};

/** `count` split at random into `parts` parts adding up to it (the notices of the harmful reports). */
function split(count: number, cuts: readonly number[]): number[] {
  const marks = cuts.map((cut) => Math.floor(cut * (count + 1))).sort((a, b) => a - b);
  return [...marks, count].map((mark, i) => mark - (i === 0 ? 0 : marks[i - 1]));
}

/** A group as the indicator cells make one: mostly small, sometimes just over the threshold, some large. */
const groupFigures = fc
  .record({
    cases: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 7 }), fc.integer({ min: 1, max: 60 })),
    reportedPart: fc.double({ min: 0, max: 1, noNaN: true }),
    openPart: fc.double({ min: 0, max: 1, noNaN: true }),
    resolved: fc.integer({ min: 0, max: 20 }),
    slaBreached: fc.integer({ min: 0, max: 3 }),
    reopened: fc.integer({ min: 0, max: 2 }),
    paperPart: fc.double({ min: 0, max: 1, noNaN: true }),
    multiplePart: fc.double({ min: 0, max: 1, noNaN: true }),
    bothPart: fc.double({ min: 0, max: 1, noNaN: true }),
    fragmentedPart: fc.double({ min: 0, max: 1, noNaN: true }),
    harmfulPart: fc.double({ min: 0, max: 1, noNaN: true }),
    noticeCuts: fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ cases, reportedPart, openPart, paperPart, multiplePart, bothPart, fragmentedPart, ...rest }) => {
    const { harmfulPart, noticeCuts, ...counts } = rest;
    const reported = Math.floor(cases * reportedPart);
    const paperMultidose = Math.floor(reported * paperPart);
    const harmful = Math.floor(reported * harmfulPart);
    const [harmfulNotified, harmfulWillNotify, harmfulNotNotified, harmfulNotStated] = split(harmful, noticeCuts);
    return {
      cases,
      reported,
      open: Math.floor(cases * openPart),
      paperMultidose,
      multiplePatients: Math.floor(reported * multiplePart),
      // `both` is part of the paper figure; the notices part of the harmful one.
      bothMultidose: Math.floor(paperMultidose * bothPart),
      fragmentedList: Math.floor(reported * fragmentedPart),
      harmful,
      harmfulNotified,
      harmfulWillNotify,
      harmfulNotNotified,
      harmfulNotStated,
      ...counts,
    };
  });

/** The groups of one interval in one grouping (ids unique, in any order). */
const line: fc.Arbitrary<Group[]> = fc.uniqueArray(
  fc.tuple(fc.stringMatching(/^[a-z]{1,3}$/), groupFigures).map(([group, figures]) => ({ group, ...figures })),
  { minLength: 1, maxLength: 9, selector: (g) => g.group },
);

const sum = (groups: readonly Group[], figure: Figure) => groups.reduce((total, g) => total + g[figure], 0);

/**
 * Another table that looks the same to the caller — the visible groups unchanged, every figure adding up
 * to the same total, every figure within what anyone knows of it — in which group `r`'s `figure` differs:
 * one unit moved between `r` and another hidden group. Undefined when there is none.
 */
function anotherTable(groups: readonly Group[], hidden: readonly boolean[], r: number, figure: Figure) {
  for (let other = 0; other < groups.length; other++) {
    if (other === r || !hidden[other]) continue;
    for (const [from, to] of [
      [r, other],
      [other, r],
    ]) {
      if (groups[from][figure] - 1 < LOWER[figure]) continue;
      const alternative = groups.map((g) => ({ ...g }));
      alternative[from][figure] -= 1;
      alternative[to][figure] += 1;
      return alternative;
    }
  }
  return undefined;
}

function looksTheSame(a: readonly Group[], b: readonly Group[], hidden: readonly boolean[]): boolean {
  return (
    a.every((g, i) => hidden[i] || ADDITIVE.every((f) => g[f] === b[i][f])) &&
    ADDITIVE.every((f) => sum(a, f) === sum(b, f)) &&
    b.every((g) => ADDITIVE.every((f) => g[f] >= LOWER[f]))
  );
}

describe('small-group suppression: the complementary rule', () => {
  it("hides the vendor's other helsefellesskap too (issue 14: 13 cases, 11 shown, 2 hidden)", () => {
    expect(
      hiddenInLine([
        { group: 'lovesa', cases: 11 },
        { group: 'troms-og-ofoten', cases: 2 },
      ]),
    ).toEqual([true, true]);
  });

  it('hides the next smallest group, ties by id, and no more', () => {
    const groups = [
      { group: 'd', cases: 9 },
      { group: 'c', cases: 6 },
      { group: 'b', cases: 6 },
      { group: 'a', cases: 3 },
    ];
    expect(hiddenInLine(groups)).toEqual([false, false, true, true]);
  });

  it('does not stop at hidden groups of one case each: their sizes would follow from their count', () => {
    const groups = [
      { group: 'a', cases: 1 },
      { group: 'b', cases: 1 },
      { group: 'c', cases: 20 },
    ];
    expect(hiddenInLine(groups)).toEqual([true, true, true]);
  });

  it('leaves a lone group alone: it is the total, hidden with it when small', () => {
    expect(hiddenInLine([{ group: 'total', cases: 3 }])).toEqual([true]);
    expect(hiddenInLine([{ group: 'total', cases: 5 }])).toEqual([false]);
  });

  it('hides the complement of a group an old snapshot hid alone, and nothing more where two were hidden', () => {
    expect(
      hiddenInLine([
        { group: 'a', cases: null },
        { group: 'b', cases: 11 },
      ]),
    ).toEqual([true, true]);
    const twoHidden = [
      { group: 'a', cases: null },
      { group: 'b', cases: null },
      { group: 'c', cases: 7 },
    ];
    expect(hiddenInLine(twoHidden)).toEqual([true, true, false]);
  });

  it('property: no hidden figure follows from the visible ones and the total, every interval on its own', () => {
    let witnessed = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        // Several intervals of one answer, their cells in any order.
        const cells = lines.flatMap((groups, b) =>
          groups.map((g) => ({ ...g, bucket: new Date(Date.UTC(2026, 0, 5 + 7 * b)) })),
        );
        const hiddenSet = hiddenCells(cells);
        // The same whatever order the cells come in (one request's answer must match another's).
        expect(hiddenCells([...cells].reverse())).toEqual(hiddenSet);
        lines.forEach((groups, b) => {
          const hidden = cells
            .filter((c) => c.bucket.getTime() === Date.UTC(2026, 0, 5 + 7 * b))
            .map((c) => hiddenSet.has(c));
          const count = hidden.filter(Boolean).length;

          // Every group under the threshold is hidden; an interval without one hides nothing.
          groups.forEach((g, i) => g.cases < SUPPRESSION_THRESHOLD && expect(hidden[i]).toBe(true));
          if (groups.every((g) => g.cases >= SUPPRESSION_THRESHOLD)) expect(count).toBe(0);
          // The brief's form: in an interval of more than one group, none or at least two are hidden.
          if (groups.length > 1) expect(count === 1).toBe(false);
          // Complements are the smallest: no visible group is smaller than a hidden one over the threshold.
          const smallestVisible = Math.min(...groups.filter((_, i) => !hidden[i]).map((g) => g.cases));
          groups.forEach((g, i) => hidden[i] && expect(g.cases).toBeLessThanOrEqual(smallestVisible));

          // The semantic form: for each hidden group and figure, another table the caller cannot tell
          // apart gives it another value.
          if (groups.length === 1) return; // the group is the total: hidden with it when small
          groups.forEach((g, r) => {
            if (!hidden[r]) return;
            for (const figure of ADDITIVE) {
              const alternative = anotherTable(groups, hidden, r, figure);
              if (alternative) {
                expect(looksTheSame(groups, alternative, hidden)).toBe(true);
                expect(alternative[r][figure]).not.toBe(g[figure]);
                witnessed++;
                continue;
              }
              const hiddenGroups = groups.filter((_, i) => hidden[i]);
              if (figure === 'cases') {
                // Only when every group of the interval holds one case, all hidden (docs: the limits).
                expect({
                  allHidden: count === groups.length,
                  allOnes: hiddenGroups.every((h) => h.cases === 1),
                }).toEqual({
                  allHidden: true,
                  allOnes: true,
                });
              } else {
                // Only a zero: the hidden groups' figure adds up to none (docs: the limits).
                expect(sum(hiddenGroups, figure)).toBe(0);
              }
            }
          });
        });
      }),
      { numRuns: 1_000 },
    );
    expect(witnessed).toBeGreaterThan(500);
  });
});
