import { v5 as uuidv5 } from 'uuid';
import {
  deviationNotice as recordedNotice,
  type DeviationNotice,
  type Harm,
  type MultidoseMode,
} from '@lagspill/domain';

/** What happens to a demo case after it is routed, in order. */
export type DemoStep =
  | 'acknowledge'
  | 'comment'
  | 'internal-comment'
  | 'request-information'
  | 'provide-information'
  | 'forward-to-nhn'
  | 'resolve'
  | 'close'
  | 'reopen';

export interface DemoCase {
  readonly reporter: string;
  readonly category: string;
  readonly subcategory: string;
  readonly title: string;
  readonly description: string;
  readonly multidoseMode: MultidoseMode;
  readonly harm: Harm;
  readonly multiplePatients?: boolean;
  readonly multipleOrganisations?: boolean;
  readonly technical?: Readonly<Record<string, string>>;
  /** The other organisation the report concerns (issue 17). */
  readonly concerns?: string;
  readonly fragmentedList?: boolean;
  readonly deviationNotice?: DeviationNotice;
  readonly daysAgo: number;
  readonly steps: readonly DemoStep[];
}

// Realistic reports from the PLL i nord trials and, last, from Helse Vest, in Norwegian, spread over every
// status. One carries a (synthetic) fødselsnummer to show the redaction.
export const DEMO_CASES: readonly DemoCase[] = [
  // Between care levels: the pharmacy names the prescribing GP office, which gets the case and fixes it.
  {
    reporter: 'multidose',
    category: 'prescribing',
    subcategory: 'multidose-method',
    title: 'Resept til multidosepasient forskrevet som vanlig e-resept',
    description:
      'Metformin er forskrevet som vanlig e-resept, ikke som multidose, for en pasient på eMD. Vi kan ikke pakke den før resepten er rettet.',
    multidoseMode: 'electronic',
    harm: 'minor',
    multipleOrganisations: true,
    concerns: 'morkved-legesenter',
    deviationNotice: recordedNotice({ status: 'notified', channel: 'own-system', reference: 'AVVIK-2026-0412' }),
    daysAgo: 6,
    steps: ['acknowledge', 'comment', 'resolve'],
  },
  {
    reporter: 'sykehuslege',
    category: 'multidose',
    subcategory: 'paper-and-emd',
    title: 'Innlagt pasient har både ordinasjonskort og eMD',
    description:
      'Pasienten kom inn med ordinasjonskort fra hjemmetjenesten, men PLL viser elektronisk multidose med andre doser. To lister å avstemme før utskrivning.',
    multidoseMode: 'both',
    harm: 'near-miss',
    multipleOrganisations: true,
    concerns: 'bodo-hjemmetjeneste',
    fragmentedList: true,
    daysAgo: 3,
    steps: ['comment'],
  },
  {
    reporter: 'lege.cgm',
    category: 'multidose',
    subcategory: 'paper-and-emd',
    title: 'Pasient på papirmultidose har også fått PLL',
    description:
      'Pasienten har ordinasjonskort hos multidoseapoteket, men fikk PLL sendt fra oss ved forrige konsultasjon. Apoteket pakker etter kortet. Gjelder pasient 01818010083.',
    multidoseMode: 'paper',
    harm: 'near-miss',
    multipleOrganisations: true,
    daysAgo: 20,
    steps: ['comment', 'resolve', 'close'],
  },
  {
    reporter: 'lege.cgm',
    category: 'sfm',
    subcategory: 'sync',
    title: 'Endringer i SFM kommer ikke over i journalen',
    description:
      'Etter oppdatering til 8.4.2 blir doseendringer gjort i SFM-vinduet ikke synkronisert til journalen. Vi må gjøre endringen to ganger.',
    multidoseMode: 'none',
    harm: 'minor',
    multiplePatients: true,
    technical: { traceId: '7f3a2c1e-5b9d-4e21-a0c4-2d8f1b6e9a33' },
    daysAgo: 12,
    steps: ['acknowledge', 'request-information', 'provide-information', 'forward-to-nhn'],
  },
  {
    reporter: 'lege.pridok',
    category: 'prescribing',
    subcategory: 'multidose-method',
    title: 'Multidoseapoteket avviser resepter fra oss',
    description:
      'Apoteket melder at reseptene ikke er forskrevet som multidose og må sendes på nytt. Vi finner ikke valget for multidose ved forskrivning.',
    multidoseMode: 'electronic',
    harm: 'none',
    daysAgo: 9,
    steps: ['acknowledge', 'comment', 'internal-comment'],
  },
  {
    reporter: 'lege.eg',
    category: 'reseptformidler',
    subcategory: 'rejected',
    title: 'PLL avvist i Reseptformidleren uten apprec',
    description:
      'Sending av legemiddellisten feiler, og vi får ingen apprec tilbake. Feilen gjelder flere pasienter siden i går kveld.',
    multidoseMode: 'electronic',
    harm: 'none',
    multiplePatients: true,
    technical: { messageId: 'M25-2026-11-18-00421' },
    daysAgo: 4,
    steps: ['acknowledge', 'resolve'],
  },
  {
    reporter: 'multidose',
    category: 'multidose',
    subcategory: 'proposal-unanswered',
    title: 'Endringsforslag (M25.2) ubesvart i over en uke',
    description:
      'Vi sendte endringsforslag til fastlegen for tre pasienter, men har ikke fått ny legemiddelliste. Pakking for neste periode nærmer seg.',
    multidoseMode: 'electronic',
    harm: 'near-miss',
    multiplePatients: true,
    daysAgo: 6,
    steps: ['request-information'],
  },
  {
    reporter: 'sykepleier',
    category: 'multidose',
    subcategory: 'packing',
    title: 'Manglende legemiddel i multidoserullen',
    description:
      'Rullen for perioden mangler Metoprolol som står på legemiddellisten. Hjemmetjenesten oppdaget det ved utdeling.',
    multidoseMode: 'electronic',
    harm: 'minor',
    daysAgo: 3,
    steps: ['acknowledge', 'resolve', 'close'],
  },
  {
    reporter: 'sykepleier',
    category: 'kjernejournal',
    subcategory: 'not-visible',
    title: 'Sykepleiere ser ikke PLL i kjernejournal',
    description:
      'Hjemmesykepleien får ikke opp legemiddellisten i kjernejournal for pasienter på e-multidose, selv om fastlegen har sendt den.',
    multidoseMode: 'electronic',
    harm: 'near-miss',
    multiplePatients: true,
    daysAgo: 15,
    steps: ['acknowledge'],
  },
  {
    reporter: 'sykehuslege',
    category: 'sfm',
    subcategory: 'basis-api',
    title: 'Tidsavbrudd mot SFM Basis ved innleggelse',
    description:
      'Ved innleggelse tar oppslag i legemiddellisten over 30 sekunder og feiler ofte. Gjelder hele klinikken.',
    multidoseMode: 'none',
    harm: 'none',
    multiplePatients: true,
    technical: { traceId: 'c0a8e1f2-0d4b-4b8a-9f6e-1a2b3c4d5e6f' },
    daysAgo: 2,
    steps: [],
  },
  {
    reporter: 'farmasoyt',
    category: 'pharmacy-system',
    subcategory: 'cannot-dispense',
    title: 'Kan ikke ekspedere e-resepter i Eik',
    description: 'Fra kl. 10 i dag får vi feilmelding ved henting av resepter fra Reseptformidleren. Kundene må vente.',
    multidoseMode: 'none',
    harm: 'none',
    multiplePatients: true,
    daysAgo: 1,
    steps: ['acknowledge', 'comment'],
  },
  {
    reporter: 'lege.pridok',
    category: 'collaboration',
    subcategory: 'responsibility',
    title: 'Uklart hvem som oppdaterer listen etter utskrivning',
    description:
      'Etter utskrivning fra sykehus er det uklart om fastlegen eller sykehuset skal sende oppdatert PLL. Hjemmetjenesten får to ulike lister.',
    multidoseMode: 'paper',
    harm: 'minor',
    multipleOrganisations: true,
    daysAgo: 25,
    steps: ['comment', 'resolve', 'reopen'],
  },
  {
    reporter: 'lege.eg',
    category: 'list-quality',
    subcategory: 'duplicates',
    title: 'Dobbeltforskrivning etter samstemming',
    description:
      'Etter samstemming står samme legemiddel to ganger på listen, en gang med virkestoffnavn og en gang med handelsnavn.',
    multidoseMode: 'none',
    harm: 'near-miss',
    daysAgo: 8,
    steps: ['comment'],
  },
  {
    reporter: 'lege.cgm',
    category: 'decision-support',
    subcategory: 'interactions',
    title: 'Interaksjonsvarsel vises ikke i SFM',
    description:
      'Kombinasjonen warfarin og NSAID gir ikke varsel i forskrivningsvinduet. Varselet kom før oppdateringen.',
    multidoseMode: 'none',
    harm: 'moderate',
    daysAgo: 5,
    steps: ['acknowledge', 'internal-comment', 'comment'],
  },
  // Helse Vest (added last, so the ids above stay as they were). Two offices on the same CGM Journal
  // release as Mørkved report the same SFM fault within days of it: one cluster suggestion across two
  // regions, of which each region's coordinator sees and decides only its own reports.
  {
    reporter: 'lege.bergen',
    category: 'sfm',
    subcategory: 'sync',
    title: 'Doseendringer i SFM blir ikke lagret i journalen',
    description:
      'Etter oppgraderingen til 8.4.2 forsvinner doseendringer gjort i SFM når journalen lagres. Vi dobbeltfører inntil videre.',
    multidoseMode: 'none',
    harm: 'minor',
    multiplePatients: true,
    daysAgo: 11,
    steps: ['acknowledge', 'comment'],
  },
  {
    reporter: 'lege.knarvik',
    category: 'sfm',
    subcategory: 'sync',
    title: 'SFM og journalen viser ulik legemiddelliste',
    description:
      'Listen i SFM og listen i journalen er ulike etter at vi har gjort endringer. Skjer for flere pasienter siden mandag.',
    multidoseMode: 'paper',
    harm: 'near-miss',
    multiplePatients: true,
    daysAgo: 11,
    steps: ['acknowledge', 'request-information', 'provide-information'],
  },
  {
    reporter: 'lege.sandnes',
    category: 'multidose',
    subcategory: 'packing',
    title: 'Seponert legemiddel ligger fortsatt i multidoserullen',
    description:
      'Vi seponerte et legemiddel for to uker siden og sendte ny liste, men det ligger fortsatt i rullen som kom i går.',
    multidoseMode: 'electronic',
    harm: 'near-miss',
    daysAgo: 5,
    steps: ['acknowledge', 'resolve'],
  },
  {
    reporter: 'lege.sandnes',
    category: 'collaboration',
    subcategory: 'responsibility',
    title: 'Hvem sender PLL når pasienten flytter til sykehjem?',
    description:
      'Når pasienten flytter fra hjemmetjenesten til sykehjem er det uklart om fastlegen eller sykehjemslegen skal oppdatere listen.',
    multidoseMode: 'paper',
    harm: 'none',
    multipleOrganisations: true,
    daysAgo: 7,
    steps: ['comment'],
  },
];

/** A demo case as it is seeded: one of DEMO_CASES at an age and with its own fixed case id. */
export interface DemoSeedCase {
  /** Names the case among the demo cases: `<index in DEMO_CASES>/<variant>`. */
  readonly key: string;
  /** The same on every start (a name-based UUID of the key), so a start can tell which demo cases exist. */
  readonly caseId: string;
  readonly demo: DemoCase;
}

/** The namespace of the demo cases' name-based (v5) ids; never change it, or seeded cases are seeded again. */
const DEMO_CASE_ID_NAMESPACE = '5acfc0ba-9ad7-4aba-a2c0-7538224dff96';

/**
 * Every demo case that `--demo` seeds: each of DEMO_CASES as it is (recent), a month older and half-way
 * through its steps, and two months older with either all its steps or none. A case's id follows its place
 * in DEMO_CASES, so add new demo cases at the end.
 */
export const DEMO_SEED_CASES: readonly DemoSeedCase[] = DEMO_CASES.flatMap((demo, i) =>
  (
    [
      ['recent', demo],
      ['older', { ...demo, daysAgo: demo.daysAgo + 30, steps: demo.steps.slice(0, Math.ceil(demo.steps.length / 2)) }],
      ['oldest', { ...demo, daysAgo: demo.daysAgo + 60 + (i % 5), steps: i % 2 === 0 ? demo.steps : [] }],
    ] as const
  ).map(([variant, seeded]) => {
    const key = `${i}/${variant}`;
    return { key, caseId: uuidv5(`lagspill-demo-case/${key}`, DEMO_CASE_ID_NAMESPACE), demo: seeded };
  }),
);
