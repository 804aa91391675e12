import { IMPORT_KINDS, type FieldProblem, type ImportKind } from '@lagspill/domain';
import { emptyImportLists, optionalField, type DirectoryImportFile, type ImportEntryOf } from './import-file';

type JsonType = 'string' | 'number' | 'boolean' | 'strings' | Shape;

interface FieldSpec {
  readonly type: JsonType;
  readonly optional?: boolean;
}

/** The fields of a JSON object, in the domain's order of keys (the decider compares systems as JSON). */
interface Shape {
  readonly [key: string]: FieldSpec;
}

const required = (type: JsonType): FieldSpec => ({ type });
const optional = (type: JsonType): FieldSpec => ({ type, optional: true });

const SYSTEM: Shape = {
  vendor: required('string'),
  product: required('string'),
  version: optional('string'),
  integration: required('string'),
};

/** Each kind's entries: the domain's own shapes, plus `active` for what can be deactivated. */
const SHAPES: Readonly<Record<ImportKind, Shape>> = {
  helsefellesskap: {
    id: required('string'),
    name: required('string'),
    hf: required('string'),
    region: required('string'),
  },
  municipalities: {
    number: required('string'),
    name: required('string'),
    helsefellesskap: required('string'),
  },
  parties: {
    id: required('string'),
    kind: required('string'),
    name: required('string'),
    products: required('strings'),
    region: optional('string'),
    contactEmails: required('strings'),
    serviceLevel: required({ firstResponseHours: required('number'), resolutionHours: required('number') }),
    active: optional('boolean'),
  },
  organisations: {
    id: required('string'),
    name: required('string'),
    type: required('string'),
    orgnr: required('string'),
    herId: required('number'),
    municipality: required('string'),
    system: required(SYSTEM),
    multidoseMode: required('string'),
    pharmacyChain: optional('string'),
    multidosePharmacy: optional('string'),
    contactEmails: optional('strings'),
    scheduledSystem: optional({ system: required(SYSTEM), from: required('string') }),
    active: optional('boolean'),
  },
  people: {
    username: required('string'),
    hprNumber: optional('string'),
    name: required('string'),
    role: required('string'),
    organisation: optional('string'),
    party: optional('string'),
    email: optional('string'),
    active: optional('boolean'),
  },
};

/**
 * The entries of a directory import in JSON, `{ "helsefellesskap": [...], "municipalities": [...],
 * "parties": [...], "organisations": [...], "people": [...] }`, each list optional. Checks shapes only:
 * types, required fields and unknown keys, each problem naming its field (`organisations[3].herId`); an
 * entry with a problem is left out. An optional field that is null is left out like an absent one. What
 * the entries must hold beyond that is for planDirectoryImport to say.
 */
export function readDirectoryJson(body: unknown): { file: DirectoryImportFile; problems: FieldProblem[] } {
  const lists = emptyImportLists();
  const problems: FieldProblem[] = [];
  if (!isObject(body)) {
    problems.push({ field: '', message: `must be an object with the lists ${IMPORT_KINDS.join(', ')}` });
    return { file: lists, problems };
  }
  for (const key of Object.keys(body)) {
    if (!(IMPORT_KINDS as readonly string[]).includes(key)) {
      problems.push({ field: key, message: `is not a list of the directory; they are ${IMPORT_KINDS.join(', ')}` });
    }
  }
  for (const kind of IMPORT_KINDS) {
    const entries = body[kind];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      problems.push({ field: kind, message: 'must be a list' });
      continue;
    }
    entries.forEach((value: unknown, index) => {
      const fields = checkObject(value, SHAPES[kind], `${kind}[${index}]`, problems);
      if (fields !== undefined) pushEntry(lists[kind], fields);
    });
  }
  return { file: lists, problems };
}

function pushEntry<K extends ImportKind>(list: ImportEntryOf<K>[], fields: Record<string, unknown>): void {
  const { active, ...entry } = fields;
  // The shape checked the types.
  list.push({ entry, ...optionalField('active', active as boolean | undefined) } as ImportEntryOf<K>);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's fields in the shape's order, or undefined after noting each problem. */
function checkObject(
  value: unknown,
  shape: Shape,
  path: string,
  problems: FieldProblem[],
): Record<string, unknown> | undefined {
  if (!isObject(value)) {
    problems.push({ field: path, message: 'must be an object' });
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) problems.push({ field: `${path}.${key}`, message: 'is not a field of this entry' });
  }
  const fields: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(shape)) {
    const field = `${path}.${key}`;
    const given = value[key];
    if (given !== undefined && given !== null) fields[key] = checkValue(given, spec.type, field, problems);
    else if (spec.optional !== true) problems.push({ field, message: 'must be given' });
  }
  return problems.length === before ? fields : undefined;
}

/** The value as the entry holds it; what is wrong with it goes to `problems`. */
function checkValue(value: unknown, type: JsonType, field: string, problems: FieldProblem[]): unknown {
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== type)
        problems.push({ field, message: type === 'boolean' ? 'must be true or false' : `must be a ${type}` });
      return value;
    case 'strings':
      if (!Array.isArray(value)) problems.push({ field, message: 'must be a list of strings' });
      else value.forEach((item: unknown, index) => checkValue(item, 'string', `${field}[${index}]`, problems));
      return value;
    default:
      return checkObject(value, type, field, problems);
  }
}
