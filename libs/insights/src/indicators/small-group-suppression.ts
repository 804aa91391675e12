/** Groups with fewer cases than this are suppressed for everyone but coordinators. */
export const SUPPRESSION_THRESHOLD = 5;

/**
 * One group of a *line*: the groups of one interval in one grouping, whose figures add up to the
 * interval's total (which anyone may ask for). `cases` is null where it is hidden already and unknown
 * (a snapshot published before the complementary rule).
 */
export interface LineMember {
  readonly group: string;
  readonly cases: number | null;
}

/**
 * Which groups of a line to hide (docs/indicators.md, "Small groups"):
 * 1. every group with fewer than SUPPRESSION_THRESHOLD cases (primary);
 * 2. then, while the hidden groups could be told apart by subtracting the visible ones from the total —
 *    exactly one hidden, or all hidden ones holding one case each (a listed group holds at least one) —
 *    also the visible group with the fewest cases (ties: by group id), so that their sum is all one learns.
 * A line without a visible group left stays as it is: a lone group is the total itself, hidden with it.
 */
export function hiddenInLine(members: readonly LineMember[], threshold = SUPPRESSION_THRESHOLD): boolean[] {
  const hidden = members.map((member) => member.cases === null || member.cases < threshold);
  const exposed = () => {
    const hiddenCases = members.filter((_, i) => hidden[i]).map((member) => member.cases);
    if (hiddenCases.length === 0) return false;
    // Unknown sizes (old snapshots) give the benefit of the doubt: they hid only the groups under five.
    const allOnes = hiddenCases.every((cases) => cases === 1);
    return hiddenCases.length === 1 || allOnes;
  };
  while (exposed()) {
    let next = -1;
    for (let i = 0; i < members.length; i++) {
      if (hidden[i]) continue;
      const fewer =
        next === -1 ||
        (members[i].cases as number) < (members[next].cases as number) ||
        (members[i].cases === members[next].cases && members[i].group < members[next].group);
      if (fewer) next = i;
    }
    if (next === -1) break;
    hidden[next] = true;
  }
  return hidden;
}

/**
 * Which of the cells of one grouping to hide, each interval a line of its own; the intervals of one
 * answer never overlap, so no sum across them is in it.
 */
export function hiddenCells<C extends { readonly bucket: Date; readonly group: string; readonly cases: number }>(
  cells: readonly C[],
  threshold = SUPPRESSION_THRESHOLD,
): Set<C> {
  const lines = new Map<number, C[]>();
  for (const cell of cells) {
    const line = lines.get(cell.bucket.getTime());
    if (line) line.push(cell);
    else lines.set(cell.bucket.getTime(), [cell]);
  }
  const hidden = new Set<C>();
  for (const line of lines.values()) {
    hiddenInLine(line, threshold).forEach((hide, i) => hide && hidden.add(line[i]));
  }
  return hidden;
}
