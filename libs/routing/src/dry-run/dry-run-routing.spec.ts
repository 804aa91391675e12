import type { RoutingRule } from '@lagspill/contracts';
import { Directory } from '@lagspill/domain';
import { DEMO_DIRECTORY } from '@lagspill/directory';
import { DEFAULT_ROUTING_RULES } from '../rules/default-routing-rules';
import { compareRoutings } from './dry-run-routing';
import type { ReportedCase } from './reported-case.repository';

const directory = new Directory(DEMO_DIRECTORY);
const TRIAGE: RoutingRule = { id: 'triage', description: 'Resten', when: {}, target: 'working-group' };
let sequence = 0;

/** A case reported by a demo organisation, with its own system, at `reportedAt` (newest first in a list). */
function reported(organisation: string, category: string, subcategory: string): ReportedCase {
  sequence += 1;
  return {
    caseId: `c-${sequence}`,
    reference: `PLL-2026-${String(sequence).padStart(6, '0')}`,
    category,
    subcategory,
    organisation,
    system: { vendor: directory.organisation(organisation).system.vendor },
    reportedAt: new Date(Date.UTC(2026, 10, 30) - sequence * 3_600_000).toISOString(),
  };
}

describe('compareRoutings', () => {
  const cases = [
    reported('morkved-legesenter', 'sfm', 'gui'), // CGM's GP office: to CGM by default
    reported('bergen-sentrum-legesenter', 'sfm', 'sync'),
    reported('morkved-legesenter', 'collaboration', 'training'), // to Helse Nord's working group
    reported('bodo-hjemmetjeneste', 'multidose', 'packing'), // to the multidose pharmacy's chain
    reported('morkved-legesenter', 'sfm', 'performance'),
  ];
  const current = () => DEFAULT_ROUTING_RULES;

  it('changes nothing when the proposed table is the one in force', () => {
    const same = compareRoutings(cases, current, DEFAULT_ROUTING_RULES, directory);
    expect(same).toMatchObject({ cases: 5, changed: 0, sample: [] });
    expect(same.targets.every((t) => t.current === t.proposed)).toBe(true);
    expect(same.targets.reduce((sum, t) => sum + t.current, 0)).toBe(5);
  });

  it('counts each party under both tables and samples the changed cases, newest first, with the rules that decided', () => {
    const proposed: RoutingRule[] = [
      { id: 'sfm-to-nhn', description: 'SFM til NHN', when: { category: 'sfm' }, target: { party: 'nhn' } },
      ...DEFAULT_ROUTING_RULES,
    ];
    const result = compareRoutings(cases, current, proposed, directory);
    expect(result).toMatchObject({ cases: 5, changed: 3 });
    expect(result.targets.find((t) => t.party === 'nhn')).toEqual({ party: 'nhn', current: 0, proposed: 3 });
    const before = compareRoutings(cases, current, DEFAULT_ROUTING_RULES, directory).targets;
    const cgm = before.find((t) => t.party === 'cgm');
    expect(result.targets.find((t) => t.party === 'cgm')).toEqual({ party: 'cgm', current: cgm?.current, proposed: 0 });
    expect(result.sample.map((c) => c.reference)).toEqual([cases[0], cases[1], cases[4]].map((c) => c.reference));
    expect(result.sample[0]).toEqual({
      caseId: cases[0].caseId,
      reference: cases[0].reference,
      category: 'sfm',
      subcategory: 'gui',
      reportedAt: cases[0].reportedAt,
      current: { party: 'cgm', rule: DEFAULT_ROUTING_RULES.findIndex((r) => r.id === 'sfm-from-gp-to-epj-vendor') },
      proposed: { party: 'nhn', rule: 0 },
    });
    // Most cases first, under either table.
    const sizes = result.targets.map((t) => Math.max(t.current, t.proposed));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('routes each case by the table in force in its own region now', () => {
    const byRegion = (region: string) =>
      region === 'helse-vest'
        ? [{ id: 'vest-sfm', description: 'SFM', when: { category: 'sfm' }, target: { party: 'nhn' } }, TRIAGE]
        : DEFAULT_ROUTING_RULES;
    const result = compareRoutings(cases, byRegion, DEFAULT_ROUTING_RULES, directory);
    expect(result.changed).toBe(1);
    expect(result.sample).toEqual([
      expect.objectContaining({ reference: cases[1].reference, current: { party: 'nhn', rule: 0 } }),
    ]);
  });

  it('keeps the sample to its size but counts every change', () => {
    const proposed = [TRIAGE];
    const result = compareRoutings(cases, current, proposed, directory, 2);
    expect(result.changed).toBe(4); // all but the collaboration case, which already went to the working group
    expect(result.sample).toHaveLength(2);
  });

  it('leaves out a case whose organisation the directory no longer knows', () => {
    const gone = { ...reported('morkved-legesenter', 'sfm', 'gui'), organisation: 'nedlagt-legekontor' };
    expect(compareRoutings([gone, ...cases], current, [TRIAGE], directory).cases).toBe(5);
  });
});
