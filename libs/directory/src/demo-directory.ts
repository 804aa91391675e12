import type {
  DirectoryData,
  MultidoseMode,
  Organisation,
  OrganisationSystem,
  OrganisationType,
  Party,
  ServiceLevel,
} from '@lagspill/domain';

// The seeded demo directory: Helse Nord's four helsefellesskap, the organisations of the PLL i nord
// trials with their record systems, the parties that answer for them, and one demo user per role; and a
// second region, Helse Vest, with two helsefellesskap, its own working group and coordinator, so that
// the rules between regions are exercised. Organisation numbers carry valid check digits; HER-ids are
// made up.

const VENDOR_SLA: ServiceLevel = { firstResponseHours: 24, resolutionHours: 240 };

// The record systems of the rollout organisations. Several GP offices run the very same CGM Journal
// release in different kommuner, so one vendor fault shows up from many organisations at once.
const CGM_JOURNAL: OrganisationSystem = {
  vendor: 'cgm',
  product: 'CGM Journal',
  version: '8.4.2',
  integration: 'sfm-full',
};
const CGM_JOURNAL_OLD: OrganisationSystem = { ...CGM_JOURNAL, version: '8.3.5' };
const PRIDOK: OrganisationSystem = { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-full' };
const EG_INFODOC: OrganisationSystem = {
  vendor: 'eg',
  product: 'EG Infodoc',
  version: '12.1',
  integration: 'sfm-full',
};
const EG_PASIENTSKY: OrganisationSystem = { vendor: 'eg', product: 'EG Pasientsky', integration: 'sfm-full' };
const DIPS_ARENA: OrganisationSystem = { vendor: 'dips', product: 'DIPS Arena', integration: 'sfm-basis' };
const VISMA_PROFIL: OrganisationSystem = { vendor: 'visma', product: 'Visma Profil', integration: 'sfm-full' };
const GERICA: OrganisationSystem = { vendor: 'tietoevry', product: 'Gerica', integration: 'sfm-full' };
const EIK: OrganisationSystem = { vendor: 'apotek1', product: 'Eik', integration: 'own' };

const MULTIDOSE_BODO = 'apotek1-multidose-bodo';
const MULTIDOSE_TROMSO = 'apotek1-multidose-tromso';
const MULTIDOSE_BERGEN = 'apotek1-multidose-bergen';

/** One organisation of the wider rollout, on one line; pharmacies belong to the Apotek 1 chain. */
function site(
  type: OrganisationType,
  id: string,
  name: string,
  municipality: string,
  orgnr: string,
  herId: number,
  system: OrganisationSystem,
  multidoseMode: MultidoseMode = 'none',
  multidosePharmacy?: string,
): Organisation {
  return {
    id,
    name,
    type,
    orgnr,
    herId,
    municipality,
    system,
    multidoseMode,
    ...(multidosePharmacy ? { multidosePharmacy } : {}),
    ...(type === 'pharmacy' || type === 'multidose-pharmacy' ? { pharmacyChain: 'apotek1' } : {}),
  };
}

/**
 * The rest of the rollout (no demo users of their own): in every helsefellesskap several GP offices, a
 * hospital unit, a nursing home, home care and Apotek 1 pharmacies; reports from them come from the
 * demo-year seeder. A table, one organisation a line, so it is left as written.
 */
// prettier-ignore
const ROLLOUT_ORGANISATIONS: readonly Organisation[] = [
  // Finnmark
  site('gp-office', 'hammerfest-legesenter', 'Hammerfest legesenter', '5603', '974123916', 81230013, CGM_JOURNAL, 'paper', MULTIDOSE_TROMSO),
  site('gp-office', 'vadso-legesenter', 'Vadsø legesenter', '5607', '974123983', 81230014, CGM_JOURNAL, 'paper', MULTIDOSE_TROMSO),
  site('gp-office', 'kirkenes-legesenter', 'Kirkenes legesenter', '5605', '974124122', 81230015, PRIDOK, 'electronic', MULTIDOSE_TROMSO),
  site('gp-office', 'alta-helsesenter', 'Alta helsesenter, legetjenesten', '5601', '974124262', 81230016, PRIDOK, 'paper', MULTIDOSE_TROMSO),
  site('hospital-unit', 'finnmarkssykehuset-hammerfest', 'Finnmarkssykehuset Hammerfest, medisinsk avdeling', '5603', '974124335', 81230017, DIPS_ARENA),
  site('nursing-home', 'hammerfest-sykehjem', 'Hammerfest sykehjem', '5603', '974124408', 81230018, VISMA_PROFIL, 'paper', MULTIDOSE_TROMSO),
  site('home-care', 'alta-hjemmetjeneste', 'Alta kommune hjemmetjeneste', '5601', '974124475', 81230019, VISMA_PROFIL, 'electronic', MULTIDOSE_TROMSO),
  site('pharmacy', 'apotek1-alta', 'Apotek 1 Alta', '5601', '974124548', 81230020, EIK),
  site('pharmacy', 'apotek1-hammerfest', 'Apotek 1 Hammerfest', '5603', '974124610', 81230021, EIK),
  // Troms og Ofoten
  site('gp-office', 'harstad-legesenter', 'Harstad legesenter', '5503', '974124688', 81230022, CGM_JOURNAL, 'electronic', MULTIDOSE_TROMSO),
  site('gp-office', 'finnsnes-legesenter', 'Finnsnes legesenter', '5530', '974124750', 81230023, CGM_JOURNAL, 'paper', MULTIDOSE_TROMSO),
  site('gp-office', 'bardufoss-legesenter', 'Bardufoss legesenter', '5524', '974124823', 81230024, CGM_JOURNAL_OLD, 'paper', MULTIDOSE_TROMSO),
  site('gp-office', 'narvik-legesenter', 'Narvik legesenter', '1806', '974124890', 81230025, PRIDOK, 'electronic', MULTIDOSE_TROMSO),
  site('gp-office', 'storslett-legekontor', 'Storslett legekontor', '5544', '974124963', 81230026, EG_PASIENTSKY, 'paper', MULTIDOSE_TROMSO),
  site('gp-office', 'balsfjord-legekontor', 'Balsfjord legekontor', '5532', '974125102', 81230027, PRIDOK, 'electronic', MULTIDOSE_TROMSO),
  site('out-of-hours', 'tromso-legevakt', 'Tromsø legevakt', '5501', '974125242', 81230028, EG_INFODOC),
  site('hospital-unit', 'unn-medisinsk', 'UNN Tromsø, medisinsk klinikk', '5501', '974125315', 81230029, DIPS_ARENA),
  site('nursing-home', 'harstad-sykehjem', 'Harstad sykehjem', '5503', '974125382', 81230030, GERICA, 'paper', MULTIDOSE_TROMSO),
  site('home-care', 'narvik-hjemmetjeneste', 'Narvik kommune hjemmetjeneste', '1806', '974125455', 81230031, VISMA_PROFIL, 'electronic', MULTIDOSE_TROMSO),
  site('pharmacy', 'apotek1-tromso', 'Apotek 1 Tromsø', '5501', '974125528', 81230032, EIK),
  site('pharmacy', 'apotek1-harstad', 'Apotek 1 Harstad', '5503', '974125595', 81230033, EIK),
  site('pharmacy', 'apotek1-narvik', 'Apotek 1 Narvik', '1806', '974125668', 81230034, EIK),
  site('pharmacy', 'apotek1-finnsnes', 'Apotek 1 Finnsnes', '5530', '974125730', 81230035, EIK),
  site('multidose-pharmacy', MULTIDOSE_TROMSO, 'Apotek 1 multidose Tromsø', '5501', '974125803', 81230036, EIK, 'electronic'),
  // Lofoten, Vesterålen og Salten
  site('gp-office', 'sortland-legesenter', 'Sortland legesenter', '1870', '974125870', 81230037, CGM_JOURNAL, 'electronic', MULTIDOSE_BODO),
  site('gp-office', 'svolvaer-legesenter', 'Svolvær legesenter', '1865', '974125943', 81230038, CGM_JOURNAL, 'paper', MULTIDOSE_BODO),
  site('gp-office', 'leknes-legesenter', 'Leknes legesenter', '1860', '974126087', 81230039, EG_INFODOC, 'electronic', MULTIDOSE_BODO),
  site('gp-office', 'stokmarknes-legesenter', 'Stokmarknes legesenter', '1866', '974126222', 81230040, PRIDOK, 'paper', MULTIDOSE_BODO),
  site('pharmacy', 'apotek1-sortland', 'Apotek 1 Sortland', '1870', '974126362', 81230041, EIK),
  site('pharmacy', 'apotek1-svolvaer', 'Apotek 1 Svolvær', '1865', '974126435', 81230042, EIK),
  site('pharmacy', 'apotek1-leknes', 'Apotek 1 Leknes', '1860', '974126508', 81230043, EIK),
  // Helgeland
  site('gp-office', 'mosjoen-legesenter', 'Mosjøen legesenter', '1824', '974126575', 81230044, CGM_JOURNAL, 'paper', MULTIDOSE_BODO),
  site('gp-office', 'sandnessjoen-legesenter', 'Sandnessjøen legesenter', '1820', '974126648', 81230045, CGM_JOURNAL, 'electronic', MULTIDOSE_BODO),
  site('gp-office', 'selfors-legesenter', 'Selfors legesenter', '1833', '974126710', 81230046, EG_INFODOC, 'paper', MULTIDOSE_BODO),
  site('hospital-unit', 'helgelandssykehuset-mo', 'Helgelandssykehuset Mo i Rana, medisinsk avdeling', '1833', '974126788', 81230047, DIPS_ARENA),
  site('nursing-home', 'mosjoen-sykehjem', 'Mosjøen sykehjem', '1824', '974126850', 81230048, GERICA, 'paper', MULTIDOSE_BODO),
  site('home-care', 'rana-hjemmetjeneste', 'Rana kommune hjemmetjeneste', '1833', '974126923', 81230049, VISMA_PROFIL, 'electronic', MULTIDOSE_BODO),
  site('pharmacy', 'apotek1-mo', 'Apotek 1 Mo i Rana', '1833', '974126990', 81230050, EIK),
  site('pharmacy', 'apotek1-mosjoen', 'Apotek 1 Mosjøen', '1824', '974127067', 81230051, EIK),
  site('pharmacy', 'apotek1-sandnessjoen', 'Apotek 1 Sandnessjøen', '1820', '974127202', 81230052, EIK),
];

/**
 * Helse Vest: the helsefellesskap around Helse Bergen and Helse Stavanger, on the same record systems as
 * the north (the same CGM Journal release, so one vendor fault reaches both regions). The helsefellesskap
 * and kommuner are real (saman.no/om-helsefellesskapet, helse-stavanger.no: "Helsefellesskapet i
 * Sør-Rogaland"); the GP offices, sykehjem and the multidose pharmacy are made up for the demo, and any
 * likeness of their names to real ones is unverified. One organisation a line, as above.
 */
// prettier-ignore
const HELSE_VEST_ORGANISATIONS: readonly Organisation[] = [
  // Bergensområdet
  site('gp-office', 'bergen-sentrum-legesenter', 'Bergen sentrum legesenter', '4601', '974200007', 81230053, CGM_JOURNAL, 'electronic', MULTIDOSE_BERGEN),
  site('gp-office', 'knarvik-legesenter', 'Knarvik legesenter', '4631', '974200074', 81230054, CGM_JOURNAL, 'paper', MULTIDOSE_BERGEN),
  site('gp-office', 'askoy-legesenter', 'Askøy legesenter', '4627', '974200147', 81230055, PRIDOK, 'electronic', MULTIDOSE_BERGEN),
  site('gp-office', 'straume-legesenter', 'Straume legesenter', '4626', '974200287', 81230056, EG_INFODOC, 'paper', MULTIDOSE_BERGEN),
  site('hospital-unit', 'haukeland-medisinsk', 'Haukeland universitetssjukehus, medisinsk avdeling', '4601', '974200422', 81230057, DIPS_ARENA),
  site('nursing-home', 'fana-sykehjem', 'Fana sykehjem', '4601', '974200562', 81230058, GERICA, 'paper', MULTIDOSE_BERGEN),
  site('home-care', 'askoy-hjemmetjeneste', 'Askøy kommune hjemmetjeneste', '4627', '974200635', 81230059, VISMA_PROFIL, 'electronic', MULTIDOSE_BERGEN),
  site('pharmacy', 'apotek1-bergen', 'Apotek 1 Bergen sentrum', '4601', '974200708', 81230060, EIK),
  site('multidose-pharmacy', MULTIDOSE_BERGEN, 'Apotek 1 multidose Bergen', '4601', '974200775', 81230061, EIK, 'electronic'),
  // Sør-Rogaland
  site('gp-office', 'stavanger-sentrum-legesenter', 'Stavanger sentrum legesenter', '1103', '974200848', 81230062, CGM_JOURNAL, 'electronic', MULTIDOSE_BERGEN),
  site('gp-office', 'sola-legesenter', 'Sola legesenter', '1124', '974200910', 81230063, CGM_JOURNAL, 'paper', MULTIDOSE_BERGEN),
  site('gp-office', 'sandnes-legesenter', 'Sandnes legesenter', '1108', '974200988', 81230064, PRIDOK, 'electronic', MULTIDOSE_BERGEN),
  site('gp-office', 'bryne-legesenter', 'Bryne legesenter', '1121', '974201054', 81230065, EG_PASIENTSKY, 'paper', MULTIDOSE_BERGEN),
  site('hospital-unit', 'sus-medisinsk', 'Stavanger universitetssjukehus, medisinsk klinikk', '1103', '974201127', 81230066, DIPS_ARENA),
  site('nursing-home', 'sandnes-sykehjem', 'Sandnes sykehjem', '1108', '974201194', 81230067, GERICA, 'paper', MULTIDOSE_BERGEN),
  site('home-care', 'stavanger-hjemmetjeneste', 'Stavanger kommune hjemmebaserte tjenester', '1103', '974201267', 81230068, VISMA_PROFIL, 'electronic', MULTIDOSE_BERGEN),
  site('pharmacy', 'apotek1-stavanger', 'Apotek 1 Stavanger', '1103', '974201402', 81230069, EIK),
  site('pharmacy', 'apotek1-sandnes', 'Apotek 1 Sandnes', '1108', '974201542', 81230070, EIK),
];

function party(
  id: string,
  kind: Party['kind'],
  name: string,
  extra: Partial<Pick<Party, 'products' | 'region' | 'serviceLevel'>> = {},
): Party {
  return {
    id,
    kind,
    name,
    products: extra.products ?? [],
    region: extra.region,
    contactEmails: [`saker@${id}.example.no`],
    serviceLevel: extra.serviceLevel ?? VENDOR_SLA,
  };
}

export const DEMO_DIRECTORY: DirectoryData = {
  helsefellesskap: [
    { id: 'finnmark', name: 'Helsefellesskap Finnmark', hf: 'Finnmarkssykehuset', region: 'helse-nord' },
    { id: 'troms-og-ofoten', name: 'Helsefellesskapet Troms og Ofoten', hf: 'UNN', region: 'helse-nord' },
    {
      id: 'lovesa',
      name: 'Helsefellesskap Lofoten, Vesterålen og Salten',
      hf: 'Nordlandssykehuset',
      region: 'helse-nord',
    },
    { id: 'helgeland', name: 'Helsefellesskap Helgeland', hf: 'Helgelandssykehuset', region: 'helse-nord' },
    { id: 'bergensomradet', name: 'Helsefellesskapet i Bergensområdet', hf: 'Helse Bergen', region: 'helse-vest' },
    { id: 'sor-rogaland', name: 'Helsefellesskapet i Sør-Rogaland', hf: 'Helse Stavanger', region: 'helse-vest' },
  ],
  municipalities: [
    { number: '5603', name: 'Hammerfest', helsefellesskap: 'finnmark' },
    { number: '5601', name: 'Alta', helsefellesskap: 'finnmark' },
    { number: '5607', name: 'Vadsø', helsefellesskap: 'finnmark' },
    { number: '5605', name: 'Sør-Varanger', helsefellesskap: 'finnmark' },
    { number: '5501', name: 'Tromsø', helsefellesskap: 'troms-og-ofoten' },
    { number: '1806', name: 'Narvik', helsefellesskap: 'troms-og-ofoten' },
    { number: '5503', name: 'Harstad', helsefellesskap: 'troms-og-ofoten' },
    { number: '5530', name: 'Senja', helsefellesskap: 'troms-og-ofoten' },
    { number: '5524', name: 'Målselv', helsefellesskap: 'troms-og-ofoten' },
    { number: '5532', name: 'Balsfjord', helsefellesskap: 'troms-og-ofoten' },
    { number: '5544', name: 'Nordreisa', helsefellesskap: 'troms-og-ofoten' },
    { number: '1804', name: 'Bodø', helsefellesskap: 'lovesa' },
    { number: '1840', name: 'Saltdal', helsefellesskap: 'lovesa' },
    { number: '1865', name: 'Vågan', helsefellesskap: 'lovesa' },
    { number: '1860', name: 'Vestvågøy', helsefellesskap: 'lovesa' },
    { number: '1866', name: 'Hadsel', helsefellesskap: 'lovesa' },
    { number: '1870', name: 'Sortland', helsefellesskap: 'lovesa' },
    { number: '1833', name: 'Rana', helsefellesskap: 'helgeland' },
    { number: '1824', name: 'Vefsn', helsefellesskap: 'helgeland' },
    { number: '1820', name: 'Alstahaug', helsefellesskap: 'helgeland' },
    { number: '4601', name: 'Bergen', helsefellesskap: 'bergensomradet' },
    { number: '4627', name: 'Askøy', helsefellesskap: 'bergensomradet' },
    { number: '4631', name: 'Alver', helsefellesskap: 'bergensomradet' },
    { number: '4626', name: 'Øygarden', helsefellesskap: 'bergensomradet' },
    { number: '1103', name: 'Stavanger', helsefellesskap: 'sor-rogaland' },
    { number: '1108', name: 'Sandnes', helsefellesskap: 'sor-rogaland' },
    { number: '1124', name: 'Sola', helsefellesskap: 'sor-rogaland' },
    { number: '1121', name: 'Time', helsefellesskap: 'sor-rogaland' },
  ],
  parties: [
    party('cgm', 'vendor', 'CompuGroup Medical (CGM)', { products: ['CGM Journal'] }),
    party('pridok', 'vendor', 'Pridok', { products: ['Pridok'] }),
    party('eg', 'vendor', 'EG Norge', { products: ['EG Infodoc', 'EG Pasientsky'] }),
    party('webmed', 'vendor', 'Webmed', { products: ['Webmed'] }),
    party('dips', 'vendor', 'DIPS', { products: ['DIPS Arena'] }),
    party('visma', 'vendor', 'Visma', { products: ['Visma Profil'] }),
    party('tietoevry', 'vendor', 'Tietoevry', { products: ['Gerica'] }),
    party('nhn', 'nhn', 'Norsk helsenett – kundesenter', {
      products: ['Reseptformidleren', 'SFM', 'Kjernejournal', 'HelseID'],
      serviceLevel: { firstResponseHours: 4, resolutionHours: 72 },
    }),
    party('apotek1', 'pharmacy-chain', 'Apotek 1', {
      products: ['Eik'],
      serviceLevel: { firstResponseHours: 8, resolutionHours: 72 },
    }),
    party('arbeidsgruppe-nord', 'working-group', 'Regional arbeidsgruppe PLL i nord', {
      region: 'helse-nord',
      serviceLevel: { firstResponseHours: 48, resolutionHours: 480 },
    }),
    party('arbeidsgruppe-vest', 'working-group', 'Regional arbeidsgruppe PLL i Helse Vest', {
      region: 'helse-vest',
      serviceLevel: { firstResponseHours: 48, resolutionHours: 480 },
    }),
  ],
  organisations: [
    {
      id: 'morkved-legesenter',
      name: 'Mørkved legesenter',
      type: 'gp-office',
      orgnr: '974123002',
      herId: 81230001,
      municipality: '1804',
      system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2', integration: 'sfm-full' },
      multidoseMode: 'electronic',
      multidosePharmacy: 'apotek1-multidose-bodo',
    },
    {
      id: 'ronvik-legesenter',
      name: 'Rønvik legesenter',
      type: 'gp-office',
      orgnr: '974123142',
      herId: 81230002,
      municipality: '1804',
      system: { vendor: 'pridok', product: 'Pridok', version: '2026.3', integration: 'sfm-full' },
      multidoseMode: 'paper',
      multidosePharmacy: 'apotek1-multidose-bodo',
    },
    {
      id: 'tromso-legesenter',
      name: 'Tromsø sentrum legesenter',
      type: 'gp-office',
      orgnr: '974123215',
      herId: 81230003,
      municipality: '5501',
      system: { vendor: 'eg', product: 'EG Infodoc', version: '12.1', integration: 'sfm-full' },
      multidoseMode: 'electronic',
      multidosePharmacy: 'apotek1-multidose-bodo',
    },
    {
      id: 'alta-legekontor',
      name: 'Alta legekontor',
      type: 'gp-office',
      orgnr: '974123282',
      herId: 81230004,
      municipality: '5601',
      system: { vendor: 'eg', product: 'EG Pasientsky', integration: 'sfm-full' },
      multidoseMode: 'unknown',
    },
    {
      id: 'mo-legesenter',
      name: 'Mo i Rana legesenter',
      type: 'gp-office',
      orgnr: '974123355',
      herId: 81230005,
      municipality: '1833',
      system: { vendor: 'webmed', product: 'Webmed', integration: 'sfm-full' },
      multidoseMode: 'paper',
    },
    {
      id: 'bodo-legevakt',
      name: 'Bodø interkommunale legevakt',
      type: 'out-of-hours',
      orgnr: '974123428',
      herId: 81230006,
      municipality: '1804',
      system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' },
      multidoseMode: 'none',
    },
    {
      id: 'nlsh-medisinsk',
      name: 'Nordlandssykehuset, medisinsk klinikk',
      type: 'hospital-unit',
      orgnr: '974123495',
      herId: 81230007,
      municipality: '1804',
      system: { vendor: 'dips', product: 'DIPS Arena', integration: 'sfm-basis' },
      multidoseMode: 'none',
    },
    {
      id: 'bodo-hjemmetjeneste',
      name: 'Bodø kommune hjemmetjeneste',
      type: 'home-care',
      orgnr: '974123568',
      herId: 81230008,
      municipality: '1804',
      system: { vendor: 'visma', product: 'Visma Profil', integration: 'sfm-full' },
      multidoseMode: 'electronic',
      multidosePharmacy: 'apotek1-multidose-bodo',
    },
    {
      id: 'tromso-hjemmetjeneste',
      name: 'Tromsø kommune hjemmetjenester',
      type: 'home-care',
      orgnr: '974123630',
      herId: 81230009,
      municipality: '5501',
      system: { vendor: 'tietoevry', product: 'Gerica', integration: 'sfm-full' },
      multidoseMode: 'electronic',
      multidosePharmacy: 'apotek1-multidose-bodo',
    },
    {
      id: 'saltdal-sykehjem',
      name: 'Saltdal sykehjem',
      type: 'nursing-home',
      orgnr: '974123703',
      herId: 81230010,
      municipality: '1840',
      system: { vendor: 'tietoevry', product: 'Gerica', integration: 'sfm-full' },
      multidoseMode: 'paper',
      multidosePharmacy: 'apotek1-multidose-bodo',
    },
    {
      id: 'apotek1-bodo',
      name: 'Apotek 1 Bodø',
      type: 'pharmacy',
      orgnr: '974123770',
      herId: 81230011,
      municipality: '1804',
      system: { vendor: 'apotek1', product: 'Eik', integration: 'own' },
      multidoseMode: 'none',
      pharmacyChain: 'apotek1',
    },
    {
      id: 'apotek1-multidose-bodo',
      name: 'Apotek 1 multidose Bodø',
      type: 'multidose-pharmacy',
      orgnr: '974123843',
      herId: 81230012,
      municipality: '1804',
      system: { vendor: 'apotek1', product: 'Eik', integration: 'own' },
      multidoseMode: 'electronic',
      pharmacyChain: 'apotek1',
    },
    ...ROLLOUT_ORGANISATIONS,
    ...HELSE_VEST_ORGANISATIONS,
  ],
  people: [
    {
      username: 'lege.cgm',
      name: 'Kari Nordmann',
      role: 'reporter',
      organisation: 'morkved-legesenter',
      email: 'kari.nordmann@morkved-legesenter.example.no',
    },
    {
      username: 'lege.pridok',
      name: 'Ola Hansen',
      role: 'reporter',
      organisation: 'ronvik-legesenter',
      email: 'ola.hansen@ronvik-legesenter.example.no',
    },
    {
      username: 'lege.eg',
      name: 'Ingrid Johansen',
      role: 'reporter',
      organisation: 'tromso-legesenter',
      email: 'ingrid.johansen@tromso-legesenter.example.no',
    },
    {
      username: 'farmasoyt',
      name: 'Per Olsen',
      role: 'reporter',
      organisation: 'apotek1-bodo',
      email: 'per.olsen@apotek1.example.no',
    },
    {
      username: 'multidose',
      name: 'Siri Berg',
      role: 'reporter',
      organisation: 'apotek1-multidose-bodo',
      email: 'siri.berg@apotek1.example.no',
    },
    {
      username: 'sykehuslege',
      name: 'Anders Larsen',
      role: 'reporter',
      organisation: 'nlsh-medisinsk',
      email: 'anders.larsen@nordlandssykehuset.example.no',
    },
    {
      username: 'sykepleier',
      name: 'Marte Pedersen',
      role: 'reporter',
      organisation: 'bodo-hjemmetjeneste',
      email: 'marte.pedersen@bodo.kommune.example.no',
    },
    {
      username: 'support.cgm',
      name: 'Jonas Kristiansen',
      role: 'responder',
      party: 'cgm',
      email: 'jonas.kristiansen@cgm.example.no',
    },
    {
      username: 'support.pridok',
      name: 'Eva Solberg',
      role: 'responder',
      party: 'pridok',
      email: 'eva.solberg@pridok.example.no',
    },
    { username: 'support.eg', name: 'Lars Moen', role: 'responder', party: 'eg', email: 'lars.moen@eg.example.no' },
    {
      username: 'kundesenter.nhn',
      name: 'Nina Haugen',
      role: 'responder',
      party: 'nhn',
      email: 'nina.haugen@nhn.example.no',
    },
    {
      username: 'it.apotek1',
      name: 'Tor Eriksen',
      role: 'responder',
      party: 'apotek1',
      email: 'tor.eriksen@apotek1.example.no',
    },
    {
      username: 'koordinator.nord',
      name: 'Hanne Bakken',
      role: 'coordinator',
      party: 'arbeidsgruppe-nord',
      email: 'hanne.bakken@helse-nord.example.no',
    },
    {
      username: 'lege.bergen',
      name: 'Solveig Vik',
      role: 'reporter',
      organisation: 'bergen-sentrum-legesenter',
      email: 'solveig.vik@bergen-sentrum-legesenter.example.no',
    },
    {
      username: 'lege.knarvik',
      name: 'Erlend Haugland',
      role: 'reporter',
      organisation: 'knarvik-legesenter',
      email: 'erlend.haugland@knarvik-legesenter.example.no',
    },
    {
      username: 'lege.sandnes',
      name: 'Tone Skadberg',
      role: 'reporter',
      organisation: 'sandnes-legesenter',
      email: 'tone.skadberg@sandnes-legesenter.example.no',
    },
    {
      username: 'koordinator.vest',
      name: 'Gunnar Helland',
      role: 'coordinator',
      party: 'arbeidsgruppe-vest',
      email: 'gunnar.helland@helse-vest.example.no',
    },
    { username: 'admin', name: 'Lagspill drift', role: 'admin', email: 'drift@lagspill.example.no' },
    { username: 'epj.morkved', name: 'CGM Journal ved Mørkved', role: 'system', organisation: 'morkved-legesenter' },
  ],
};
