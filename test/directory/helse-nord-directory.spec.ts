import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Directory,
  IMPORT_KINDS,
  isValidOrganisationNumber,
  planDirectoryImport,
  systemOn,
  type ActorRef,
  type DirectoryImport,
  type OrganisationSystem,
} from '@lagspill/domain';
import { readDirectorySheet, writeDirectorySheet } from '../../libs/directory/src/import';
import { helseNordDirectory } from '../../scripts/directory/helse-nord-directory';
import { directoryDataOf } from '../../scripts/directory/synthetic-directory';
import { HELSE_NORD_SHEET_PATH, helseNordSheet } from '../../scripts/directory/write-helse-nord';

const ACTOR: ActorRef = { username: 'import.test', name: 'Import test', role: 'admin' };
const AT = '2026-03-02T08:00:00.000Z';

function imported(file: DirectoryImport): Directory {
  const directory = Directory.empty();
  const plan = planDirectoryImport(directory, file, ACTOR, AT);
  for (const event of plan.events) directory.apply(event, directory.version + 1);
  return directory;
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

describe('the synthetic Helse Nord directory', () => {
  const file = helseNordDirectory();
  const organisations = file.organisations.map((e) => e.entry);
  const people = file.people.map((e) => e.entry);
  const practices = organisations.filter((o) => o.type === 'gp-office' || o.type === 'out-of-hours');
  const product = (system: OrganisationSystem) => `${system.vendor}/${system.product}`;

  it('is the same every time', () => {
    expect(helseNordDirectory()).toEqual(file);
  });

  it('has the deck’s 142 GP offices and 22 out-of-hours clinics, and the other organisations', () => {
    expect(countBy(organisations, (o) => o.type)).toEqual({
      'gp-office': 142,
      'out-of-hours': 22,
      'hospital-unit': 12,
      'nursing-home': 30,
      'home-care': 30,
      pharmacy: 30,
      'multidose-pharmacy': 3,
    });
  });

  it('has the deck’s 165 systems on its 164 practices: one office on Pridok now is on CGM Journal from 2027', () => {
    const now = countBy(practices, (o) => product(o.system));
    expect(now).toEqual({
      'cgm/CGM Journal': 86,
      'pridok/Pridok': 37,
      'webmed/Webmed': 22,
      'eg/EG Infodoc': 13,
      'eg/EG Pasientsky': 6,
    });

    const switching = organisations.filter((o) => o.scheduledSystem !== undefined);
    expect(switching).toEqual([
      expect.objectContaining({
        id: 'fjordbyen-legesenter',
        name: 'Fjordbyen legesenter',
        type: 'gp-office',
        system: expect.objectContaining({ vendor: 'pridok', product: 'Pridok', integration: 'sfm-full' }),
        scheduledSystem: {
          system: expect.objectContaining({ vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' }),
          from: '2027-02-01',
        },
      }),
    ]);
    // As the deck counts: every system an office runs now or is scheduled to run.
    const deck = countBy(
      practices.flatMap((o) => [o.system, ...(o.scheduledSystem === undefined ? [] : [o.scheduledSystem.system])]),
      product,
    );
    expect(deck).toEqual({
      'cgm/CGM Journal': 87,
      'pridok/Pridok': 37,
      'webmed/Webmed': 22,
      'eg/EG Infodoc': 13,
      'eg/EG Pasientsky': 6,
    });
    expect(Object.values(deck).reduce((a, b) => a + b, 0)).toBe(165);
    expect(practices).toHaveLength(164);
    expect(practices.every((o) => o.system.integration === 'sfm-full')).toBe(true);
  });

  it('registers the switching office on Pridok with its switch to CGM Journal from 2027-02-01', () => {
    const office = imported(file).organisation('fjordbyen-legesenter');
    const entry = organisations.find((o) => o.id === 'fjordbyen-legesenter');
    expect(office.system).toEqual(entry?.system);
    expect(office.scheduledSystem).toEqual(entry?.scheduledSystem);
    expect(systemOn(office, '2027-01-31').product).toBe('Pridok');
    expect(systemOn(office, '2027-02-01').product).toBe('CGM Journal');
  });

  it('still imports from 2027-02-01 on: the switch has happened, and a directory that recorded it plans nothing', () => {
    const after = '2027-02-01T08:00:00.000Z';
    const plan = planDirectoryImport(Directory.empty(), file, ACTOR, after);
    expect(plan.problems).toEqual([]);
    const registered = plan.events.find(
      (e) => e.type === 'directory.organisation-registered' && e.data.organisation.id === 'fjordbyen-legesenter',
    );
    expect(
      registered?.type === 'directory.organisation-registered' && registered.data.organisation.system.product,
    ).toBe('CGM Journal');
    const recordedBefore = imported(file);
    expect(planDirectoryImport(recordedBefore, file, ACTOR, after).events).toEqual([]);
  });

  it('gives every organisation a valid, unique organisation number starting with 9 and a unique 8-digit HER-id', () => {
    for (const o of organisations) {
      expect(isValidOrganisationNumber(o.orgnr)).toBe(true);
      expect(o.orgnr).toMatch(/^9\d{8}$/);
      expect(Number.isInteger(o.herId) && o.herId >= 10_000_000 && o.herId <= 99_999_999).toBe(true);
    }
    expect(new Set(organisations.map((o) => o.orgnr)).size).toBe(organisations.length);
    expect(new Set(organisations.map((o) => o.herId)).size).toBe(organisations.length);
    expect(new Set(organisations.map((o) => o.id)).size).toBe(organisations.length);
  });

  it('gives every reporter a unique HPR number of 7 or 8 digits', () => {
    const reporters = people.filter((p) => p.role === 'reporter');
    for (const p of reporters) expect(p.hprNumber).toMatch(/^\d{7,8}$/);
    const hprs = people.flatMap((p) => (p.hprNumber === undefined ? [] : [p.hprNumber]));
    expect(new Set(hprs).size).toBe(hprs.length);
  });

  it('has a reporter at every practice, a few elsewhere, a responder per vendor, two coordinators and no admin', () => {
    const byOrganisation = countBy(
      people.filter((p) => p.role === 'reporter'),
      (p) => p.organisation as string,
    );
    for (const o of practices) expect(byOrganisation[o.id]).toBe(1);
    expect(countBy(people, (p) => p.role)).toEqual({ reporter: 174, responder: 7, coordinator: 2 });
    const vendors = file.parties.filter((p) => p.entry.kind === 'vendor').map((p) => p.entry.id);
    expect(people.filter((p) => p.role === 'responder').map((p) => p.party)).toEqual(vendors);
    expect(people.filter((p) => p.role === 'coordinator').every((p) => p.party === 'arbeidsgruppe-nord')).toBe(true);
  });

  it('uses only invented addresses under .example.no', () => {
    const addresses = [
      ...organisations.flatMap((o) => o.contactEmails ?? []),
      ...file.parties.flatMap((p) => p.entry.contactEmails),
      ...people.flatMap((p) => (p.email === undefined ? [] : [p.email])),
    ];
    for (const address of addresses) expect(address).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example\.no$/);
  });

  it('places the kommuner in their helsefellesskap', () => {
    const where = Object.fromEntries(file.municipalities.map(({ entry }) => [entry.number, entry.helsefellesskap]));
    for (const [number, helsefellesskap] of Object.entries(where)) {
      if (number.startsWith('56')) expect(helsefellesskap).toBe('finnmark');
      if (number.startsWith('55')) expect(helsefellesskap).toBe('troms-og-ofoten');
    }
    expect([where['1806'], where['1853'], where['1851']]).toEqual([
      'troms-og-ofoten',
      'troms-og-ofoten',
      'troms-og-ofoten',
    ]);
    expect([where['1804'], where['1865'], where['1870']]).toEqual(['lovesa', 'lovesa', 'lovesa']);
    expect([where['1833'], where['1824'], where['1820'], where['1813']]).toEqual([
      'helgeland',
      'helgeland',
      'helgeland',
      'helgeland',
    ]);
    expect(file.municipalities).toHaveLength(80);
    expect(new Set(file.municipalities.map((m) => m.entry.number)).size).toBe(80);
  });

  it('spreads the practices over all four helsefellesskap, most where most people live', () => {
    const where = Object.fromEntries(file.municipalities.map(({ entry }) => [entry.number, entry.helsefellesskap]));
    const byArea = countBy(practices, (o) => where[o.municipality]);
    expect(byArea['troms-og-ofoten']).toBeGreaterThan(byArea['lovesa']);
    expect(byArea['lovesa']).toBeGreaterThan(byArea['finnmark']);
    expect(Math.min(...Object.values(byArea))).toBeGreaterThanOrEqual(25);
  });

  it('gives GP offices mostly electronic multidose, some paper, a few none, and a multidose pharmacy when they order', () => {
    const gps = organisations.filter((o) => o.type === 'gp-office');
    const modes = countBy(gps, (o) => o.multidoseMode);
    expect(modes['electronic']).toBeGreaterThan(gps.length / 2);
    expect(modes['paper']).toBeGreaterThan(10);
    expect(modes['none']).toBeGreaterThan(0);
    expect(modes['none']).toBeLessThan(20);
    const multidose = new Set(organisations.filter((o) => o.type === 'multidose-pharmacy').map((o) => o.id));
    for (const o of organisations) {
      if (o.multidoseMode === 'electronic' || o.multidoseMode === 'paper') {
        if (o.type !== 'multidose-pharmacy') expect(multidose.has(o.multidosePharmacy as string)).toBe(true);
      } else {
        expect(o.multidosePharmacy).toBeUndefined();
      }
    }
  });

  it('imports into an empty directory without problems, adding every entry', () => {
    const plan = planDirectoryImport(Directory.empty(), file, ACTOR, AT);
    expect(plan.problems).toEqual([]);
    const total =
      file.helsefellesskap.length +
      file.municipalities.length +
      file.parties.length +
      file.organisations.length +
      file.people.length;
    expect(plan.entries).toHaveLength(total);
    expect(plan.entries.every((e) => e.outcome === 'added')).toBe(true);
    expect(plan.summary).toEqual({
      helsefellesskap: { added: 4, changed: 0, unchanged: 0 },
      municipalities: { added: 80, changed: 0, unchanged: 0 },
      parties: { added: 12, changed: 0, unchanged: 0 },
      organisations: { added: 269, changed: 0, unchanged: 0 },
      people: { added: 183, changed: 0, unchanged: 0 },
    });
    expect(plan.events).toHaveLength(total);
  });

  it('plans nothing when imported again, and keeps the scheduled switch', () => {
    const directory = imported(file);
    expect(directory.data.organisations).toHaveLength(269);
    const again = planDirectoryImport(directory, helseNordDirectory(), ACTOR, '2026-03-03T08:00:00.000Z');
    expect(again.problems).toEqual([]);
    expect(again.entries).toHaveLength(4 + 80 + 12 + 269 + 183);
    expect(again.entries.filter((e) => e.outcome !== 'unchanged')).toEqual([]);
    expect(again.events).toEqual([]);
  });
});

describe('examples/directory/helse-nord.csv', () => {
  const bytes = readFileSync(join(__dirname, '..', '..', HELSE_NORD_SHEET_PATH));

  it('is what scripts/directory/write-helse-nord.ts writes now (run it again if this fails)', () => {
    expect(bytes.toString('utf8')).toBe(helseNordSheet());
  });

  it('reads back without problems as the generator’s entries, all active', () => {
    const { file, problems } = readDirectorySheet(bytes);
    expect(problems).toEqual([]);
    const generated = helseNordDirectory();
    // The sheet sorts each kind by its key; the generator lists them in the order it makes them.
    const keyOf = (entry: object): string => {
      const { id, number, username } = entry as Partial<Record<'id' | 'number' | 'username', string>>;
      return id ?? number ?? username ?? '';
    };
    const sorted = (entries: readonly { readonly entry: object }[]) =>
      entries.map(({ entry }) => entry).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
    for (const kind of IMPORT_KINDS) {
      expect(sorted(file[kind])).toStrictEqual(sorted(generated[kind]));
      expect(file[kind].every((e) => e.active !== false)).toBe(true);
    }
  });

  it('is written again as the very same text when read', () => {
    const { file } = readDirectorySheet(bytes);
    expect(writeDirectorySheet(directoryDataOf(file, '2026-01-01T00:00:00.000Z'))).toBe(bytes.toString('utf8'));
  });

  it('plans nothing for the directory the generator’s file made', () => {
    const { file } = readDirectorySheet(bytes);
    const plan = planDirectoryImport(imported(helseNordDirectory()), file, ACTOR, '2026-03-03T08:00:00.000Z');
    expect(plan.problems).toEqual([]);
    expect(plan.events).toEqual([]);
  });
});
