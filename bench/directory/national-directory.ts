import {
  type DirectoryImport,
  type Helsefellesskap,
  type MultidoseMode,
  type Municipality,
  type NewOrganisation,
  type NewParty,
  type NewPerson,
  type OrganisationSystem,
  type OrganisationType,
  type ServiceLevel,
} from '@lagspill/domain';
import {
  apportion,
  NHN_PARTY,
  Numbers,
  Prng,
  RECORD_SYSTEM_VENDORS,
  slug,
} from '../../scripts/directory/synthetic-directory';

export { directoryDataOf } from '../../scripts/directory/synthetic-directory';

/**
 * A synthetic national directory for the scale benchmark (issue 16, point 6): the four regions with 19
 * helsefellesskap, 350 kommuner, the parties that answer (vendors, NHN, pharmacy chains, a regional ICT
 * provider and a working group per region), 10,000 organisations of every type and 60,000 people.
 *
 * Everything is made up. The helsefellesskap are named after the health trusts (public names), but the
 * kommuner are invented places with synthetic numbers: four digits, a county-like prefix per
 * helsefellesskap and odd numbers after it, which are not SSB's (Oslo's 0301 aside). Organisation numbers
 * carry valid mod-11 check digits and are unique (clear of the demo directory's 974…), HER-ids and HPR
 * numbers are unique, usernames are HelseID-like pseudonyms, e-mail domains are under .example.no.
 * Deterministic: one seed, no Math.random, the same file every call.
 */

const SEED = 'lagspill/bench/national-directory/v1';

/** What the file holds, by kind: the benchmark's report names these. */
export const NATIONAL_COUNTS = {
  organisations: 10_000,
  people: 60_000,
} as const;

/** Organisations per type; they add up to NATIONAL_COUNTS.organisations. */
const ORGANISATIONS_PER_TYPE: Readonly<Record<OrganisationType, number>> = {
  'gp-office': 2_200,
  'out-of-hours': 180,
  'hospital-unit': 2_400,
  'nursing-home': 1_100,
  'home-care': 1_050,
  'contract-specialist': 1_900,
  pharmacy: 1_155,
  'multidose-pharmacy': 15,
};

/** Reporters per organisation of a type, relative: the 59,000-odd reporters are shared out by these. */
const REPORTER_WEIGHT: Readonly<Record<OrganisationType, number>> = {
  'gp-office': 8,
  'out-of-hours': 15,
  'hospital-unit': 10,
  'nursing-home': 6,
  'home-care': 8,
  'contract-specialist': 2,
  pharmacy: 4,
  'multidose-pharmacy': 10,
};

/** Share of organisations and of people that the file lists as no longer active (Aktiv: nei). */
const INACTIVE_ORGANISATIONS = 0.005;
const INACTIVE_PEOPLE = 0.01;
/** Share of GP offices with a switch of record system recorded ahead of its day. */
const SCHEDULED_SWITCHES = 0.01;
const SWITCH_DAY = '2029-01-01';

type Region = 'helse-nord' | 'helse-midt-norge' | 'helse-vest' | 'helse-sor-ost';

/** The 19 helsefellesskap, with how many (synthetic) kommuner each gets and their numbers' prefix. */
// prettier-ignore
const HELSEFELLESSKAP: readonly (readonly [id: string, name: string, hf: string, region: Region, kommuner: number, prefix: string])[] = [
  ['finnmark', 'Helsefellesskap Finnmark', 'Finnmarkssykehuset', 'helse-nord', 18, '56'],
  ['troms-og-ofoten', 'Helsefellesskapet Troms og Ofoten', 'Universitetssykehuset Nord-Norge', 'helse-nord', 24, '55'],
  ['lovesa', 'Helsefellesskap Lofoten, Vesterålen og Salten', 'Nordlandssykehuset', 'helse-nord', 21, '18'],
  ['helgeland', 'Helsefellesskap Helgeland', 'Helgelandssykehuset', 'helse-nord', 17, '17'],
  ['more-og-romsdal', 'Helsefellesskapet Møre og Romsdal', 'Helse Møre og Romsdal', 'helse-midt-norge', 24, '15'],
  ['trondelag-sor', 'Helsefellesskapet Sør-Trøndelag', 'St. Olavs hospital', 'helse-midt-norge', 24, '50'],
  ['trondelag-nord', 'Helsefellesskapet Nord-Trøndelag', 'Helse Nord-Trøndelag', 'helse-midt-norge', 20, '51'],
  ['sor-rogaland', 'Helsefellesskapet i Sør-Rogaland', 'Helse Stavanger', 'helse-vest', 14, '11'],
  ['fonna', 'Helsefellesskapet Fonna', 'Helse Fonna', 'helse-vest', 15, '12'],
  ['bergensomradet', 'Helsefellesskapet i Bergensområdet', 'Helse Bergen', 'helse-vest', 20, '46'],
  ['sogn-og-fjordane', 'Helsefellesskapet Sogn og Fjordane', 'Helse Førde', 'helse-vest', 22, '14'],
  ['innlandet', 'Helsefellesskapet Innlandet', 'Sykehuset Innlandet', 'helse-sor-ost', 36, '34'],
  ['ostfold', 'Helsefellesskapet Østfold', 'Sykehuset Østfold', 'helse-sor-ost', 14, '31'],
  ['akershus', 'Helsefellesskapet Akershus', 'Akershus universitetssykehus', 'helse-sor-ost', 16, '32'],
  ['oslo', 'Helsefellesskapet Oslo', 'Oslo universitetssykehus', 'helse-sor-ost', 1, '03'],
  ['vestre-viken', 'Helsefellesskapet Vestre Viken', 'Vestre Viken', 'helse-sor-ost', 20, '33'],
  ['vestfold', 'Helsefellesskapet Vestfold', 'Sykehuset i Vestfold', 'helse-sor-ost', 8, '39'],
  ['telemark', 'Helsefellesskapet Telemark', 'Sykehuset Telemark', 'helse-sor-ost', 13, '40'],
  ['agder', 'Helsefellesskapet Agder', 'Sørlandet sykehus', 'helse-sor-ost', 23, '42'],
];

const REGIONS: readonly (readonly [id: Region, short: string, multidosePharmacies: number])[] = [
  ['helse-nord', 'nord', 2],
  ['helse-midt-norge', 'midt', 2],
  ['helse-vest', 'vest', 3],
  ['helse-sor-ost', 'sor-ost', 8],
];

const VENDOR_SLA: ServiceLevel = { firstResponseHours: 24, resolutionHours: 240 };

const system = (vendor: string, product: string, integration: OrganisationSystem['integration'], version?: string) =>
  ({ vendor, product, ...(version === undefined ? {} : { version }), integration }) as OrganisationSystem;

const CGM_JOURNAL = system('cgm', 'CGM Journal', 'sfm-full', '8.4.2');
const CGM_JOURNAL_OLD = system('cgm', 'CGM Journal', 'sfm-full', '8.3.5');
const PRIDOK = system('pridok', 'Pridok', 'sfm-full', '2026.3');
const WEBMED = system('webmed', 'Webmed', 'sfm-full');
const EG_INFODOC = system('eg', 'EG Infodoc', 'sfm-full', '12.1');
const EG_PASIENTSKY = system('eg', 'EG Pasientsky', 'sfm-full');
const DIPS_ARENA = system('dips', 'DIPS Arena', 'sfm-basis');
const GERICA = system('tietoevry', 'Gerica', 'sfm-full');
const VISMA_PROFIL = system('visma', 'Visma Profil', 'sfm-full');

const PRACTICE_SYSTEMS: readonly (readonly [OrganisationSystem, number])[] = [
  [CGM_JOURNAL, 36],
  [CGM_JOURNAL_OLD, 9],
  [PRIDOK, 20],
  [WEBMED, 12],
  [EG_INFODOC, 15],
  [EG_PASIENTSKY, 8],
];

type Chain = 'apotek1' | 'vitus' | 'boots';
const CHAINS: Readonly<Record<Chain, { name: string; prefix: string; product: string; weight: number }>> = {
  apotek1: { name: 'Apotek 1', prefix: 'Apotek 1', product: 'Eik', weight: 45 },
  vitus: { name: 'Vitusapotek', prefix: 'Vitusapotek', product: 'Eik', weight: 35 },
  boots: { name: 'Boots apotek', prefix: 'Boots apotek', product: 'FarmaPro', weight: 20 },
};
const chainSystem = (chain: Chain) => system(chain, CHAINS[chain].product, 'own');

/** Responders per answering party: vendors, NHN, chains and each region's ICT provider. */
const RESPONDERS: Readonly<Record<string, number>> = {
  cgm: 120,
  pridok: 40,
  webmed: 25,
  eg: 60,
  dips: 80,
  visma: 50,
  tietoevry: 50,
  nhn: 100,
  apotek1: 30,
  vitus: 30,
  boots: 30,
};
const RESPONDERS_PER_REGIONAL_ICT = 25;
const COORDINATORS_PER_REGION = 10;
const ADMINS = 5;
const SYSTEM_CLIENTS = 20;

// prettier-ignore
const PLACE_FIRST = [
  'Aur', 'Bjørk', 'Bre', 'Dal', 'Eid', 'Elve', 'Fjell', 'Fjord', 'Foss', 'Furu', 'Gran', 'Hav', 'Hei', 'Holm',
  'Hus', 'Is', 'Kval', 'Li', 'Lyng', 'Mo', 'Myr', 'Nes', 'Os', 'Rein', 'Rogn', 'Sand', 'Sel', 'Sjø', 'Skog',
  'Sol', 'Stein', 'Strand', 'Sund', 'Tind', 'Tjern', 'Ulv', 'Vang', 'Vik', 'Å', 'Øy',
];
// prettier-ignore
const PLACE_SECOND = [
  'berg', 'bu', 'dal', 'fjord', 'haug', 'heim', 'land', 'li', 'mo', 'nes', 'rud', 'stad', 'sund', 'vik', 'voll',
  'ås', 'øy', 'eid', 'bø', 'vang',
];
// prettier-ignore
const STREET = [
  'Torget', 'Kaia', 'Brygga', 'Sentrum', 'Parken', 'Bakken', 'Tunet', 'Lia', 'Moen', 'Sletta', 'Haugen',
  'Kroken', 'Porten', 'Vika', 'Neset',
];
// prettier-ignore
const HOSPITAL_UNITS = [
  'akuttmottak', 'medisinsk avdeling', 'kirurgisk avdeling', 'geriatrisk seksjon', 'hjerteavdeling',
  'lungeavdeling', 'nevrologisk avdeling', 'ortopedisk avdeling', 'kvinneklinikken', 'barneavdeling',
  'kreftavdeling', 'infeksjonsavdeling', 'nyreseksjon', 'fordøyelsesseksjon', 'endokrinologisk seksjon',
  'hematologisk seksjon', 'revmatologisk avdeling', 'hudavdeling', 'øyeavdeling', 'øre-nese-hals',
  'psykiatrisk klinikk', 'distriktspsykiatrisk senter', 'rusbehandling', 'barne- og ungdomspsykiatri',
  'rehabilitering', 'palliativ enhet', 'intensivavdeling', 'anestesiavdeling', 'dagkirurgi', 'sykehusapotek',
  'karkirurgi', 'urologisk seksjon', 'plastikkirurgi', 'nyfødtintensiv', 'slagenhet', 'observasjonspost',
  'poliklinikk medisin', 'poliklinikk kirurgi', 'alderspsykiatri', 'smertepoliklinikk',
];
// prettier-ignore
const SPECIALTIES = [
  'øyelege', 'hudlege', 'psykiater', 'gynekolog', 'øre-nese-halslege', 'revmatolog', 'indremedisiner',
  'barnelege', 'nevrolog', 'ortoped', 'kardiolog', 'psykolog',
];
// prettier-ignore
const FIRST_NAMES = [
  'Kari', 'Ola', 'Ingrid', 'Anders', 'Marte', 'Jonas', 'Siri', 'Lars', 'Hanne', 'Per', 'Eva', 'Tor', 'Nina',
  'Erlend', 'Solveig', 'Magnus', 'Ragnhild', 'Sindre', 'Elise', 'Håkon', 'Maren', 'Jørgen', 'Tone', 'Espen',
  'Astrid', 'Vegard', 'Ida', 'Steinar', 'Liv', 'Øyvind', 'Berit', 'Mathis', 'Ellen', 'Aslak', 'Sunniva',
  'Trond', 'Hilde', 'Nils', 'Karoline', 'Rune', 'Amir', 'Fatima', 'Piotr', 'Agnieszka', 'Mohammed', 'Sara',
];
// prettier-ignore
const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Nilsen', 'Pedersen', 'Berg', 'Eriksen', 'Jakobsen', 'Karlsen', 'Andreassen',
  'Mikkelsen', 'Isaksen', 'Pettersen', 'Kristiansen', 'Larsen', 'Halvorsen', 'Johnsen', 'Jensen', 'Dahl',
  'Solberg', 'Haugen', 'Sara', 'Eira', 'Hætta', 'Gaup', 'Somby', 'Nordvik', 'Fagerli', 'Strøm', 'Bakke',
  'Lorentzen', 'Amundsen', 'Hanssen', 'Ellingsen', 'Simonsen', 'Mathisen', 'Henriksen', 'Ahmed', 'Nowak', 'Ali',
];

interface Kommune extends Municipality {
  readonly population: number;
  readonly region: Region;
}

/** The synthetic national directory, as one import file. The same every call. */
export function nationalDirectory(): DirectoryImport {
  const numberRng = new Prng(`${SEED}/numbers`);
  const numbers = new Numbers(numberRng);
  const names = new Prng(`${SEED}/names`);
  const choices = new Prng(`${SEED}/choices`);

  const helsefellesskap: Helsefellesskap[] = HELSEFELLESSKAP.map(([id, name, hf, region]) => ({
    id,
    name,
    hf,
    region,
  }));

  // Kommuner: invented names, synthetic numbers, a skewed population to spread the organisations by.
  const placeNames = names.shuffle(PLACE_FIRST.flatMap((first) => PLACE_SECOND.map((second) => `${first}${second}`)));
  let nextPlace = 0;
  const kommuner: Kommune[] = HELSEFELLESSKAP.flatMap(([id, , , region, count, prefix]) =>
    Array.from({ length: count }, (_, i) => {
      const oslo = prefix === '03';
      const place = oslo ? 'Oslo' : placeNames[nextPlace++];
      return {
        number: oslo ? '0301' : `${prefix}${String(2 * i + 1).padStart(2, '0')}`,
        name: place,
        helsefellesskap: id,
        region,
        // Oslo and a few towns are large, most kommuner small.
        population: oslo ? 720_000 : Math.round(800 + 120_000 * choices.next() ** 5),
      };
    }),
  );
  const population = kommuner.map((k) => k.population);
  const municipalities: Municipality[] = kommuner.map(({ number, name, helsefellesskap: hf }) => ({
    number,
    name,
    helsefellesskap: hf,
  }));
  const byPopulation = [...kommuner].sort((a, b) => b.population - a.population || a.number.localeCompare(b.number));

  // Parties.
  const vendor = (id: string, name: string, products: readonly string[], region?: Region): NewParty => ({
    id,
    kind: 'vendor',
    name,
    products,
    ...(region === undefined ? {} : { region }),
    contactEmails: [`saker@${id}.example.no`],
    serviceLevel: VENDOR_SLA,
  });
  const parties: NewParty[] = [
    ...RECORD_SYSTEM_VENDORS.map(([id, name, products]) => vendor(id, name, products)),
    NHN_PARTY,
    ...(Object.keys(CHAINS) as Chain[]).map((id): NewParty => ({
      id,
      kind: 'pharmacy-chain',
      name: CHAINS[id].name,
      products: [CHAINS[id].product],
      contactEmails: [`saker@${id}.example.no`],
      serviceLevel: { firstResponseHours: 8, resolutionHours: 72 },
    })),
    ...REGIONS.map(([region, short]) => vendor(`ikt-${short}`, `Regional IKT ${short}`, ['DIPS Arena'], region)),
    ...REGIONS.map(([region, short]): NewParty => ({
      id: `arbeidsgruppe-${short}`,
      kind: 'working-group',
      name: `Regional arbeidsgruppe PLL ${short}`,
      products: [],
      region,
      contactEmails: [`saker@arbeidsgruppe-${short}.example.no`],
      serviceLevel: { firstResponseHours: 48, resolutionHours: 480 },
    })),
  ];

  // Organisations.
  const organisations: NewOrganisation[] = [];
  const add = (
    type: OrganisationType,
    name: string,
    kommune: Kommune,
    orgSystem: OrganisationSystem,
    extra: { multidoseMode?: MultidoseMode; multidosePharmacy?: string; pharmacyChain?: Chain } = {},
  ): NewOrganisation => {
    const id = numbers.id(`${name} ${kommune.number}`);
    const organisation: NewOrganisation = {
      id,
      name,
      type,
      orgnr: numbers.orgnr(() => String(numberRng.int(8, 10))),
      herId: numbers.herId(),
      municipality: kommune.number,
      system: orgSystem,
      multidoseMode: extra.multidoseMode ?? 'none',
      ...(extra.multidosePharmacy === undefined ? {} : { multidosePharmacy: extra.multidosePharmacy }),
      ...(extra.pharmacyChain === undefined ? {} : { pharmacyChain: extra.pharmacyChain }),
      contactEmails: [`post@${id}.example.no`],
    };
    organisations.push(organisation);
    return organisation;
  };
  const place = () => `${names.pick(PLACE_FIRST)}${names.pick(PLACE_SECOND)}`;
  const chain = () => choices.weighted((Object.keys(CHAINS) as Chain[]).map((c) => [c, CHAINS[c].weight] as const));

  // Multidose pharmacies in each region's largest kommuner; each helsefellesskap orders from one of its region's.
  const multidoseOf = new Map<string, string>();
  for (const [region, , count] of REGIONS) {
    const sites = byPopulation.filter((k) => k.region === region).slice(0, count);
    const pharmacies = sites.map((kommune) => {
      const c = chain();
      return add('multidose-pharmacy', `${CHAINS[c].prefix} multidose ${kommune.name}`, kommune, chainSystem(c), {
        multidoseMode: 'electronic',
        pharmacyChain: c,
      });
    });
    HELSEFELLESSKAP.filter(([, , , r]) => r === region).forEach(([id], i) =>
      multidoseOf.set(id, pharmacies[i % pharmacies.length].id),
    );
  }
  const withMultidose = (mode: MultidoseMode, kommune: Kommune) =>
    mode === 'paper' || mode === 'electronic'
      ? { multidoseMode: mode, multidosePharmacy: multidoseOf.get(kommune.helsefellesskap) as string }
      : { multidoseMode: mode };

  /** Each kommune as often as its share of `total` organisations, by `weights`, at least `floor` times. */
  const spread = (total: number, floor: number, weights: readonly number[] = population) => {
    const shares = apportion(weights, total, floor);
    return kommuner.flatMap((kommune, i) => Array<Kommune>(shares[i]).fill(kommune));
  };
  const practiceSystem = () => choices.weighted(PRACTICE_SYSTEMS);

  for (const kommune of spread(ORGANISATIONS_PER_TYPE['gp-office'], 1)) {
    const mode = choices.weighted<MultidoseMode>([
      ['electronic', 70],
      ['paper', 22],
      ['none', 8],
    ]);
    const suffix = names.weighted([
      ['legesenter', 5],
      ['legekontor', 3],
      ['legegruppe', 1],
    ] as const);
    add('gp-office', `${place()} ${suffix}`, kommune, practiceSystem(), withMultidose(mode, kommune));
  }
  const sqrtPopulation = population.map(Math.sqrt);
  for (const kommune of spread(ORGANISATIONS_PER_TYPE['out-of-hours'], 0, sqrtPopulation)) {
    add('out-of-hours', `${kommune.name} interkommunale legevakt`, kommune, practiceSystem());
  }
  for (const kommune of spread(ORGANISATIONS_PER_TYPE['contract-specialist'], 0)) {
    const specialty = names.pick(SPECIALTIES);
    const who = `${names.pick(FIRST_NAMES)} ${names.pick(LAST_NAMES)}`;
    add('contract-specialist', `Avtalespesialist ${specialty} ${who}`, kommune, practiceSystem());
  }

  // Hospitals: four per helsefellesskap, in its largest kommuner, with 8 to 40 units each on DIPS Arena.
  const hospitals = HELSEFELLESSKAP.flatMap(([id]) => {
    const sites = byPopulation.filter((k) => k.helsefellesskap === id);
    return Array.from({ length: 4 }, (_, i) => ({ kommune: sites[i % sites.length], name: `${place()} sykehus` }));
  });
  const unitsPerHospital = apportion(
    hospitals.map(() => 1 + choices.next()),
    ORGANISATIONS_PER_TYPE['hospital-unit'],
    8,
  );
  hospitals.forEach((hospital, i) => {
    const units = Math.min(unitsPerHospital[i], HOSPITAL_UNITS.length);
    if (units !== unitsPerHospital[i]) throw new Error(`${hospital.name} would need ${unitsPerHospital[i]} units`);
    for (const unit of HOSPITAL_UNITS.slice(0, units)) {
      add('hospital-unit', `${hospital.name}, ${unit}`, hospital.kommune, DIPS_ARENA);
    }
  });

  // Nursing homes and home care: every kommune has both, the larger several; a kommune runs one system.
  const careSystem = new Map(kommuner.map((k) => [k.number, choices.next() < 0.55 ? GERICA : VISMA_PROFIL]));
  for (const kommune of spread(ORGANISATIONS_PER_TYPE['nursing-home'], 1, sqrtPopulation)) {
    const mode = choices.weighted<MultidoseMode>([
      ['paper', 55],
      ['none', 25],
      ['electronic', 20],
    ]);
    const name = `${place()} sykehjem`;
    add(
      'nursing-home',
      name,
      kommune,
      careSystem.get(kommune.number) as OrganisationSystem,
      withMultidose(mode, kommune),
    );
  }
  for (const kommune of spread(ORGANISATIONS_PER_TYPE['home-care'], 1, sqrtPopulation)) {
    const mode = choices.weighted<MultidoseMode>([
      ['electronic', 60],
      ['paper', 30],
      ['unknown', 10],
    ]);
    const name = `Hjemmetjenesten ${kommune.name} ${names.pick(STREET).toLowerCase()}`;
    add('home-care', name, kommune, careSystem.get(kommune.number) as OrganisationSystem, withMultidose(mode, kommune));
  }
  for (const kommune of spread(ORGANISATIONS_PER_TYPE.pharmacy, 1, sqrtPopulation)) {
    const c = chain();
    add('pharmacy', `${CHAINS[c].prefix} ${kommune.name} ${names.pick(STREET)}`, kommune, chainSystem(c), {
      pharmacyChain: c,
    });
  }
  if (organisations.length !== NATIONAL_COUNTS.organisations) {
    throw new Error(`${organisations.length} organisations instead of ${NATIONAL_COUNTS.organisations}`);
  }

  // A few GP offices with a switch of record system ahead.
  const scheduled = new Set(
    choices
      .shuffle(organisations.filter((o) => o.type === 'gp-office'))
      .slice(0, Math.round(ORGANISATIONS_PER_TYPE['gp-office'] * SCHEDULED_SWITCHES))
      .map((o) => o.id),
  );
  const switched = organisations.map((o) =>
    scheduled.has(o.id)
      ? { ...o, scheduledSystem: { system: o.system.vendor === 'cgm' ? PRIDOK : CGM_JOURNAL, from: SWITCH_DAY } }
      : o,
  );

  // People: reporters with HPR numbers at the organisations, responders, coordinators, a few admins and
  // system clients.
  const people: NewPerson[] = [];
  const person = (domain: string) => {
    const first = names.pick(FIRST_NAMES);
    const last = names.pick(LAST_NAMES);
    return { username: numbers.pseudonym(), name: `${first} ${last}`, email: `${slug(first)}.${slug(last)}@${domain}` };
  };
  const systemClients = choices
    .shuffle(organisations.filter((o) => o.type === 'hospital-unit'))
    .slice(0, SYSTEM_CLIENTS);
  for (const organisation of systemClients) {
    people.push({
      username: `${organisation.id}.integrasjon`,
      name: `${organisation.system.product} ved ${organisation.name}`,
      role: 'system',
      organisation: organisation.id,
    });
  }
  for (let i = 0; i < ADMINS; i++) people.push({ ...person('lagspill.example.no'), role: 'admin' });
  for (const [party, count] of Object.entries(RESPONDERS)) {
    for (let i = 0; i < count; i++) people.push({ ...person(`${party}.example.no`), role: 'responder', party });
  }
  for (const [, short] of REGIONS) {
    for (let i = 0; i < RESPONDERS_PER_REGIONAL_ICT; i++) {
      people.push({ ...person(`ikt-${short}.example.no`), role: 'responder', party: `ikt-${short}` });
    }
    for (let i = 0; i < COORDINATORS_PER_REGION; i++) {
      people.push({ ...person(`helse-${short}.example.no`), role: 'coordinator', party: `arbeidsgruppe-${short}` });
    }
  }
  const reporters = NATIONAL_COUNTS.people - people.length;
  const perOrganisation = apportion(
    organisations.map((o) => REPORTER_WEIGHT[o.type]),
    reporters,
    1,
  );
  organisations.forEach((organisation, i) => {
    for (let n = 0; n < perOrganisation[i]; n++) {
      people.push({
        ...person(`${organisation.id}.example.no`),
        hprNumber: numbers.hpr(),
        role: 'reporter',
        organisation: organisation.id,
      });
    }
  });

  const inactive = (share: number) => (choices.next() < share ? { active: false } : {});
  return {
    helsefellesskap: helsefellesskap.map((entry) => ({ entry })),
    municipalities: municipalities.map((entry) => ({ entry })),
    parties: parties.map((entry) => ({ entry, active: true })),
    organisations: switched.map((entry) => ({ entry, ...inactive(INACTIVE_ORGANISATIONS) })),
    people: people.map((entry) => ({
      entry,
      ...(entry.role === 'reporter' ? inactive(INACTIVE_PEOPLE) : {}),
    })),
  };
}
