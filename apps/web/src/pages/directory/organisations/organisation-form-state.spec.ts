import type { OrganisationEntry } from '../../../api/types';
import {
  newOrganisationBody,
  organisationChanges,
  organisationDraftOf,
  organisationDraftProblems,
} from './organisation-form-state';

const ENTRY: OrganisationEntry = {
  version: 12,
  id: 'morkved-legesenter',
  name: 'Mørkved legesenter',
  type: 'gp-office',
  orgnr: '974123916',
  herId: 81230001,
  municipality: '1804',
  system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2', integration: 'sfm-full' },
  multidoseMode: 'electronic',
  multidosePharmacy: 'apotek1-multidose-bodo',
  contactEmails: ['post@morkved.example.no'],
  municipalityName: 'Bodø',
  region: 'helse-nord',
};

describe('the organisation form', () => {
  it('changes nothing when nothing was touched', () => {
    expect(organisationChanges(ENTRY, organisationDraftOf(ENTRY))).toEqual({});
  });

  it('sends only what changed, with null for what was emptied', () => {
    const draft = {
      ...organisationDraftOf(ENTRY),
      name: ' Mørkved legesenter AS ',
      contactEmails: '',
      multidosePharmacy: '',
    };
    expect(organisationChanges(ENTRY, draft)).toEqual({
      name: 'Mørkved legesenter AS',
      contactEmails: null,
      multidosePharmacy: null,
    });
  });

  it('plans a switch of system, and cancels it with null', () => {
    const planned = {
      ...organisationDraftOf(ENTRY),
      switchPlanned: true,
      newVendor: 'pridok',
      newProduct: 'Pridok',
      newIntegration: 'sfm-full',
      switchFrom: '2099-01-01',
    };
    const changes = organisationChanges(ENTRY, planned);
    expect(changes).toEqual({
      scheduledSystem: { system: { vendor: 'pridok', product: 'Pridok', integration: 'sfm-full' }, from: '2099-01-01' },
    });
    const withSwitch = { ...ENTRY, scheduledSystem: changes.scheduledSystem ?? undefined };
    expect(organisationChanges(withSwitch, { ...organisationDraftOf(withSwitch), switchPlanned: false })).toEqual({
      scheduledSystem: null,
    });
  });

  it('names the planned switch again with a new system today, which would otherwise cancel it', () => {
    const withSwitch: OrganisationEntry = {
      ...ENTRY,
      scheduledSystem: { system: { vendor: 'pridok', product: 'Pridok', integration: 'sfm-full' }, from: '2099-01-01' },
    };
    const changes = organisationChanges(withSwitch, { ...organisationDraftOf(withSwitch), version: '8.4.3' });
    expect(changes.system).toEqual({
      vendor: 'cgm',
      product: 'CGM Journal',
      version: '8.4.3',
      integration: 'sfm-full',
    });
    expect(changes.scheduledSystem).toEqual(withSwitch.scheduledSystem);
  });

  it('deactivates with active: false', () => {
    expect(organisationChanges(ENTRY, { ...organisationDraftOf(ENTRY), active: false })).toEqual({ active: false });
  });

  it('asks for a HER-id that is a whole number before sending', () => {
    expect(organisationDraftProblems({ ...organisationDraftOf(ENTRY), herId: '12.5' })).toHaveProperty('herId');
  });

  it('registers with every field the server needs, and without empty optional ones', () => {
    const { id, ...rest } = newOrganisationBody({
      ...organisationDraftOf(ENTRY),
      contactEmails: '',
      multidosePharmacy: '',
    });
    expect(id).toBe('morkved-legesenter');
    expect(rest).toEqual({
      name: 'Mørkved legesenter',
      type: 'gp-office',
      orgnr: '974123916',
      herId: 81230001,
      municipality: '1804',
      system: ENTRY.system,
      multidoseMode: 'electronic',
    });
  });
});
