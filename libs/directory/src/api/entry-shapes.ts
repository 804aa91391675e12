import { DirectoryChangeRejectedError, type FieldProblem } from '@lagspill/domain';

/** What a field of a request body holds; the domain's rules check the values, this only the shapes. */
type FieldShape = 'string' | 'integer' | 'boolean' | 'string[]' | { readonly [field: string]: FieldShape };
export type EntryShape = { readonly [field: string]: FieldShape };

const SYSTEM: EntryShape = { vendor: 'string', product: 'string', version: 'string', integration: 'string' };

export const HELSEFELLESSKAP_SHAPE: EntryShape = { id: 'string', name: 'string', hf: 'string', region: 'string' };
export const MUNICIPALITY_SHAPE: EntryShape = { number: 'string', name: 'string', helsefellesskap: 'string' };
export const ORGANISATION_SHAPE: EntryShape = {
  id: 'string',
  name: 'string',
  type: 'string',
  orgnr: 'string',
  herId: 'integer',
  municipality: 'string',
  system: SYSTEM,
  multidoseMode: 'string',
  multidosePharmacy: 'string',
  pharmacyChain: 'string',
  contactEmails: 'string[]',
  scheduledSystem: { system: SYSTEM, from: 'string' },
};
export const PARTY_SHAPE: EntryShape = {
  id: 'string',
  kind: 'string',
  name: 'string',
  products: 'string[]',
  region: 'string',
  contactEmails: 'string[]',
  serviceLevel: { firstResponseHours: 'integer', resolutionHours: 'integer' },
};
export const PERSON_SHAPE: EntryShape = {
  username: 'string',
  name: 'string',
  role: 'string',
  organisation: 'string',
  party: 'string',
  email: 'string',
  hprNumber: 'string',
};

/** What a change may carry beside the entry's own fields: whether the entry is active. */
export const CHANGE_EXTRAS: EntryShape = { active: 'boolean' };

/**
 * Checks that `body` is an object of `shape`'s fields with values of their types, and returns it. Unknown
 * fields are refused (they would otherwise be stored in the log for ever); `nullable` lets a change remove
 * an optional field with null. Every problem is reported at once, each naming its field.
 */
export function readShape<T>(
  body: unknown,
  shape: EntryShape,
  options: { nullable?: boolean; prefix?: string } = {},
): T {
  const problems: FieldProblem[] = [];
  checkObject(body, shape, options.prefix ?? '', options.nullable ?? false, problems);
  if (problems.length > 0) throw new DirectoryChangeRejectedError(problems);
  return body as T;
}

function checkObject(
  value: unknown,
  shape: EntryShape,
  prefix: string,
  nullable: boolean,
  problems: FieldProblem[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ field: prefix || 'body', message: 'must be a JSON object' });
    return;
  }
  for (const [key, field] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const expected = shape[key];
    if (expected === undefined || !Object.hasOwn(shape, key)) {
      problems.push({ field: path, message: `is not a field here; the fields are ${Object.keys(shape).join(', ')}` });
    } else if (field === null) {
      if (!nullable) problems.push({ field: path, message: 'must not be null' });
    } else if (typeof expected === 'object') {
      checkObject(field, expected, path, false, problems);
    } else if (!hasType(field, expected)) {
      problems.push({ field: path, message: `must be ${DESCRIPTIONS[expected]}` });
    }
  }
}

const DESCRIPTIONS = {
  string: 'a string',
  integer: 'a whole number',
  boolean: 'true or false',
  'string[]': 'a list of strings',
} as const;

function hasType(value: unknown, expected: keyof typeof DESCRIPTIONS): boolean {
  switch (expected) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}
