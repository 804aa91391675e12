import type { Directory } from '../directory/directory';
import { findSubcategory } from '../taxonomy/taxonomy';
import { ReportRejectedError } from './errors/report-rejected.error';
import { reportedSystem, type ReportedSystem } from './reported-system';

/** A report's subcategory must be one of its category's. */
export function requireSubcategoryOf(category: string, subcategory: string): void {
  if (!findSubcategory(category, subcategory)) {
    throw new ReportRejectedError('subcategory', `"${subcategory}" is not a subcategory of ${category}`);
  }
}

/**
 * The system a report is about, as its case records it: the vendor must be a known party that makes
 * systems (not a working group), and the product is spelled as the directory lists it when the vendor
 * lists it; any other name is free text the vendor will read, and screened like it.
 */
export function reportedSystemIn(
  directory: Directory,
  system: { readonly vendor: string; readonly product: string; readonly version?: string },
): ReportedSystem {
  if (!directory.hasParty(system.vendor) || directory.party(system.vendor).kind === 'working-group') {
    throw new ReportRejectedError('system.vendor', `"${system.vendor}" is not a known vendor`);
  }
  const wanted = system.product.trim().toLocaleLowerCase('nb');
  const listed = directory.party(system.vendor).products.find((p) => p.toLocaleLowerCase('nb') === wanted);
  return reportedSystem({ ...system, product: listed ?? system.product });
}
