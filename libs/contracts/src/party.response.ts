import type { PartyKind, ServiceLevel } from '@lagspill/domain';

/** A responding party as clients see it (contact addresses stay inside). */
export interface PartyResponse {
  readonly id: string;
  readonly kind: PartyKind;
  readonly name: string;
  readonly products: readonly string[];
  readonly region?: string;
  readonly serviceLevel: ServiceLevel;
}
