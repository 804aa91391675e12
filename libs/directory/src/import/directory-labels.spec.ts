import {
  IMPORT_KINDS,
  INTEGRATION_LABELS,
  INTEGRATIONS,
  MULTIDOSE_MODE_LABELS,
  MULTIDOSE_MODES,
  ORGANISATION_TYPE_LABELS,
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  ROLE_LABELS,
  ROLES,
} from '@lagspill/domain';
import { ACTIVE_LABELS, codeOfLabel, ENTRY_KIND_LABELS } from './directory-labels';

const TABLES: [string, Readonly<Record<string, string>>, readonly string[]][] = [
  ['ENTRY_KIND_LABELS', ENTRY_KIND_LABELS, IMPORT_KINDS],
  ['PARTY_KIND_LABELS', PARTY_KIND_LABELS, PARTY_KINDS],
  ['INTEGRATION_LABELS', INTEGRATION_LABELS, INTEGRATIONS],
  ['MULTIDOSE_MODE_LABELS', MULTIDOSE_MODE_LABELS, MULTIDOSE_MODES],
  ['ROLE_LABELS', ROLE_LABELS, ROLES],
  ['ACTIVE_LABELS', ACTIVE_LABELS, ['true', 'false']],
  ['ORGANISATION_TYPE_LABELS', ORGANISATION_TYPE_LABELS, Object.keys(ORGANISATION_TYPE_LABELS)],
];

describe('the label tables', () => {
  it.each(TABLES)('%s labels every code of its list', (_name, labels, codes) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it.each(TABLES)('%s reads back every label and every code as its own code, in any case', (_name, labels) => {
    for (const [code, label] of Object.entries(labels)) {
      for (const text of [label, label.toUpperCase(), label.toLowerCase(), code, code.toUpperCase()]) {
        expect(codeOfLabel(labels, text)).toBe(code);
      }
    }
  });
});

describe('codeOfLabel', () => {
  it('takes the Norwegian label, in any case and with spaces around', () => {
    expect(codeOfLabel(PARTY_KIND_LABELS, 'Norsk helsenett')).toBe('nhn');
    expect(codeOfLabel(PARTY_KIND_LABELS, '  leverandør ')).toBe('vendor');
    expect(codeOfLabel(ROLE_LABELS, 'SAKSBEHANDLER')).toBe('responder');
    expect(codeOfLabel(ORGANISATION_TYPE_LABELS, 'fastlegekontor')).toBe('gp-office');
  });

  it("takes the domain's own code", () => {
    expect(codeOfLabel(INTEGRATION_LABELS, 'sfm-basis')).toBe('sfm-basis');
    expect(codeOfLabel(MULTIDOSE_MODE_LABELS, 'Electronic')).toBe('electronic');
    expect(codeOfLabel(ENTRY_KIND_LABELS, 'municipalities')).toBe('municipalities');
    expect(codeOfLabel(ACTIVE_LABELS, 'TRUE')).toBe('true');
  });

  it('takes nothing else', () => {
    expect(codeOfLabel(PARTY_KIND_LABELS, '')).toBeUndefined();
    expect(codeOfLabel(PARTY_KIND_LABELS, 'Leverandor')).toBeUndefined();
    expect(codeOfLabel(INTEGRATION_LABELS, 'SFM')).toBeUndefined();
    expect(codeOfLabel(ACTIVE_LABELS, 'kanskje')).toBeUndefined();
    expect(codeOfLabel(ROLE_LABELS, 'constructor')).toBeUndefined();
  });
});
