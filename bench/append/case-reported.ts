import { randomUUID } from 'node:crypto';

/** A case reported during the PLL rollout; about 500 bytes as JSON, like the application's own events. */
export type CaseReportedData = {
  readonly caseId: string;
  readonly title: string;
  readonly category: string;
  readonly severity: string;
  readonly reportedAt: string;
  readonly reporter: { readonly hprNumber: string; readonly role: string; readonly organisation: string };
  readonly municipality: { readonly number: string; readonly name: string };
  readonly system: { readonly name: string; readonly vendor: string; readonly version: string };
  readonly description: string;
};

export type CaseReportedMetadata = {
  readonly actor: { readonly id: string; readonly role: string; readonly organisation: string };
  readonly correlationId: string;
  readonly causationId: string;
};

export interface CaseReported {
  readonly type: 'case.reported';
  readonly schemaVersion: 1;
  readonly data: CaseReportedData;
  readonly metadata: CaseReportedMetadata;
}

export function caseReportedBatch(size: number): CaseReported[] {
  const commandId = randomUUID();
  return Array.from({ length: size }, () => caseReported(commandId));
}

/** The size of one event's data and metadata as JSON, in bytes. */
export function caseReportedBytes(): { data: number; metadata: number } {
  const event = caseReported(randomUUID());
  return {
    data: Buffer.byteLength(JSON.stringify(event.data)),
    metadata: Buffer.byteLength(JSON.stringify(event.metadata)),
  };
}

function caseReported(commandId: string): CaseReported {
  return {
    type: 'case.reported',
    schemaVersion: 1,
    data: {
      caseId: randomUUID(),
      title: 'Multidose dispensing stopped after switch to PLL',
      category: 'multidose',
      severity: 'high',
      reportedAt: new Date().toISOString(),
      reporter: { hprNumber: '9144897', role: 'pharmacist', organisation: 'Vitusapotek Storgata, Oslo' },
      municipality: { number: '0301', name: 'Oslo' },
      system: { name: 'EPJ', vendor: 'DIPS', version: '23.2.1' },
      description:
        'After the nursing home moved to the shared medication list, the multidose pharmacy stopped ' +
        'receiving changes for two residents.',
    },
    metadata: {
      actor: { id: randomUUID(), role: 'coordinator', organisation: 'Oslo kommune' },
      correlationId: commandId,
      causationId: commandId,
    },
  };
}
