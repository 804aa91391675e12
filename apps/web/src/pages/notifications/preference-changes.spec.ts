import type { NotificationPreferences } from '../../api/types';
import { preferenceChanges } from './preference-changes';

const saved: NotificationPreferences = {
  email: 'kari.nordmann@morkved-legesenter.example.no',
  kinds: [
    { kind: 'case-acknowledged', label: 'Saken min er tatt imot', enabled: true },
    { kind: 'public-comment', label: 'Ny kommentar i saken min', enabled: true },
    { kind: 'case-resolved', label: 'Saken min er løst', enabled: false },
  ],
};

describe('notification preference changes', () => {
  it('sends only the kinds that differ from what is saved', () => {
    expect(preferenceChanges(saved, { 'public-comment': false, 'case-resolved': true })).toEqual({
      kinds: { 'public-comment': false, 'case-resolved': true },
    });
  });

  it('has nothing to save when no switch was touched, or each was turned back', () => {
    expect(preferenceChanges(saved, {})).toBeNull();
    expect(preferenceChanges(saved, { 'case-acknowledged': true, 'case-resolved': false })).toBeNull();
  });

  it('ignores kinds the role may not choose', () => {
    expect(preferenceChanges(saved, { 'sla-breached': true })).toBeNull();
  });
});
