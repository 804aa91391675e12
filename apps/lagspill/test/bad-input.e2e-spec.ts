import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import type { Response, Test } from 'supertest';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { NEW_NORD_ORGANISATION } from '../../../test/support/new-organisation';
import { registeredRoutes } from '../../../test/support/registered-routes';
import { CaseApi, PROBLEM, sfmSyncReport, type CaseBody } from './support/case-api';

/**
 * Generated bad requests against every write endpoint, and against every read endpoint with a date filter.
 * Each request is a valid call by a caller allowed to make it, with exactly one defect that must get it
 * refused; so every answer must be a 4xx problem, and the stored data must be exactly as before. Repeat a
 * run with FC_SEED=<seed>.
 */
const SEED = Number(process.env.FC_SEED ?? 20261201);
/**
 * The generated requests of a run, shared out evenly over the endpoints: every defect family is drawn many
 * times over on each, and a new endpoint does not lengthen the suite.
 */
const REQUESTS = 10_200;
const PARALLEL = 24;

/**
 * What a field holds, so that a defect can give it something else. `date`: a date or a date-time (the
 * filters); `date-time`: a full date-time only (occurredAt). docs/api.md, "Dates and times".
 */
type Kind = 'text' | 'code' | 'boolean' | 'object' | 'date' | 'date-time';

interface Endpoint {
  readonly method: 'post' | 'put' | 'patch' | 'delete';
  readonly path: (ids: Ids) => string;
  readonly username: string;
  /** A valid body, and the kind of each field a defect may break (nested as `scope.multiplePatients`). */
  readonly body?: (ids: Ids) => Record<string, unknown>;
  readonly fields?: Readonly<Record<string, Kind>>;
  /** Fields the body may leave out (all of a partial update's): leaving one out is no defect. */
  readonly optional?: readonly string[];
  /** Sends `If-Match` with the case's version: a defect may break it instead. */
  readonly ifMatch?: boolean;
  readonly idempotencyKey?: boolean;
  /** Takes a form, not JSON. */
  readonly form?: boolean;
  /** Reads the bytes and tells their encoding itself (an Excel CSV is Windows-1252): a charset is no defect. */
  readonly decodesItself?: boolean;
}

/** A read endpoint: a valid query, and the kind of each parameter a defect may break. */
interface QueryEndpoint {
  readonly path: string;
  readonly username: string;
  readonly query: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, Kind>>;
}

interface Ids {
  readonly caseId: string;
  readonly version: number;
  readonly reference: string;
  readonly rules: unknown;
}

const caseCommand = (action: string, username: string, fields?: Record<string, Kind>, body?: Record<string, unknown>) =>
  ({
    method: 'post',
    path: (ids: Ids) => `/api/cases/${ids.caseId}/${action}`,
    username,
    ifMatch: true,
    ...(body ? { body: () => body, fields } : {}),
  }) as const;

/** Publishing a routing rule table, or its dry run: the body is the table now in force. */
const ruleTable = (method: 'put' | 'post', path: string, username: string): Endpoint => ({
  method,
  path: () => path,
  username,
  body: (ids) => ({ rules: ids.rules }),
  fields: { rules: 'object' },
});

/** A change to a directory entry: any one field, so leaving it out is no defect. */
const directoryChange = (path: string, body: Record<string, unknown>, fields: Record<string, Kind>): Endpoint => ({
  method: 'patch',
  path: () => path,
  username: 'admin',
  body: () => body,
  fields,
  optional: Object.keys(fields),
});

const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  'POST /api/reports': {
    method: 'post',
    path: () => '/api/reports',
    username: 'lege.cgm',
    body: () => sfmSyncReport(),
    fields: {
      category: 'code',
      subcategory: 'code',
      title: 'text',
      description: 'text',
      occurredAt: 'date-time',
      multidoseMode: 'code',
      harm: 'code',
      scope: 'object',
      'scope.multiplePatients': 'boolean',
      'scope.multipleOrganisations': 'boolean',
      technical: 'object',
      'technical.traceId': 'text',
    },
    optional: ['technical'],
    idempotencyKey: true,
  },
  'POST acknowledge': caseCommand('acknowledge', 'support.cgm'),
  'POST comments': caseCommand(
    'comments',
    'support.cgm',
    { body: 'text', visibility: 'code' },
    { body: 'Vi ser på saken.', visibility: 'public' },
  ),
  'POST request-information': caseCommand(
    'request-information',
    'support.cgm',
    { question: 'text' },
    { question: 'Hvilken versjon?' },
  ),
  'POST provide-information': caseCommand(
    'provide-information',
    'lege.cgm',
    { answer: 'text' },
    { answer: 'Versjon 8.4.2' },
  ),
  'POST forward': caseCommand(
    'forward',
    'support.cgm',
    { party: 'code', reason: 'text' },
    { party: 'nhn', reason: 'Feil i SFM' },
  ),
  'POST resolve': caseCommand('resolve', 'support.cgm', { resolution: 'text' }, { resolution: 'Rettet i 8.4.3' }),
  'POST reopen': caseCommand('reopen', 'lege.cgm', { reason: 'text' }, { reason: 'Feilen er tilbake' }),
  'POST close': caseCommand('close', 'lege.cgm'),
  'POST concerned-organisation': caseCommand(
    'concerned-organisation',
    'koordinator.nord',
    { organisation: 'code' },
    { organisation: 'ronvik-legesenter' },
  ),
  'POST identity-sharing': caseCommand('identity-sharing', 'lege.cgm', { share: 'boolean' }, { share: true }),
  'PUT following': { method: 'put', path: (ids) => `/api/cases/${ids.caseId}/following`, username: 'support.cgm' },
  'DELETE following': {
    method: 'delete',
    path: (ids) => `/api/cases/${ids.caseId}/following`,
    username: 'support.cgm',
  },
  'POST link': {
    ...caseCommand('link', 'support.cgm'),
    body: (ids) => ({ case: ids.reference, relation: 'related' }),
    fields: { case: 'code', relation: 'code' },
  },
  'PUT /api/routing/rules': ruleTable('put', '/api/routing/rules', 'koordinator.nord'),
  'PUT /api/routing/regions/{region}/rules': ruleTable(
    'put',
    '/api/routing/regions/helse-nord/rules',
    'koordinator.nord',
  ),
  'PUT /api/routing/national/rules': ruleTable('put', '/api/routing/national/rules', 'admin'),
  'POST /api/routing/rules/dry-run': ruleTable('post', '/api/routing/rules/dry-run', 'koordinator.nord'),
  'POST /api/routing/regions/{region}/rules/dry-run': ruleTable(
    'post',
    '/api/routing/regions/helse-nord/rules/dry-run',
    'koordinator.nord',
  ),
  'POST /api/routing/national/rules/dry-run': ruleTable('post', '/api/routing/national/rules/dry-run', 'admin'),
  'POST /api/saved-filters': {
    method: 'post',
    path: () => '/api/saved-filters',
    username: 'koordinator.nord',
    body: () => ({ name: 'Åpne multidosesaker', filters: { status: 'routed', category: 'multidose' } }),
    fields: { name: 'text', filters: 'object', 'filters.status': 'code', 'filters.category': 'code' },
  },
  'DELETE /api/saved-filters/{id}': {
    method: 'delete',
    path: () => `/api/saved-filters/${randomUUID()}`,
    username: 'koordinator.nord',
  },
  'DELETE /api/webhooks/{id}': {
    method: 'delete',
    path: () => `/api/webhooks/${randomUUID()}`,
    username: 'support.cgm',
  },
  'POST /api/directory/helsefellesskap': {
    method: 'post',
    path: () => '/api/directory/helsefellesskap',
    username: 'admin',
    body: () => ({
      id: 'fjordbyen',
      name: 'Helsefellesskap Fjordbyen',
      hf: 'Nordlandssykehuset',
      region: 'helse-nord',
    }),
    fields: { id: 'code', name: 'text', hf: 'text', region: 'code' },
  },
  'POST /api/directory/municipalities': {
    method: 'post',
    path: () => '/api/directory/municipalities',
    username: 'admin',
    body: () => ({ number: '1899', name: 'Fjordbyen', helsefellesskap: 'lovesa' }),
    fields: { number: 'code', name: 'text', helsefellesskap: 'code' },
  },
  'PATCH /api/directory/municipalities/{number}': directoryChange(
    '/api/directory/municipalities/1804',
    { helsefellesskap: 'lovesa' },
    { helsefellesskap: 'code' },
  ),
  'POST /api/directory/organisations': {
    method: 'post',
    path: () => '/api/directory/organisations',
    username: 'admin',
    body: () => ({ ...NEW_NORD_ORGANISATION, contactEmails: ['post@fjordbyen.example.no'] }),
    fields: {
      id: 'code',
      name: 'text',
      type: 'code',
      orgnr: 'code',
      municipality: 'code',
      system: 'object',
      'system.vendor': 'code',
      'system.integration': 'code',
      contactEmails: 'object',
    },
    optional: ['orgnr', 'system', 'contactEmails', 'multidoseMode', 'multidosePharmacy'],
  },
  'PATCH /api/directory/organisations/{id}': directoryChange(
    '/api/directory/organisations/morkved-legesenter',
    { name: 'Mørkved legesenter', active: true },
    { name: 'text', active: 'boolean' },
  ),
  'POST /api/directory/parties': {
    method: 'post',
    path: () => '/api/directory/parties',
    username: 'admin',
    body: () => ({
      id: 'fjordjournal',
      kind: 'vendor',
      name: 'Fjordjournal AS',
      products: ['Fjordjournal'],
      contactEmails: ['support@fjordjournal.example.no'],
    }),
    fields: { id: 'code', kind: 'code', name: 'text', products: 'object', contactEmails: 'object' },
    optional: ['products', 'contactEmails'],
  },
  'PATCH /api/directory/parties/{id}': directoryChange(
    '/api/directory/parties/cgm',
    { name: 'CompuGroup Medical (CGM)' },
    { name: 'text' },
  ),
  'POST /api/directory/people': {
    method: 'post',
    path: () => '/api/directory/people',
    username: 'admin',
    body: () => ({
      username: 'fjord.lege',
      name: 'Fjord Lege',
      role: 'reporter',
      organisation: 'morkved-legesenter',
      email: 'fjord@morkved.example.no',
    }),
    fields: { username: 'code', name: 'text', role: 'code', organisation: 'code', email: 'code' },
    optional: ['email'],
  },
  'PATCH /api/directory/people/{username}': directoryChange(
    '/api/directory/people/lege.cgm',
    { name: 'Kari Nordmann' },
    { name: 'text' },
  ),
  'POST /api/directory/imports': {
    method: 'post',
    path: () => '/api/directory/imports?dryRun=true',
    username: 'admin',
    body: () => ({ organisations: [] }),
    fields: { organisations: 'object' },
    optional: ['organisations'],
    decodesItself: true,
  },
  'POST /api/enrolment-requests': {
    method: 'post',
    path: () => '/api/enrolment-requests',
    username: 'ny.fuzz',
    body: () => ({ organisation: 'morkved-legesenter', email: 'ny@morkved.example.no', message: 'Ny fra mars.' }),
    fields: { organisation: 'code', email: 'code', message: 'text' },
    optional: ['email', 'message'],
  },
  'POST /api/enrolment-requests/{id}/approve': {
    method: 'post',
    path: () => `/api/enrolment-requests/${randomUUID()}/approve`,
    username: 'koordinator.nord',
  },
  'POST /api/enrolment-requests/{id}/refuse': {
    method: 'post',
    path: () => `/api/enrolment-requests/${randomUUID()}/refuse`,
    username: 'koordinator.nord',
    body: () => ({ reason: 'Ukjent' }),
    fields: { reason: 'text' },
  },
  'POST /api/clusters/{id}/confirm': {
    method: 'post',
    path: () => `/api/clusters/${randomUUID()}/confirm`,
    username: 'koordinator.nord',
    body: () => ({ title: 'CGM Journal synkroniserer ikke', party: 'cgm' }),
    fields: { title: 'text', party: 'code' },
    optional: ['party'],
  },
  'POST /api/clusters/{id}/reject': {
    method: 'post',
    path: () => `/api/clusters/${randomUUID()}/reject`,
    username: 'koordinator.nord',
    body: () => ({ reason: 'Ulike feil' }),
    fields: { reason: 'text' },
  },
  'POST /api/incidents/{id}/updates': {
    method: 'post',
    path: () => `/api/incidents/${randomUUID()}/updates`,
    username: 'koordinator.nord',
    body: () => ({ body: 'Feilrettingen er ute.' }),
    fields: { body: 'text' },
  },
  'POST /api/incidents/{id}/updates/{updateId}/acknowledge': {
    method: 'post',
    path: () => `/api/incidents/${randomUUID()}/updates/${randomUUID()}/acknowledge`,
    username: 'lege.cgm',
  },
  'PUT /api/me/notifications': {
    method: 'put',
    path: () => '/api/me/notifications',
    username: 'lege.cgm',
    body: () => ({ kinds: { 'public-comment': false } }),
    fields: { kinds: 'object', 'kinds.public-comment': 'boolean' },
  },
  'POST /api/webhooks': {
    method: 'post',
    path: () => '/api/webhooks',
    username: 'support.cgm',
    body: () => ({ url: 'http://127.0.0.1:9/hook' }),
    fields: { url: 'text' },
  },
  'POST /api/dev/token': {
    method: 'post',
    path: () => '/api/dev/token',
    username: 'lege.cgm',
    body: () => ({ username: 'lege.cgm' }),
    fields: { username: 'code' },
  },
  'POST /api/dev/oauth/token': {
    method: 'post',
    path: () => '/api/dev/oauth/token',
    username: 'lege.cgm',
    // No code was ever issued, so even the "valid" form is refused (invalid_grant): every defect must be too.
    body: () => ({
      grant_type: 'authorization_code',
      code: 'x'.repeat(43),
      redirect_uri: 'http://localhost:5173/auth/callback',
      client_id: 'lagspill-web',
      code_verifier: 'v'.repeat(43),
    }),
    fields: { grant_type: 'code', code: 'code', redirect_uri: 'code', client_id: 'code', code_verifier: 'code' },
    form: true,
  },
};

/** Every read endpoint that takes a date (issue 14: IsISO8601 let through dates new Date() could not read). */
const QUERY_ENDPOINTS: Readonly<Record<string, QueryEndpoint>> = {
  'GET /api/cases': {
    path: '/api/cases',
    username: 'admin',
    query: { from: '2026-01-01', to: '2026-12-31T23:59:59Z', status: 'routed' },
    fields: { from: 'date', to: 'date' },
  },
  'GET /api/cases/export.csv': {
    path: '/api/cases/export.csv',
    username: 'admin',
    query: { from: '2026-01-01', to: '2026-12-31T23:59:59Z', status: 'routed' },
    fields: { from: 'date', to: 'date' },
  },
  'GET /api/audit': {
    path: '/api/audit',
    username: 'admin',
    query: { from: '2026-01-01T00:00:00+01:00', to: '2026-12-31', limit: '10' },
    fields: { from: 'date', to: 'date' },
  },
  'GET /api/clusters': {
    path: '/api/clusters',
    username: 'koordinator.nord',
    query: { from: '2026-10-01', to: '2026-12-01T12:00:00Z', status: 'all' },
    fields: { from: 'date', to: 'date' },
  },
  'GET /api/indicators': {
    path: '/api/indicators',
    username: 'admin',
    query: { from: '2026-01-01', to: '2026-12-31', interval: 'month', by: 'category' },
    fields: { from: 'date', to: 'date' },
  },
  'GET /api/indicators/snapshots': {
    path: '/api/indicators/snapshots',
    username: 'admin',
    query: { from: '2026-01-01', to: '2026-12-31T00:00:00-05:00' },
    fields: { from: 'date', to: 'date' },
  },
};

const RUNS_PER_ENDPOINT = Math.ceil(REQUESTS / (Object.keys(ENDPOINTS).length + Object.keys(QUERY_ENDPOINTS).length));
/** An endpoint with a date field also draws from each date family for it: it gets twice the share. */
const runsFor = (endpoint: Endpoint) =>
  Object.values(endpoint.fields ?? {}).some((kind) => kind === 'date' || kind === 'date-time')
    ? 2 * RUNS_PER_ENDPOINT
    : RUNS_PER_ENDPOINT;

/** Names every JavaScript object has: as a field name each must be refused, naming the field. */
const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];

const int = (min: number, max: number) => fc.integer({ min, max });
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** A real day and time, to break one part of. */
const realDate = fc
  .record({ y: int(1, 9999), m: int(1, 12), d: int(1, 28), h: int(0, 23), mi: int(0, 59), s: int(0, 59) })
  .map((p) => ({ ...p, date: `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`, time: `${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}` }));
const offsetOK = fc.oneof(
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), int(0, 13), int(0, 59)).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
);

/**
 * Dates in forms ISO 8601 (or new Date()) may know but the API does not take, or not real instants, by
 * family (issue 14). Every one is refused whether the field takes a date or only a date-time.
 */
const DATE_FAMILIES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  'ISO week date': fc
    .tuple(realDate, int(1, 53), int(1, 7), fc.constantFrom('', 'day', 'time'))
    .map(([p, w, wd, form]) =>
      form === ''
        ? `${pad(p.y, 4)}-W${pad(w)}`
        : form === 'day'
          ? `${pad(p.y, 4)}-W${pad(w)}-${wd}`
          : `${pad(p.y, 4)}-W${pad(w)}-${wd}T${p.time}Z`,
    ),
  'ordinal date': fc
    .tuple(realDate, int(1, 366), fc.boolean())
    .map(([p, day, time]) => `${pad(p.y, 4)}-${pad(day, 3)}${time ? `T${p.time}Z` : ''}`),
  'offset out of range': fc
    .tuple(
      realDate,
      fc.oneof(
        fc
          .tuple(fc.constantFrom('+', '-'), int(15, 99), int(0, 59))
          .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
        fc.tuple(fc.constantFrom('+', '-'), int(1, 59)).map(([sign, m]) => `${sign}14:${pad(m)}`),
        fc
          .tuple(fc.constantFrom('+', '-'), int(0, 13), int(60, 99))
          .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
        fc.constantFrom('-00:00', '+0100', '+01', '+1:00', '+01:00:00', 'UTC', 'GMT', ' Z', 'Z+01:00'),
      ),
    )
    .map(([p, offset]) => `${p.date}T${p.time}${offset}`),
  'leap second': fc
    .tuple(realDate, int(60, 61), offsetOK)
    .map(([p, s, offset]) => `${p.date}T${pad(p.h)}:${pad(p.mi)}:${s}${offset}`),
  'year 0000 or past 9999': fc
    .tuple(realDate, fc.constantFrom('0000', '10000', '99999', '+002026', '-000001', '+010000'), fc.boolean(), offsetOK)
    .map(([p, year, time, offset]) => `${year}-${pad(p.m)}-${pad(p.d)}${time ? `T${p.time}${offset}` : ''}`),
  'an instant outside 0001–9999': fc
    .tuple(int(0, 23), int(0, 59), int(1, 14))
    .chain(([h, m, oh]) =>
      fc.constantFrom(
        `9999-12-31T23:59:59-${pad(oh)}:00`,
        `0001-01-01T00:00:00+${pad(oh)}:00`,
        `0001-01-01T${pad(Math.min(h, oh - 1))}:${pad(m)}:00+${pad(oh)}:00`,
      ),
    ),
  'day past the end of its month': fc
    .tuple(
      int(1, 9999),
      fc.constantFrom('2-29', '2-30', '2-31', '4-31', '6-31', '9-31', '11-31', '1-32', '12-32', '3-00', '7-00'),
      fc.boolean(),
      offsetOK,
    )
    .filter(([y, md]) => !(md === '2-29' && leap(y)))
    .map(([y, md, time, offset]) => {
      const [m, d] = md.split('-');
      return `${pad(y, 4)}-${pad(Number(m))}-${d.padStart(2, '0')}${time ? `T12:00:00${offset}` : ''}`;
    }),
  'month 00 or 13+': fc
    .tuple(realDate, fc.constantFrom(0, 13, 19, 99), fc.boolean())
    .map(([p, m, time]) => `${pad(p.y, 4)}-${pad(m)}-${pad(p.d)}${time ? `T${p.time}Z` : ''}`),
  'hour 24, minute 60': fc
    .tuple(realDate, fc.constantFrom('24:00:00', '24:30:00', '25:00:00', '99:00:00', '12:60:00', '23:99:59'), offsetOK)
    .map(([p, time, offset]) => `${p.date}T${time}${offset}`),
  'fractional seconds of many digits': fc
    .tuple(realDate, fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 10, maxLength: 40 }), offsetOK)
    .map(([p, digits, offset]) => `${p.date}T${p.time}.${digits}${offset}`),
  'a bad fraction': fc
    .tuple(realDate, fc.constantFrom('.', ',5', '.5.5', '.x', '.-1', '.٣'))
    .map(([p, fraction]) => `${p.date}T${p.time}${fraction}Z`),
  'lower-case t or z': fc
    .tuple(realDate, fc.constantFrom(['t', 'Z'], ['T', 'z'], ['t', 'z'], ['t', '+01:00']))
    .map(([p, [t, z]]) => `${p.date}${t}${p.time}${z}`),
  'space or other separator': fc
    .tuple(realDate, fc.constantFrom(' ', '_', '  ', '\t', 'TT', ''), offsetOK)
    .map(([p, separator, offset]) => `${p.date}${separator}${p.time}${offset}`),
  'basic (no-dash) format': fc.tuple(realDate, fc.constantFrom('date', 'date-time', 'mixed')).map(([p, form]) => {
    const date = `${pad(p.y, 4)}${pad(p.m)}${pad(p.d)}`;
    const time = `${pad(p.h)}${pad(p.mi)}${pad(p.s)}`;
    return form === 'date' ? date : form === 'date-time' ? `${date}T${time}Z` : `${p.date}T${time}Z`;
  }),
  'reduced precision or time without offset': fc
    .tuple(realDate, fc.constantFrom('year', 'month', 'hour', 'minute', 'no offset', 'time only'))
    .map(
      ([p, form]) =>
        ({
          year: pad(p.y, 4),
          month: `${pad(p.y, 4)}-${pad(p.m)}`,
          hour: `${p.date}T${pad(p.h)}Z`,
          minute: `${p.date}T${pad(p.h)}:${pad(p.mi)}Z`,
          'no offset': `${p.date}T${p.time}`,
          'time only': `T${p.time}Z`,
        })[form],
    ),
  'padding or lookalike digits': fc
    .tuple(realDate, fc.constantFrom(' x', 'x ', '\nx', 'x\n', '２０２６', '\u0660'))
    .map(([p, how]) =>
      how === '２０２６'
        ? `２０２６-${pad(p.m)}-${pad(p.d)}`
        : how === '\u0660'
          ? `${p.date.slice(0, -1)}\u0660`
          : how.replace('x', p.date),
    ),
  'a number or a word': fc.constantFrom(
    '1e9',
    '0',
    '-1',
    '1764000000000',
    'now',
    'today',
    'yesterday',
    'Infinity',
    'NaN',
  ),
};
const FAMILY_NAMES = Object.keys(DATE_FAMILIES);

/** A date the field refuses, named by its family: for a date-time field also a date alone. */
function badDate(kind: 'date' | 'date-time'): fc.Arbitrary<{ family: string; value: string }> {
  const families = kind === 'date-time' ? [...FAMILY_NAMES, 'a date without a time'] : FAMILY_NAMES;
  return fc.constantFrom(...families).chain((family) =>
    (family === 'a date without a time' ? realDate.map((p) => p.date) : DATE_FAMILIES[family]).map((value) => ({
      family,
      value,
    })),
  );
}

/** Strings that have broken servers: unpaired surrogates, NUL, bidi overrides, combining marks, BOM, non-characters. */
const NASTY = [
  '\uD800',
  'a\uDFFFb',
  '\uDBFF\uDBFF',
  '\u0000',
  'sfm\u0000',
  '\u202Esfm',
  '\u200F\u202B',
  'e\u0301\u0301\u0301',
  'Z\u0351\u0353\u0354\u0355\u0356\u0357',
  '\uFEFF',
  '\uFFFE\uFFFF',
  '\u{1F468}\u200D\u{1F469}',
  '𝕊𝔽𝕄',
  '..\\..\\etc\\passwd',
  "'; DROP TABLE event_store.events; --",
  '{{constructor}}',
];
const nasty = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...NASTY), minLength: 1, maxLength: 5 }),
);

/** Text that breaks a free-text field: what PostgreSQL cannot store (NUL, unpaired surrogates). */
const unstorable = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\uD800', '\uDC00', 'a\uDBFF'),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, bad, after]) => `Feil ${before}${bad}${after}`);

const deep = fc
  .tuple(fc.integer({ min: 50, max: 1500 }), fc.boolean())
  .map(
    ([depth, arrays]) =>
      JSON.parse(
        arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      ) as unknown,
  );

/** A value of any JSON type but `kind` (null left out: an optional field takes it as absent). */
function wrongType(kind: Kind): fc.Arbitrary<unknown> {
  const others: fc.Arbitrary<unknown>[] = [
    fc.integer(),
    fc.double(),
    // Not empty: an empty list is what a list field may well hold.
    fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { minKeys: 1, maxKeys: 3 }),
    deep,
  ];
  if (kind !== 'boolean') others.push(fc.boolean());
  if (kind === 'boolean' || kind === 'object') others.push(fc.string(), fc.constantFrom('true', 'false', '{}'));
  return fc.oneof(...others);
}

/** A string value that the field refuses although it is a string. */
function badString(kind: Kind): fc.Arbitrary<unknown> {
  if (kind === 'text') return fc.oneof(unstorable, fc.constant('x'.repeat(10_001)));
  if (kind === 'date' || kind === 'date-time')
    return fc.oneof(
      nasty,
      badDate(kind).map((bad) => bad.value),
    );
  if (kind === 'code')
    return fc.oneof(
      nasty,
      fc.string({ minLength: 300, maxLength: 400 }).map((s) => `x${s}`),
      // A code looked up in a plain object finds these on every object (issue 14).
      fc.constantFrom(...PROTOTYPE_NAMES),
    );
  return wrongType(kind);
}

interface BadRequest {
  readonly defect: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON value to send (with `raw` undefined), or raw bytes. */
  readonly json?: unknown;
  readonly raw?: Buffer | string;
  readonly path?: string;
  readonly omitIfMatch?: boolean;
}

/** A copy with `value` at `path` (dots; array items by index), as an own field even when named `__proto__`. */
function setPath(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  Object.defineProperty(target, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The paths of the objects in a body (`''` for the body itself), where a field can be added. */
function objectPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const own = Array.isArray(value) ? [] : [path];
  return own.concat(
    Object.entries(value).flatMap(([key, child]) => objectPaths(child, path === '' ? key : `${path}.${key}`)),
  );
}

/** The text percent-encoded, or undefined for text UTF-8 cannot encode (the undecodable ids cover that). */
function uriComponent(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const headerValue = (value: string) =>
  [...value].every((c) => c === '\t' || (c >= ' ' && c <= '\u00ff' && c !== '\u007f'));

function defects(endpoint: Endpoint, ids: Ids): fc.Arbitrary<BadRequest> {
  const base = endpoint.body?.(ids) ?? {};
  const fieldNames = Object.keys(endpoint.fields ?? {});
  const options: (fc.Arbitrary<BadRequest> | fc.WeightedArbitrary<BadRequest>)[] = [
    // Not JSON at all, or JSON cut short.
    fc
      .oneof(
        fc.string({ maxLength: 50 }),
        fc.integer({ min: 1, max: 40 }).map((cut) => JSON.stringify(base).slice(0, -cut)),
        fc.constantFrom('{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":undefined}', '\uFEFF{', '{"\uD800":'),
      )
      .filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return text.trim() !== '';
        }
      })
      .map((raw) => ({ defect: 'invalid JSON', raw, contentType: 'application/json' })),
    // Larger than any endpoint takes.
    fc
      .integer({ min: 257 * 1024, max: 400 * 1024 })
      .map((size) => ({ defect: 'oversized', json: { ...base, padding: 'x'.repeat(size) } })),
    fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'x-nope').map((encoding) => ({
      defect: `broken ${encoding} encoding`,
      headers: { 'Content-Encoding': encoding },
      contentType: 'application/json',
      raw: JSON.stringify(base),
    })),
  ];
  if (!endpoint.decodesItself) {
    // A charset the body cannot be decoded with.
    options.push(
      fc
        .constantFrom(
          'application/json; charset=iso-8859-1',
          'application/json; charset=utf-9',
          'application/json; charset=x-nope',
        )
        .map((contentType) => ({ defect: 'unsupported charset', contentType, raw: JSON.stringify(base) })),
    );
  }
  if (endpoint.ifMatch) {
    const garbage = fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 30 }),
        nasty,
        fc.constantFrom('*', '"0"', '"-1"', 'W/"x"', '"1.5"', '""', '"1" "2"'),
      )
      .filter((value) => headerValue(value) && value !== '*' && value.trim() !== '')
      .filter((value) => !/^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.test(value) || /^\s*(?:W\/)?"?0+"?\s*$/.test(value));
    options.push(
      fc.constant({ defect: 'no If-Match', json: base, omitIfMatch: true }),
      garbage.map((value) => ({ defect: 'malformed If-Match', json: base, headers: { 'If-Match': value } })),
      fc
        .integer({ min: 1000, max: 999_999_999 })
        .map((version) => ({ defect: 'stale If-Match', json: base, headers: { 'If-Match': `"${version}"` } })),
      nasty
        .map(uriComponent)
        .filter((id) => id !== undefined)
        .map((id) => ({
          defect: 'unknown or malformed case id',
          json: base,
          path: `/api/cases/${id}/${endpoint.path(ids).split('/').at(-1)}`,
        })),
      fc.constantFrom('%ED%A0%80', '%00', '%E0%A4%A', '%', '..%2F..%2Fhealth').map((id) => ({
        defect: 'undecodable case id',
        json: base,
        path: `/api/cases/${id}/${endpoint.path(ids).split('/').at(-1)}`,
      })),
    );
  }
  if (endpoint.idempotencyKey) {
    const badKey = fc
      .oneof(
        fc.constant(''),
        fc.string({ minLength: 201, maxLength: 300, unit: fc.constantFrom('a', 'b', '-') }),
        fc
          .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(' ', '\t', 'ø', '\u00a0', '\u00ff'))
          .map(([a, b]) => `${a}${b}x`),
      )
      .filter(headerValue);
    options.push(
      badKey.map((key) => ({ defect: 'bad Idempotency-Key', json: base, headers: { 'Idempotency-Key': key } })),
    );
  }
  if (endpoint.body) {
    const field = fc.constantFrom(...fieldNames);
    const dateFields = fieldNames.filter((name) => ['date', 'date-time'].includes(endpoint.fields![name]));
    if (dateFields.length > 0) {
      // Weighted, so that each of the date families reaches each date field in a run.
      options.push({
        weight: 5,
        arbitrary: fc.constantFrom(...dateFields).chain((name) =>
          badDate(endpoint.fields![name] as 'date' | 'date-time').map(({ family, value }) => ({
            defect: `${family} for ${name}`,
            json: setPath(base, name, value),
          })),
        ),
      });
    }
    const required = [...new Set(fieldNames.map((name) => name.split('.')[0]))].filter(
      (name) => !endpoint.optional?.includes(name),
    );
    if (required.length > 0) {
      options.push(
        fc.constantFrom(...required).map((name) => {
          const copy = structuredClone(base);
          delete copy[name];
          return { defect: `no ${name}`, json: copy };
        }),
      );
    }
    options.push(
      // A field named like a member of Object.prototype, on the body or on any object in it (issue 14).
      fc
        .tuple(
          fc.constantFrom(...objectPaths(base)),
          fc.constantFrom(...PROTOTYPE_NAMES),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([at, name, value]) => ({
          defect: `prototype key ${at ? `${at}.` : ''}${name}`,
          json: at === '' ? setPath(base, name, value) : setPath(base, `${at}.${name}`, value),
        })),
      field.chain((name) =>
        wrongType(endpoint.fields![name]).map((value) => ({
          defect: `wrong type for ${name}`,
          json: setPath(base, name, value),
        })),
      ),
      field.chain((name) =>
        badString(endpoint.fields![name]).map((value) => ({
          defect: `bad value for ${name}`,
          json: setPath(base, name, value),
        })),
      ),
      fc
        .tuple(fc.oneof(nasty, fc.string({ minLength: 1, maxLength: 10 })), fc.jsonValue({ maxDepth: 3 }))
        .filter(([key]) => !(key in base) && key !== '__proto__')
        .map(([key, value]) => ({ defect: 'unknown field', json: { ...base, [key]: value } })),
      fc
        .oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.string(), fc.integer(), deep)
        .map((json) => ({ defect: 'body of the wrong type', json })),
    );
    if (!endpoint.form) {
      options.push(
        fc
          .constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream')
          .map((contentType) => ({
            defect: `wrong content type ${contentType}`,
            contentType,
            raw: JSON.stringify(base),
          })),
        fc
          .dictionary(
            fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x${k}`),
            fc.string({ maxLength: 20 }),
            // An empty form reads as an empty body, which a partial update takes as changing nothing.
            { minKeys: 1, maxKeys: 4 },
          )
          .map((form) => ({
            defect: 'a form instead of JSON',
            contentType: 'application/x-www-form-urlencoded',
            raw: new URLSearchParams(form).toString(),
          })),
      );
    }
  }
  return fc.oneof(...options);
}

/** A bad query: a date of one of the families, a parameter named like a member of Object.prototype, or a date given twice. */
function queryDefects(endpoint: QueryEndpoint): fc.Arbitrary<{ defect: string; query: [string, string][] }> {
  const base = Object.entries(endpoint.query);
  const dateFields = Object.keys(endpoint.fields);
  const without = (name: string) => base.filter(([key]) => key !== name);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(...dateFields).chain((name) =>
        badDate(endpoint.fields[name] as 'date' | 'date-time').map(({ family, value }) => ({
          defect: `${family} for ${name}`,
          query: [...without(name), [name, value]] as [string, string][],
        })),
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('1', '2026-01-01', '', 'x'))
        .map(([name, value]) => ({
          defect: `prototype key ${name}`,
          query: [...base, [name, value]] as [string, string][],
        })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...dateFields).map((name) => ({
        defect: `${name} given twice`,
        query: [...base, [name, endpoint.query[name]]] as [string, string][],
      })),
    },
  );
}

function describeRequest(bad: BadRequest): string {
  const sent = bad.raw === undefined ? JSON.stringify(bad.json) : String(bad.raw);
  return `${bad.path ?? ''} ${JSON.stringify(bad.headers ?? {})} ${sent.slice(0, 160)}`;
}

interface Snapshot {
  readonly events: string;
  readonly lastPosition: string;
  readonly caseViews: string;
  readonly caseKeys: string;
}

/** What a refused request must not change: the log (rows, last position), the case views, the case keys. */
async function snapshot(url: string): Promise<Snapshot> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Snapshot>(`
      SELECT (SELECT count(*) FROM event_store.events)::text AS events,
             (SELECT coalesce(max(global_position), 0) FROM event_store.events)::text AS "lastPosition",
             (SELECT coalesce(md5(string_agg(v::text, '|' ORDER BY v::text)), '') FROM casework.case_view v) AS "caseViews",
             (SELECT count(*) FROM privacy.case_keys)::text AS "caseKeys"`);
    return rows[0];
  } finally {
    await client.end();
  }
}

describe(`bad input (fast-check seed ${SEED}, ${RUNS_PER_ENDPOINT} requests per endpoint)`, () => {
  let t: TestApp;
  let ids: Ids;
  let before: Snapshot;
  let sent = 0;
  const started = Date.now();

  beforeAll(async () => {
    // The limiter would refuse most of this flood with 429s, which would hide what the endpoints answer.
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '0' });
    const api = new CaseApi(t);
    const routed: CaseBody = await api.reportedAndRouted('lege.cgm');
    const other = await api.reportedAndRouted('lege.cgm');
    await api.waitForListed('admin', other.id, other.version);
    await api.waitForListed('admin', routed.id, routed.version);
    const rules = ((await api.get('koordinator.nord', '/api/routing/rules')).body as { rules: unknown }).rules;
    ids = { caseId: routed.id, version: routed.version, reference: other.reference, rules };
    for (const endpoint of Object.values(ENDPOINTS)) await t.tokenFor(endpoint.username);
    before = await snapshot(t.database.url);
  }, 60_000); // start-up and two routed reports: more than the 5 s hooks get by default

  afterAll(async () => {
    await t?.close();
    console.log(
      `bad input: ${sent} generated requests in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`,
    );
  });

  async function send(endpoint: Endpoint, bad: BadRequest): Promise<Response> {
    const path = bad.path ?? endpoint.path(ids);
    const http = t.http();
    let call: Test = http[endpoint.method](path).set('Authorization', `Bearer ${await t.tokenFor(endpoint.username)}`);
    if (endpoint.ifMatch && !bad.omitIfMatch) call = call.set('If-Match', `"${ids.version}"`);
    for (const [name, value] of Object.entries(bad.headers ?? {})) call = call.set(name, value);
    if (bad.raw !== undefined) return call.set('Content-Type', bad.contentType ?? 'application/json').send(bad.raw);
    const contentType = bad.contentType ?? (endpoint.form ? 'application/x-www-form-urlencoded' : 'application/json');
    const payload =
      contentType === 'application/x-www-form-urlencoded' &&
      typeof bad.json === 'object' &&
      bad.json &&
      !Array.isArray(bad.json)
        ? new URLSearchParams(
            Object.entries(bad.json).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
          ).toString()
        : JSON.stringify(bad.json);
    return call.set('Content-Type', contentType).send(payload);
  }

  function verdict(response: Response): string | undefined {
    if (response.status < 400 || response.status >= 500) return `status ${response.status}`;
    if (!PROBLEM.test(response.headers['content-type'] ?? ''))
      return `content type ${response.headers['content-type']}`;
    const body = response.body as Record<string, unknown>;
    if (typeof body.type !== 'string' || typeof body.title !== 'string' || typeof body.detail !== 'string')
      return 'a problem without type, title or detail';
    if (body.status !== response.status) return `problem status ${String(body.status)} ≠ ${response.status}`;
    if (body.type === '/problems/validation') {
      const errors = body.errors as { field?: unknown }[] | undefined;
      if (!errors?.length || errors.some((e) => typeof e.field !== 'string' || e.field === ''))
        return 'a validation problem that names no field';
    }
    return undefined;
  }

  it.each(Object.keys(ENDPOINTS))(
    '%s refuses every generated bad request with a 4xx problem',
    async (name) => {
      const endpoint = ENDPOINTS[name];
      const requests = fc.sample(defects(endpoint, ids), { seed: SEED, numRuns: runsFor(endpoint) });
      const failures: string[] = [];
      for (let i = 0; i < requests.length; i += PARALLEL) {
        const batch = requests.slice(i, i + PARALLEL);
        const responses = await Promise.all(batch.map((bad) => send(endpoint, bad)));
        responses.forEach((response, j) => {
          const wrong = verdict(response);
          if (wrong) failures.push(`${batch[j].defect}: ${wrong} for ${describeRequest(batch[j])}`);
        });
        sent += batch.length;
      }
      expect([...new Set(failures)].slice(0, 20)).toEqual([]);
    },
    120_000,
  );

  it.each(Object.keys(QUERY_ENDPOINTS))(
    '%s refuses every generated bad date or parameter with a 4xx problem',
    async (name) => {
      const endpoint = QUERY_ENDPOINTS[name];
      const token = await t.tokenFor(endpoint.username);
      const valid = await t.http().get(endpoint.path).query(endpoint.query).set('Authorization', `Bearer ${token}`);
      expect(valid.status).toBe(200);
      const requests = fc.sample(queryDefects(endpoint), { seed: SEED, numRuns: RUNS_PER_ENDPOINT });
      const failures: string[] = [];
      const families = new Set<string>();
      for (let i = 0; i < requests.length; i += PARALLEL) {
        const batch = requests.slice(i, i + PARALLEL);
        const responses = await Promise.all(
          batch.map(({ query }) =>
            t
              .http()
              .get(`${endpoint.path}?${new URLSearchParams(query).toString()}`)
              .set('Authorization', `Bearer ${token}`),
          ),
        );
        responses.forEach((response, j) => {
          families.add(batch[j].defect.replace(/ for \w+$/, ''));
          const wrong = verdict(response) ?? (response.status === 400 ? undefined : `status ${response.status}`);
          if (wrong)
            failures.push(`${batch[j].defect}: ${wrong} for ?${new URLSearchParams(batch[j].query).toString()}`);
        });
        sent += batch.length;
      }
      expect([...new Set(failures)].slice(0, 20)).toEqual([]);
      // Every family was tried on this endpoint, not only the likeliest.
      expect(FAMILY_NAMES.filter((family) => !families.has(family))).toEqual([]);
    },
    120_000,
  );

  it('sends every date family as occurredAt of POST /api/reports', () => {
    const reports = ENDPOINTS['POST /api/reports'];
    const requests = fc.sample(defects(reports, ids), { seed: SEED, numRuns: runsFor(reports) });
    const families = new Set(requests.map((r) => r.defect).filter((d) => d.endsWith(' for occurredAt')));
    expect([...FAMILY_NAMES, 'a date without a time'].filter((f) => !families.has(`${f} for occurredAt`))).toEqual([]);
  });

  // The same check guards reads: before it, NUL in a path or query parameter reached PostgreSQL as a 500.
  it.each([
    ['/api/cases/%00', 'id'],
    ['/api/cases/PLL%00/history', 'id'],
    ['/api/cases?q=%00', 'q'],
    ['/api/cases?category=sfm%00', 'category'],
  ])('GET %s is 400 naming %s', async (path, field) => {
    const response = await t
      .http()
      .get(path)
      .set('Authorization', `Bearer ${await t.tokenFor('admin')}`);
    expect({ status: response.status, verdict: verdict(response) }).toEqual({ status: 400, verdict: undefined });
    expect(response.body).toMatchObject({ type: '/problems/validation', errors: [{ field }] });
  });

  it('covers every write route the app registers', () => {
    const fuzzed = Object.values(ENDPOINTS).map(
      (endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path(ids).split('?')[0]}`,
    );
    const missing = registeredRoutes(t.app)
      .filter((route) => route.method !== 'GET' && route.method !== 'HEAD')
      .filter((route) => {
        const template = new RegExp(`^${route.method} ${route.path.replace(/:[^/]+/g, '[^/]+')}$`);
        return !fuzzed.some((call) => template.test(call));
      })
      .map((route) => `${route.method} ${route.path}`);
    expect(missing).toEqual([]);
  });

  it('left the stored data exactly as it was', async () => {
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    expect(await snapshot(t.database.url)).toEqual(before);
  });
});
