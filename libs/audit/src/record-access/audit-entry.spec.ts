import { auditEntryFor, type FinishedCall } from './audit-entry';

const CASE_ID = '0192f1e4-7c3a-7b4e-9d2a-3f6b8c1d2e4f';

function call(overrides: Partial<FinishedCall> = {}): FinishedCall {
  return {
    at: new Date('2026-12-01T10:00:00Z'),
    method: 'GET',
    route: '/api/cases/:id',
    params: { id: CASE_ID },
    caller: { username: 'support.cgm', role: 'responder', party: { id: 'cgm' } },
    answeredCase: undefined,
    status: 200,
    ...overrides,
  };
}

describe('auditEntryFor', () => {
  it('records a read of a case with who, what and the outcome', () => {
    expect(auditEntryFor(call())).toEqual({
      at: new Date('2026-12-01T10:00:00Z'),
      username: 'support.cgm',
      role: 'responder',
      organisation: undefined,
      party: 'cgm',
      action: 'case.read',
      caseId: CASE_ID,
      caseReference: undefined,
      subject: undefined,
      method: 'GET',
      route: '/api/cases/:id',
      status: 200,
    });
  });

  it('names the case by both id and reference once the answer was a case', () => {
    const entry = auditEntryFor(
      call({ params: { id: 'PLL-2026-000001' }, answeredCase: { id: CASE_ID, reference: 'PLL-2026-000001' } }),
    );
    expect(entry).toMatchObject({ caseId: CASE_ID, caseReference: 'PLL-2026-000001' });
  });

  it('records every change, even on a route it has no name for', () => {
    expect(auditEntryFor(call({ method: 'DELETE', route: '/api/something/:id', params: { id: 'x1' } }))).toMatchObject({
      action: 'DELETE /api/something/:id',
      subject: 'x1',
    });
  });

  it('leaves out lists, unmatched routes, the dev login and calls without a verified caller', () => {
    expect(auditEntryFor(call({ route: '/api/cases', params: {} }))).toBeUndefined();
    expect(auditEntryFor(call({ route: undefined }))).toBeUndefined();
    expect(auditEntryFor(call({ method: 'POST', route: '/api/dev/token' }))).toBeUndefined();
    expect(auditEntryFor(call({ caller: undefined, status: 401 }))).toBeUndefined();
  });

  it('never keeps an identity number or free text from the path', () => {
    expect(auditEntryFor(call({ params: { id: '01018010018' }, status: 404 }))).toMatchObject({
      caseReference: undefined,
    });
    expect(auditEntryFor(call({ params: { id: 'Ola Nordmann' }, status: 404 }))).toMatchObject({
      caseReference: undefined,
    });
  });
});
