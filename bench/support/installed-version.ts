import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';

/** The version of an installed package, so that the report names what was actually measured. */
export function installedVersion(packageName: string): string {
  const manifest = findPackageJSON(packageName, __filename);
  if (!manifest) throw new Error(`${packageName} is not installed`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
