import { redactText } from '../privacy/screened-text';
import type { CaseReportedData } from './case-events';

export type ReportedSystem = CaseReportedData['system'];

/** A system as a case records it: product and version are shown to the vendor, so they are screened. */
export function reportedSystem(system: {
  readonly vendor: string;
  readonly product: string;
  readonly version?: string;
}): ReportedSystem {
  return {
    vendor: system.vendor,
    product: redactText(system.product),
    ...(system.version ? { version: redactText(system.version) } : {}),
  };
}
