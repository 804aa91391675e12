import { detectClusters, type ClusterReport } from './cluster-detection';

const day = (d: number) => new Date(Date.UTC(2026, 10, 1) + d * 86_400_000).toISOString();
let n = 0;
const report = (organisation: string, d: number, overrides: Partial<ClusterReport> = {}): ClusterReport => ({
  caseId: `c${++n}`,
  organisation,
  region: 'helse-nord',
  reportedAt: day(d),
  system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
  category: 'sfm',
  subcategory: 'sync',
  ...overrides,
});

describe('cluster detection', () => {
  it('finds one fault from three organisations within the window', () => {
    const found = detectClusters([report('a', 0), report('b', 2), report('c', 6)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ organisations: ['a', 'b', 'c'], versions: ['8.4.2'], regions: ['helse-nord'] });
    expect(found[0].id).toMatch(/^cl-[0-9a-f]{16}$/);
  });

  it('needs three different organisations within one window', () => {
    expect(detectClusters([report('a', 0), report('a', 1), report('b', 2)])).toEqual([]);
    expect(detectClusters([report('a', 0), report('b', 5), report('c', 13)])).toEqual([]);
    expect(
      detectClusters([report('a', 0), report('b', 5), report('c', 13)], { windowDays: 14, minOrganisations: 3 }),
    ).toHaveLength(1);
  });

  it("does not chain a busy system's reports into one long suggestion", () => {
    const steady = [report('a', 0), report('b', 5), report('c', 10), report('d', 15), report('e', 20)];
    expect(detectClusters(steady)).toEqual([]);
    const weekly = [...steady, report('f', 22), report('g', 23)];
    const [found] = detectClusters(weekly);
    expect(found.organisations).toEqual(['e', 'f', 'g']);
  });

  it('keeps different systems, versions and faults apart; a report without a version joins its product', () => {
    const mixed = [
      report('a', 0),
      report('b', 1, { system: { vendor: 'cgm', product: 'CGM Journal', version: '8.5.0' } }),
      report('c', 1, { subcategory: 'gui' }),
      report('d', 2, { system: { vendor: 'pridok', product: 'Pridok' } }),
    ];
    expect(detectClusters(mixed)).toEqual([]);
    const withUnknown = [
      report('a', 0),
      report('b', 1),
      report('c', 2, { system: { vendor: 'cgm', product: 'CGM Journal' } }),
    ];
    expect(detectClusters(withUnknown)).toHaveLength(1);
  });

  it('keeps the id while the cluster grows', () => {
    const first = [report('a', 0), report('b', 1), report('c', 2)];
    const [before] = detectClusters(first);
    const [after] = detectClusters([...first, report('d', 3)]);
    expect(after.id).toBe(before.id);
    expect(after.organisations).toHaveLength(4);
  });
});
