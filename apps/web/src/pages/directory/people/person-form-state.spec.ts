import type { PersonEntry } from '../../../api/types';
import { newPersonBody, personChanges, personDraftOf, personDraftProblems } from './person-form-state';

const REPORTER: PersonEntry = {
  version: 7,
  username: 'lege.cgm',
  name: 'Kari Nordmann',
  role: 'reporter',
  organisation: 'morkved-legesenter',
  email: 'kari@morkved.example.no',
  hprNumber: '1234567',
};

describe('the person form', () => {
  it('moves a reporter to a party when the role becomes responder', () => {
    const draft = { ...personDraftOf(REPORTER), role: 'responder', party: 'cgm' };
    expect(personChanges(REPORTER, draft)).toEqual({ role: 'responder', organisation: null, party: 'cgm' });
  });

  it('asks whom a person belongs to before sending', () => {
    expect(personDraftProblems({ ...personDraftOf(REPORTER), role: 'coordinator', party: '' })).toHaveProperty('party');
    expect(personDraftProblems({ ...personDraftOf(REPORTER), role: 'admin' })).toEqual({});
  });

  it('removes an HPR number with null, and deactivates with active: false', () => {
    expect(personChanges(REPORTER, { ...personDraftOf(REPORTER), hprNumber: '', active: false })).toEqual({
      hprNumber: null,
      active: false,
    });
  });

  it('enrols without the affiliation the role does not have', () => {
    expect(newPersonBody({ ...personDraftOf(REPORTER), role: 'admin', username: 'drift2' })).toEqual({
      username: 'drift2',
      name: 'Kari Nordmann',
      role: 'admin',
      email: 'kari@morkved.example.no',
      hprNumber: '1234567',
    });
  });
});
