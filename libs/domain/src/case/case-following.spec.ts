import type { ActorRef } from './case-events';
import type { Viewer } from './case-access';
import {
  CASE_FOLLOWED,
  CASE_UNFOLLOWED,
  decideFollowing,
  foldFollowers,
  holderOfViewer,
  pastHolders,
} from './case-following';

const AT = '2026-12-03T10:00:00.000Z';
const KARI: ActorRef = {
  username: 'lege.cgm',
  name: 'Kari Nordmann',
  role: 'reporter',
  organisation: 'morkved-legesenter',
};

describe('following a case', () => {
  it.each([
    [[], true, CASE_FOLLOWED],
    [['lege.cgm'], false, CASE_UNFOLLOWED],
    [['lege.cgm'], true, undefined],
    [[], false, undefined],
    [['support.cgm'], true, CASE_FOLLOWED],
    [['support.cgm'], false, undefined],
  ] as const)('with followers %j, asking to follow (%s) gives %s', (followers, follow, type) => {
    const decided = decideFollowing(followers, 'c1', KARI, follow, AT);
    expect(decided?.type).toBe(type);
    if (decided) expect(decided.data).toEqual({ caseId: 'c1', follower: KARI, at: AT });
  });

  it('folds follows and stops into the people following now, each once', () => {
    const event = (type: typeof CASE_FOLLOWED | typeof CASE_UNFOLLOWED, username: string) => ({
      type,
      data: { caseId: 'c1', follower: { ...KARI, username }, at: AT },
    });
    const folded = [
      event(CASE_FOLLOWED, 'a'),
      event(CASE_FOLLOWED, 'b'),
      event(CASE_FOLLOWED, 'a'),
      event(CASE_UNFOLLOWED, 'b'),
      event(CASE_UNFOLLOWED, 'c'),
    ].reduce(foldFollowers, [] as readonly string[]);
    expect(folded).toEqual(['a']);
  });

  it('names the holders a case has left, not the one it is with', () => {
    expect(pastHolders(['cgm', 'nhn', 'organisation:ronvik-legesenter'], 'nhn')).toEqual([
      'cgm',
      'organisation:ronvik-legesenter',
    ]);
    expect(pastHolders(['cgm'], undefined)).toEqual(['cgm']);
  });

  it.each<[Viewer, string | undefined]>([
    [{ role: 'responder', party: 'cgm' }, 'cgm'],
    [{ role: 'coordinator', party: 'arbeidsgruppe-nord', region: 'helse-nord' }, 'arbeidsgruppe-nord'],
    [{ role: 'reporter', organisation: 'ronvik-legesenter' }, 'organisation:ronvik-legesenter'],
    [{ role: 'system', organisation: 'ronvik-legesenter' }, 'organisation:ronvik-legesenter'],
    [{ role: 'reporter' }, undefined],
    [{ role: 'admin' }, undefined],
  ])('takes %j to act for %s', (viewer, holder) => expect(holderOfViewer(viewer)).toBe(holder));
});
