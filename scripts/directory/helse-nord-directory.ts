import {
  type DirectoryImport,
  type Helsefellesskap,
  type ImportEntry,
  type MultidoseMode,
  type Municipality,
  type NewOrganisation,
  type NewParty,
  type NewPerson,
  type OrganisationSystem,
  type OrganisationType,
  type ScheduledSystem,
  type ServiceLevel,
} from '@lagspill/domain';
import { apportion, NHN_PARTY, Numbers, Prng, RECORD_SYSTEM_VENDORS, slug } from './synthetic-directory';

/**
 * A synthetic but realistic Helse Nord for the directory import (see examples/directory/README.md): the
 * four helsefellesskap and their real kommuner (SSB's kommunenummer from 2024), and in them invented
 * organisations with the counts of the rollout deck: 142 GP offices and 22 out-of-hours clinics on CGM
 * Journal, Pridok, Webmed, EG Infodoc and EG Pasientsky; hospital units of four invented hospitals on DIPS
 * Arena; nursing homes and home care on Gerica and Visma Profil; pharmacies of three chains and three
 * multidose pharmacies. Every organisation, person, address and number is made up (organisation numbers
 * carry valid mod-11 check digits, e-mail domains are under .example.no); any likeness to a real one is
 * accidental. Deterministic: one seed, no Math.random, so the same file comes out every time.
 */

const SEED = 'lagspill/helse-nord-directory/v1';

/** The deck's counts: what the generated file must hold (the test checks them). */
export const HELSE_NORD_GP_OFFICES = 142;
export const HELSE_NORD_OUT_OF_HOURS = 22;

const VENDOR_SLA: ServiceLevel = { firstResponseHours: 24, resolutionHours: 240 };

const CGM_JOURNAL: OrganisationSystem = {
  vendor: 'cgm',
  product: 'CGM Journal',
  version: '8.4.2',
  integration: 'sfm-full',
};
const CGM_JOURNAL_OLD: OrganisationSystem = { ...CGM_JOURNAL, version: '8.3.5' };
const PRIDOK: OrganisationSystem = { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-full' };
const WEBMED: OrganisationSystem = { vendor: 'webmed', product: 'Webmed', integration: 'sfm-full' };
const EG_INFODOC: OrganisationSystem = {
  vendor: 'eg',
  product: 'EG Infodoc',
  version: '12.1',
  integration: 'sfm-full',
};
const EG_PASIENTSKY: OrganisationSystem = { vendor: 'eg', product: 'EG Pasientsky', integration: 'sfm-full' };
const DIPS_ARENA: OrganisationSystem = { vendor: 'dips', product: 'DIPS Arena', integration: 'sfm-basis' };
const GERICA: OrganisationSystem = { vendor: 'tietoevry', product: 'Gerica', integration: 'sfm-full' };
const VISMA_PROFIL: OrganisationSystem = { vendor: 'visma', product: 'Visma Profil', integration: 'sfm-full' };

type Chain = 'apotek1' | 'vitus' | 'boots';

/**
 * The pharmacy system per chain. Synthetic: which chain runs which system was not verified; Boots is put on
 * the legacy FarmaPro only so that the data holds one chain that is not on Eik.
 */
const CHAINS: Readonly<Record<Chain, { name: string; pharmacyPrefix: string; product: string }>> = {
  apotek1: { name: 'Apotek 1', pharmacyPrefix: 'Apotek 1', product: 'Eik' },
  vitus: { name: 'Vitusapotek', pharmacyPrefix: 'Vitusapotek', product: 'Eik' },
  boots: { name: 'Boots apotek', pharmacyPrefix: 'Boots apotek', product: 'FarmaPro' },
};

const chainSystem = (chain: Chain): OrganisationSystem => ({
  vendor: chain,
  product: CHAINS[chain].product,
  integration: 'own',
});

/**
 * The one GP office with a scheduled switch of record system, as the rollout sheet carries it: on Pridok
 * now (`system`), on CGM Journal from 2027-02-01 (`scheduledSystem`). The file carries both, and the
 * import registers them so. Counted once in CGM Journal's 87 (its system from the switch) and once in
 * Pridok's 37 (its system until then): that is how the deck's 165 systems fit its 164 organisations.
 */
const SWITCHING_OFFICE: {
  readonly id: string;
  readonly name: string;
  readonly municipality: string;
  readonly system: OrganisationSystem;
  readonly scheduledSystem: ScheduledSystem;
} = {
  id: 'fjordbyen-legesenter',
  name: 'Fjordbyen legesenter',
  municipality: '1804',
  system: PRIDOK,
  scheduledSystem: { system: CGM_JOURNAL, from: '2027-02-01' },
};

const HELSEFELLESSKAP: readonly Helsefellesskap[] = [
  { id: 'finnmark', name: 'Helsefellesskap Finnmark', hf: 'Finnmarkssykehuset', region: 'helse-nord' },
  {
    id: 'troms-og-ofoten',
    name: 'Helsefellesskapet Troms og Ofoten',
    hf: 'Universitetssykehuset Nord-Norge',
    region: 'helse-nord',
  },
  {
    id: 'lovesa',
    name: 'Helsefellesskap Lofoten, Vesterålen og Salten',
    hf: 'Nordlandssykehuset',
    region: 'helse-nord',
  },
  { id: 'helgeland', name: 'Helsefellesskap Helgeland', hf: 'Helgelandssykehuset', region: 'helse-nord' },
];

type HelsefellesskapId = 'finnmark' | 'troms-og-ofoten' | 'lovesa' | 'helgeland';

/**
 * The kommuner of Nord-Norge (Svalbard aside) with SSB's numbers from 2024, by helsefellesskap: Troms og
 * Ofoten is UNN's 24 kommuner (helsefellesskapet.no/om-oss: the 21 of Troms with Narvik, Evenes and
 * Lødingen); LoVeSa the rest of Lofoten, Vesterålen and Salten; Helgeland the Helgeland kommuner (membership
 * not verified). Populations are rounded recent figures, used only to spread the offices.
 */
// prettier-ignore
const MUNICIPALITIES: readonly (readonly [number: string, name: string, helsefellesskap: HelsefellesskapId, population: number])[] = [
  ['5601', 'Alta', 'finnmark', 21900],
  ['5603', 'Hammerfest', 'finnmark', 11400],
  ['5605', 'Sør-Varanger', 'finnmark', 10000],
  ['5607', 'Vadsø', 'finnmark', 5700],
  ['5610', 'Kárášjohka - Karasjok', 'finnmark', 2600],
  ['5612', 'Guovdageaidnu - Kautokeino', 'finnmark', 2900],
  ['5614', 'Loppa', 'finnmark', 850],
  ['5616', 'Hasvik', 'finnmark', 1000],
  ['5618', 'Måsøy', 'finnmark', 1150],
  ['5620', 'Nordkapp', 'finnmark', 3100],
  ['5622', 'Porsanger - Porsáŋgu - Porsanki', 'finnmark', 3900],
  ['5624', 'Lebesby', 'finnmark', 1250],
  ['5626', 'Gamvik', 'finnmark', 1100],
  ['5628', 'Deatnu - Tana', 'finnmark', 2800],
  ['5630', 'Berlevåg', 'finnmark', 900],
  ['5632', 'Båtsfjord', 'finnmark', 2200],
  ['5634', 'Vardø', 'finnmark', 1950],
  ['5636', 'Unjárga - Nesseby', 'finnmark', 900],
  ['5501', 'Tromsø', 'troms-og-ofoten', 78700],
  ['5503', 'Harstad', 'troms-og-ofoten', 25000],
  ['5510', 'Kvæfjord', 'troms-og-ofoten', 2800],
  ['5512', 'Tjeldsund', 'troms-og-ofoten', 4200],
  ['5514', 'Ibestad', 'troms-og-ofoten', 1300],
  ['5516', 'Gratangen', 'troms-og-ofoten', 1100],
  ['5518', 'Lavangen', 'troms-og-ofoten', 1000],
  ['5520', 'Bardu', 'troms-og-ofoten', 4000],
  ['5522', 'Salangen', 'troms-og-ofoten', 2100],
  ['5524', 'Målselv', 'troms-og-ofoten', 6700],
  ['5526', 'Sørreisa', 'troms-og-ofoten', 3500],
  ['5528', 'Dyrøy', 'troms-og-ofoten', 1100],
  ['5530', 'Senja', 'troms-og-ofoten', 14800],
  ['5532', 'Balsfjord', 'troms-og-ofoten', 5700],
  ['5534', 'Karlsøy', 'troms-og-ofoten', 2100],
  ['5536', 'Lyngen', 'troms-og-ofoten', 2700],
  ['5538', 'Storfjord', 'troms-og-ofoten', 1800],
  ['5540', 'Kåfjord', 'troms-og-ofoten', 2000],
  ['5542', 'Skjervøy', 'troms-og-ofoten', 2900],
  ['5544', 'Nordreisa', 'troms-og-ofoten', 4900],
  ['5546', 'Kvænangen', 'troms-og-ofoten', 1200],
  ['1806', 'Narvik', 'troms-og-ofoten', 21700],
  ['1853', 'Evenes', 'troms-og-ofoten', 1400],
  ['1851', 'Lødingen', 'troms-og-ofoten', 2000],
  ['1804', 'Bodø', 'lovesa', 53700],
  ['1837', 'Meløy', 'lovesa', 6200],
  ['1838', 'Gildeskål', 'lovesa', 1900],
  ['1839', 'Beiarn', 'lovesa', 1000],
  ['1840', 'Saltdal', 'lovesa', 4600],
  ['1841', 'Fauske', 'lovesa', 9800],
  ['1845', 'Sørfold', 'lovesa', 1900],
  ['1848', 'Steigen', 'lovesa', 2500],
  ['1875', 'Hamarøy', 'lovesa', 2700],
  ['1856', 'Røst', 'lovesa', 450],
  ['1857', 'Værøy', 'lovesa', 700],
  ['1859', 'Flakstad', 'lovesa', 1300],
  ['1860', 'Vestvågøy', 'lovesa', 11600],
  ['1865', 'Vågan', 'lovesa', 9700],
  ['1874', 'Moskenes', 'lovesa', 1000],
  ['1866', 'Hadsel', 'lovesa', 8100],
  ['1867', 'Bø', 'lovesa', 2500],
  ['1868', 'Øksnes', 'lovesa', 4500],
  ['1870', 'Sortland', 'lovesa', 10700],
  ['1871', 'Andøy', 'lovesa', 4500],
  ['1811', 'Bindal', 'helgeland', 1400],
  ['1812', 'Sømna', 'helgeland', 2000],
  ['1813', 'Brønnøy', 'helgeland', 7900],
  ['1815', 'Vega', 'helgeland', 1200],
  ['1816', 'Vevelstad', 'helgeland', 480],
  ['1818', 'Herøy i Nordland', 'helgeland', 1800],
  ['1820', 'Alstahaug', 'helgeland', 7400],
  ['1822', 'Leirfjord', 'helgeland', 2300],
  ['1824', 'Vefsn', 'helgeland', 13300],
  ['1825', 'Grane', 'helgeland', 1450],
  ['1826', 'Aarborte - Hattfjelldal', 'helgeland', 1300],
  ['1827', 'Dønna', 'helgeland', 1350],
  ['1828', 'Nesna', 'helgeland', 1800],
  ['1832', 'Hemnes', 'helgeland', 4500],
  ['1833', 'Rana', 'helgeland', 26500],
  ['1834', 'Lurøy', 'helgeland', 1800],
  ['1835', 'Træna', 'helgeland', 450],
  ['1836', 'Rødøy', 'helgeland', 1200],
];

/** Interkommunal legevakt: hosted by the larger kommuner, more where people are (22 in all). */
// prettier-ignore
const OUT_OF_HOURS_HOSTS: readonly string[] = [
  '5601', '5603', '5605', '5607', '5622',                 // Finnmark
  '5501', '5503', '1806', '5530', '5524', '5544', '5532', // Troms og Ofoten
  '1804', '1841', '1865', '1860', '1870', '1866',         // Lofoten, Vesterålen og Salten
  '1833', '1824', '1820', '1813',                         // Helgeland
];

/** Where the pharmacies are: the towns, more in the larger ones (30 in all). */
// prettier-ignore
const PHARMACY_TOWNS: readonly string[] = [
  '5501', '5501', '5501', '5501', '1804', '1804', '1804', '5503', '5503', '1833', '1833', '5601', '5601', '1806',
  '1806', '5603', '5605', '5607', '5622', '5530', '5524', '5544', '1824', '1820', '1813', '1860', '1865', '1870',
  '1841', '1866',
];

/** Kommuner with a nursing home and home care in the file: the 30 most populous. */
const CARE_MUNICIPALITIES = 30;

interface MultidoseSite {
  readonly key: 'bodo' | 'tromso' | 'mo-i-rana';
  readonly municipality: string;
  readonly chain: Chain;
  readonly stem: string;
}

const MULTIDOSE_SITES: readonly MultidoseSite[] = [
  { key: 'bodo', municipality: '1804', chain: 'apotek1', stem: 'Saltkaia' },
  { key: 'tromso', municipality: '5501', chain: 'vitus', stem: 'Ishavskaia' },
  { key: 'mo-i-rana', municipality: '1833', chain: 'boots', stem: 'Smeltedigelen' },
];

/** The multidose pharmacy a helsefellesskap's orderers use. */
const MULTIDOSE_FOR: Readonly<Record<HelsefellesskapId, MultidoseSite['key']>> = {
  finnmark: 'tromso',
  'troms-og-ofoten': 'tromso',
  lovesa: 'bodo',
  helgeland: 'mo-i-rana',
};

/** Four invented hospitals, one of each health trust, and their units on DIPS Arena. */
const HOSPITALS: readonly { name: string; municipality: string; units: readonly string[] }[] = [
  {
    name: 'Viddalys sykehus',
    municipality: '5603',
    units: ['medisinsk avdeling', 'kirurgisk avdeling', 'akuttmottak'],
  },
  {
    name: 'Ishavsporten universitetssykehus',
    municipality: '5501',
    units: ['medisinsk klinikk', 'kirurgi-, kreft- og kvinnehelseklinikken', 'akuttmedisinsk klinikk'],
  },
  { name: 'Havblikk sykehus', municipality: '1804', units: ['medisinsk klinikk', 'geriatrisk seksjon', 'akuttmottak'] },
  {
    name: 'Fjellvåken sykehus',
    municipality: '1833',
    units: ['medisinsk avdeling', 'kirurgisk avdeling', 'akuttmottak'],
  },
];

// Invented place-like names: a bird, fish or northern thing and a landform, so that no office is named
// after a real street or neighbourhood.
// prettier-ignore
const STEM_FIRST = [
  'Multe', 'Torske', 'Skrei', 'Måke', 'Lunde', 'Skarv', 'Tjeld', 'Kobbe', 'Sild', 'Rype', 'Nordlys', 'Polar',
  'Tare', 'Isbre', 'Lomvi', 'Alke', 'Ærfugl', 'Snøspurv', 'Polarrev', 'Havørn', 'Steinbit', 'Sjøstjerne',
  'Midnattsol', 'Kråke', 'Hval', 'Oter', 'Kongeørn', 'Reinlav',
];
// prettier-ignore
const STEM_SECOND = [
  'odden', 'bakken', 'heia', 'lia', 'tunet', 'vika', 'sletta', 'haugen', 'kaia', 'moen', 'dalen', 'neset',
  'berget', 'holmen', 'brekka',
];
// prettier-ignore
const FIRST_NAMES = [
  'Kari', 'Ola', 'Ingrid', 'Anders', 'Marte', 'Jonas', 'Siri', 'Lars', 'Hanne', 'Per', 'Eva', 'Tor', 'Nina',
  'Erlend', 'Solveig', 'Magnus', 'Ragnhild', 'Sindre', 'Elise', 'Håkon', 'Maren', 'Jørgen', 'Tone', 'Espen',
  'Astrid', 'Vegard', 'Ida', 'Steinar', 'Liv', 'Øyvind', 'Berit', 'Mathis', 'Ellen', 'Aslak', 'Sunniva',
  'Trond', 'Hilde', 'Nils', 'Karoline', 'Rune',
];
// prettier-ignore
const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Nilsen', 'Pedersen', 'Berg', 'Eriksen', 'Jakobsen', 'Karlsen', 'Andreassen',
  'Mikkelsen', 'Isaksen', 'Pettersen', 'Kristiansen', 'Larsen', 'Halvorsen', 'Johnsen', 'Jensen', 'Dahl',
  'Solberg', 'Haugen', 'Sara', 'Eira', 'Hætta', 'Gaup', 'Somby', 'Utsi', 'Nordvik', 'Fagerli', 'Strøm',
  'Bakke', 'Lorentzen', 'Amundsen', 'Hanssen', 'Ellingsen', 'Simonsen', 'Mathisen', 'Henriksen', 'Aronsen',
  'Severinsen',
];

const entries = <T>(items: readonly T[]): ImportEntry<T>[] => items.map((entry) => ({ entry }));

/** The synthetic Helse Nord directory, as one import file. The same every call. */
export function helseNordDirectory(): DirectoryImport {
  const numbers = new Numbers(new Prng(`${SEED}/numbers`));
  const names = new Prng(`${SEED}/names`);
  const choices = new Prng(`${SEED}/choices`);

  const municipalities: Municipality[] = MUNICIPALITIES.map(([number, name, helsefellesskap]) => ({
    number,
    name,
    helsefellesskap,
  }));
  const municipality = (number: string) => {
    const found = MUNICIPALITIES.find(([n]) => n === number);
    if (!found) throw new Error(`No kommune ${number}`);
    return { number, name: found[1], helsefellesskap: found[2], population: found[3] };
  };

  // Every invented organisation gets its own place-like stem, so names and ids are unique.
  const stems = names.shuffle(STEM_FIRST.flatMap((first) => STEM_SECOND.map((second) => `${first}${second}`)));
  let nextStem = 0;
  const stem = (): string => {
    const value = stems[nextStem++];
    if (value === undefined) throw new Error('Out of invented names');
    return value;
  };

  const organisations: NewOrganisation[] = [];
  const multidosePharmacyIds = new Map<MultidoseSite['key'], string>();
  const add = (
    type: OrganisationType,
    name: string,
    municipalityNumber: string,
    system: OrganisationSystem,
    extra: {
      id?: string;
      multidoseMode?: MultidoseMode;
      multidosePharmacy?: string;
      pharmacyChain?: Chain;
      contactEmail?: string;
      scheduledSystem?: ScheduledSystem;
    } = {},
  ): NewOrganisation => {
    const id = extra.id ?? slug(name);
    const organisation: NewOrganisation = {
      id,
      name,
      type,
      orgnr: numbers.orgnr(),
      herId: numbers.herId(),
      municipality: municipalityNumber,
      system,
      multidoseMode: extra.multidoseMode ?? 'none',
      ...(extra.multidosePharmacy === undefined ? {} : { multidosePharmacy: extra.multidosePharmacy }),
      ...(extra.pharmacyChain === undefined ? {} : { pharmacyChain: extra.pharmacyChain }),
      contactEmails: [extra.contactEmail ?? `post@${id}.example.no`],
      ...(extra.scheduledSystem === undefined ? {} : { scheduledSystem: extra.scheduledSystem }),
    };
    organisations.push(organisation);
    return organisation;
  };
  const multidosePharmacyOf = (municipalityNumber: string): string =>
    multidosePharmacyIds.get(MULTIDOSE_FOR[municipality(municipalityNumber).helsefellesskap]) as string;

  // Multidose pharmacies.
  for (const site of MULTIDOSE_SITES) {
    const organisation = add(
      'multidose-pharmacy',
      `${CHAINS[site.chain].pharmacyPrefix} multidose ${site.stem}`,
      site.municipality,
      chainSystem(site.chain),
      {
        multidoseMode: 'electronic',
        pharmacyChain: site.chain,
      },
    );
    multidosePharmacyIds.set(site.key, organisation.id);
  }

  // GP offices and out-of-hours clinics: where they are first, then which system each runs.
  const gpShares = apportion(
    MUNICIPALITIES.map(([, , , population]) => population),
    HELSE_NORD_GP_OFFICES,
    1,
  );
  const practices: { type: 'gp-office' | 'out-of-hours'; municipality: string; name: string }[] = [];
  MUNICIPALITIES.forEach(([number], index) => {
    let count = gpShares[index];
    if (number === SWITCHING_OFFICE.municipality) count -= 1; // Fjordbyen legesenter is one of Bodø's.
    for (let i = 0; i < count; i++) {
      const suffix = names.weighted([
        ['legesenter', 5],
        ['legekontor', 3],
        ['legegruppe', 1],
      ] as const);
      practices.push({ type: 'gp-office', municipality: number, name: `${stem()} ${suffix}` });
    }
  });
  for (const number of OUT_OF_HOURS_HOSTS) {
    practices.push({ type: 'out-of-hours', municipality: number, name: `${stem()} interkommunale legevakt` });
  }
  // The deck's systems over the 163 practices besides Fjordbyen legesenter, which is on Pridok (37 with it).
  const cgm = (n: number) => Array.from({ length: n }, (_, i) => (i % 5 === 4 ? CGM_JOURNAL_OLD : CGM_JOURNAL));
  const systems = choices.shuffle([
    ...cgm(86),
    ...Array<OrganisationSystem>(36).fill(PRIDOK),
    ...Array<OrganisationSystem>(22).fill(WEBMED),
    ...Array<OrganisationSystem>(13).fill(EG_INFODOC),
    ...Array<OrganisationSystem>(6).fill(EG_PASIENTSKY),
  ]);
  if (systems.length !== practices.length)
    throw new Error(`${systems.length} systems for ${practices.length} practices`);
  const gpMultidose = (): MultidoseMode =>
    choices.weighted([
      ['electronic', 70],
      ['paper', 22],
      ['none', 8],
    ] as const);
  const practiceOrganisations: NewOrganisation[] = [];
  {
    const mode = gpMultidose();
    practiceOrganisations.push(
      add('gp-office', SWITCHING_OFFICE.name, SWITCHING_OFFICE.municipality, SWITCHING_OFFICE.system, {
        id: SWITCHING_OFFICE.id,
        multidoseMode: mode === 'none' ? 'electronic' : mode,
        multidosePharmacy: multidosePharmacyOf(SWITCHING_OFFICE.municipality),
        scheduledSystem: SWITCHING_OFFICE.scheduledSystem,
      }),
    );
  }
  practices.forEach((practice, index) => {
    const system = systems[index];
    if (practice.type === 'out-of-hours') {
      practiceOrganisations.push(add('out-of-hours', practice.name, practice.municipality, system));
      return;
    }
    const mode = gpMultidose();
    practiceOrganisations.push(
      add('gp-office', practice.name, practice.municipality, system, {
        multidoseMode: mode,
        ...(mode === 'none' ? {} : { multidosePharmacy: multidosePharmacyOf(practice.municipality) }),
      }),
    );
  });

  // Hospital units.
  for (const hospital of HOSPITALS) {
    for (const unit of hospital.units) {
      const id = `${slug(hospital.name)}-${slug(unit.split(/[ ,-]/)[0])}`;
      add('hospital-unit', `${hospital.name}, ${unit}`, hospital.municipality, DIPS_ARENA, {
        id,
        contactEmail: `${slug(unit.split(/[ ,-]/)[0])}@${slug(hospital.name)}.example.no`,
      });
    }
  }

  // Nursing homes and home care, one of each in the most populous kommuner; a kommune runs one system.
  const careMunicipalities = [...MUNICIPALITIES]
    .sort((a, b) => b[3] - a[3] || a[0].localeCompare(b[0]))
    .slice(0, CARE_MUNICIPALITIES);
  const careOrganisations: NewOrganisation[] = [];
  for (const [number, name] of careMunicipalities) {
    const system = choices.next() < 0.5 ? GERICA : VISMA_PROFIL;
    const kommune = `${slug(name.split(' - ').at(-1) as string)}.kommune.example.no`;
    const nursingMode = choices.weighted([
      ['paper', 55],
      ['none', 25],
      ['electronic', 20],
    ] as const);
    const homeMode = choices.weighted([
      ['electronic', 60],
      ['paper', 30],
      ['unknown', 10],
    ] as const);
    const withPharmacy = (mode: MultidoseMode) =>
      mode === 'paper' || mode === 'electronic' ? { multidosePharmacy: multidosePharmacyOf(number) } : {};
    const nursingHome = `${stem()} sykehjem`;
    careOrganisations.push(
      add('nursing-home', nursingHome, number, system, {
        multidoseMode: nursingMode,
        ...withPharmacy(nursingMode),
        contactEmail: `${slug(nursingHome)}@${kommune}`,
      }),
    );
    const homeCare = `Hjemmetjenesten ${stem()}`;
    careOrganisations.push(
      add('home-care', homeCare, number, system, {
        multidoseMode: homeMode,
        ...withPharmacy(homeMode),
        contactEmail: `${slug(homeCare)}@${kommune}`,
      }),
    );
  }

  // Pharmacies of the three chains.
  const pharmacies: NewOrganisation[] = [];
  for (const number of PHARMACY_TOWNS) {
    const chain = choices.weighted<Chain>([
      ['apotek1', 45],
      ['vitus', 35],
      ['boots', 20],
    ]);
    pharmacies.push(
      add('pharmacy', `${CHAINS[chain].pharmacyPrefix} ${stem()}`, number, chainSystem(chain), {
        pharmacyChain: chain,
      }),
    );
  }

  // Parties.
  const vendor = (id: string, name: string, products: readonly string[]): NewParty => ({
    id,
    kind: 'vendor',
    name,
    products,
    contactEmails: [`saker@${id}.example.no`],
    serviceLevel: VENDOR_SLA,
  });
  const chainParty = (id: Chain): NewParty => ({
    id,
    kind: 'pharmacy-chain',
    name: CHAINS[id].name,
    products: [CHAINS[id].product],
    contactEmails: [`saker@${id}.example.no`],
    serviceLevel: { firstResponseHours: 8, resolutionHours: 72 },
  });
  const parties: NewParty[] = [
    ...RECORD_SYSTEM_VENDORS.map(([id, name, products]) => vendor(id, name, products)),
    NHN_PARTY,
    chainParty('apotek1'),
    chainParty('vitus'),
    chainParty('boots'),
    {
      id: 'arbeidsgruppe-nord',
      kind: 'working-group',
      name: 'Regional arbeidsgruppe PLL i nord',
      products: [],
      region: 'helse-nord',
      contactEmails: ['saker@arbeidsgruppe-nord.example.no'],
      serviceLevel: { firstResponseHours: 48, resolutionHours: 480 },
    },
  ];

  // People: a reporter at every GP office and out-of-hours clinic, a few at care units and pharmacies, a
  // responder per vendor and two coordinators. No admin: the bootstrap admin comes from configuration.
  const people: NewPerson[] = [];
  const fullName = () => ({ first: names.pick(FIRST_NAMES), last: names.pick(LAST_NAMES) });
  const address = (first: string, last: string, domain: string) => `${slug(first)}.${slug(last)}@${domain}`;
  const domainOf = (organisation: NewOrganisation) => (organisation.contactEmails?.[0] as string).split('@')[1];
  const reporter = (prefix: string, organisation: NewOrganisation): void => {
    const { first, last } = fullName();
    people.push({
      username: `${prefix}.${organisation.id}`,
      hprNumber: numbers.hpr(),
      name: `${first} ${last}`,
      role: 'reporter',
      organisation: organisation.id,
      email: address(first, last, domainOf(organisation)),
    });
  };
  for (const organisation of practiceOrganisations) reporter('lege', organisation);
  for (const organisation of choices.shuffle(careOrganisations).slice(0, 6)) reporter('sykepleier', organisation);
  for (const organisation of choices.shuffle(pharmacies).slice(0, 3)) reporter('farmasoyt', organisation);
  reporter('farmasoyt', organisations.find((o) => o.type === 'multidose-pharmacy') as NewOrganisation);
  for (const party of parties.filter((p) => p.kind === 'vendor')) {
    const { first, last } = fullName();
    people.push({
      username: `support.nord.${party.id}`,
      name: `${first} ${last}`,
      role: 'responder',
      party: party.id,
      email: address(first, last, `${party.id}.example.no`),
    });
  }
  for (let i = 1; i <= 2; i++) {
    const { first, last } = fullName();
    people.push({
      username: `koordinator.nord.${i}`,
      name: `${first} ${last}`,
      role: 'coordinator',
      party: 'arbeidsgruppe-nord',
      email: address(first, last, 'helse-nord.example.no'),
    });
  }

  return {
    helsefellesskap: entries(HELSEFELLESSKAP),
    municipalities: entries(municipalities),
    parties: entries(parties),
    organisations: entries(organisations),
    people: entries(people),
  };
}
