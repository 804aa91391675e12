import type { ActorRef, CaseReportedData, ScreenedText, ServiceLevel } from '@lagspill/domain';
import { redactText, reportedSystem } from '@lagspill/domain';

/** Test data for casework specs: demo-directory actors and a report builder. */
export const ACTORS = {
  reporter: { username: 'lege.cgm', name: 'Kari Nordmann', role: 'reporter', organisation: 'morkved-legesenter' },
  otherReporter: { username: 'lege.eg', name: 'Ingrid Johansen', role: 'reporter', organisation: 'tromso-legesenter' },
  cgm: { username: 'support.cgm', name: 'Jonas Kristiansen', role: 'responder', party: 'cgm' },
  nhn: { username: 'kundesenter.nhn', name: 'Nina Haugen', role: 'responder', party: 'nhn' },
  coordinator: { username: 'koordinator.nord', name: 'Hanne Bakken', role: 'coordinator', party: 'arbeidsgruppe-nord' },
  routing: { username: 'lagspill', name: 'Lagspill', role: 'system' },
} as const satisfies Record<string, ActorRef>;

export const SERVICE_LEVEL: ServiceLevel = { firstResponseHours: 24, resolutionHours: 240 };

export const plain = (text: string): ScreenedText => ({ text: redactText(text), piiRedacted: 0 });

let sequence = 0;

export function aReport(overrides: Partial<CaseReportedData> = {}): CaseReportedData {
  sequence += 1;
  const caseId = overrides.caseId ?? `case-${process.pid}-${Date.now()}-${sequence}`;
  return {
    caseId,
    reference: `PLL-2026-${String(sequence).padStart(6, '0')}-${caseId.slice(-6)}`,
    category: 'multidose',
    subcategory: 'paper-and-emd',
    title: plain('Pasient på papirmultidose har også PLL'),
    description: plain('Legemiddellisten viser feil dose'),
    occurredAt: '2026-11-20T09:00:00.000Z',
    reportedAt: '2026-11-20T09:30:00.000Z',
    reporter: ACTORS.reporter,
    system: reportedSystem({ vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' }),
    multidoseMode: 'paper',
    harm: 'none',
    scope: { multiplePatients: false, multipleOrganisations: false },
    technical: {},
    ...overrides,
  };
}
