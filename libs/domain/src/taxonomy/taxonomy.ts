/**
 * The fault taxonomy of the domain brief (§2.2), with the codes of the API contract and Norwegian
 * labels for the UI. `defaultRoute` seeds the routing rules; the rules, not this table, decide.
 */
export const ROUTE_TARGETS = [
  'vendor',
  'nhn',
  'pharmacy',
  'working-group',
  'organisation',
  'concerned-organisation',
] as const;
/**
 * vendor: of the reporter's system · nhn: NHN kundesenter · pharmacy: the (multidose) pharmacy's chain ·
 * organisation: the reporter's own (no party: the working group follows up locally) · concerned-organisation:
 * the other organisation the report names (the prescribing GP office, say), else the working group.
 */
export type RouteTarget = (typeof ROUTE_TARGETS)[number];

export interface Subcategory {
  readonly code: string;
  readonly label: string;
  readonly description: string;
  /** Where this subcategory goes when it differs from its category's default. */
  readonly defaultRoute?: RouteTarget;
}

export interface Category {
  readonly code: string;
  readonly label: string;
  readonly description: string;
  readonly defaultRoute: RouteTarget;
  readonly subcategories: readonly Subcategory[];
}

const sub = (code: string, label: string, description: string, defaultRoute?: RouteTarget): Subcategory => ({
  code,
  label,
  description,
  defaultRoute,
});

export const TAXONOMY: readonly Category[] = [
  {
    code: 'multidose',
    label: 'Multidose',
    description: 'Feil i multidoseordningen: papir og e-multidose, registrering, endringsforslag og pakking.',
    defaultRoute: 'pharmacy',
    subcategories: [
      sub(
        'paper-and-emd',
        'Papirmultidose og PLL/e-resept samtidig',
        'Pasient på papirmultidose har også fått PLL eller e-resepter (dobbeltregistrering).',
        'working-group',
      ),
      sub(
        'transition',
        'Overgang fra papir til e-multidose ikke fullført',
        'Overgangen fra ordinasjonskort til elektronisk multidose stoppet opp.',
        'working-group',
      ),
      sub(
        'registration',
        'Feil eller manglende registrering (M27)',
        'Multidoselege eller multidoseapotek er feil eller mangler i Reseptformidleren.',
        'vendor',
      ),
      sub(
        'proposal-unanswered',
        'Endringsforslag ikke besvart (M25.2)',
        'Apotekets endringsforslag til legen er ikke besvart.',
      ),
      sub(
        'packed-list-mismatch',
        'Pakkeliste avviker fra PLL (M25.3)',
        'Det som ble pakket og utlevert stemmer ikke med legemiddellisten.',
      ),
      sub('packing', 'Pakkefeil', 'Feil rull, manglende legemiddel eller behov for hastepakking.'),
    ],
  },
  {
    code: 'list-quality',
    label: 'Kvalitet på legemiddellisten',
    description: 'Dobbeltforskrivning, fragmentert eller utdatert liste, samstemming og seponering.',
    defaultRoute: 'working-group',
    subcategories: [
      sub('duplicates', 'Dobbeltforskrivning', 'Samme legemiddel er forskrevet flere ganger.'),
      sub('fragmented', 'Fragmentert liste', 'Legemiddellisten er delt opp eller ufullstendig.'),
      sub('stale', 'Ikke oppdatert etter utskrivning', 'Listen er ikke oppdatert etter utskrivning fra sykehus.'),
      sub(
        'reconciliation',
        'Samstemming feilet',
        'Samstemming mellom journal og Reseptformidleren gikk galt.',
        'vendor',
      ),
      sub(
        'not-revoked',
        'Ikke tilbakekalt ved seponering',
        'Resepten ble ikke tilbakekalt da legemidlet ble seponert.',
      ),
    ],
  },
  {
    code: 'prescribing',
    label: 'Forskrivning',
    description: 'Feil forskrivningsmåte for multidose, doseringstekst, låste resepter, virkestoff og refusjon.',
    defaultRoute: 'vendor',
    subcategories: [
      sub(
        'multidose-method',
        'Feil forskrivningsmåte for multidose',
        'Resepten er forskrevet på en måte multidoseapoteket ikke kan bruke.',
      ),
      sub('dose-text', 'Doseringstekst', 'Doseringen er feil, uklar eller blir endret i overføringen.'),
      sub('locked-prescription', 'Låst resept', 'Resepten er låst og kan ikke endres eller ekspederes som forventet.'),
      sub('substance-brand', 'Virkestoff eller merkevare', 'Feil ved virkestoffordinering eller bytte av merkevare.'),
      sub('reimbursement', 'Refusjonsgrunnlag', 'Feil refusjonshjemmel eller refusjonskode.'),
    ],
  },
  {
    code: 'sfm',
    label: 'Sentral forskrivningsmodul (SFM)',
    description:
      'Feil i SFM: skjermbilder, datadeling mellom journal og SFM, SFM Basis og ytelse. Meldes via leverandøren.',
    defaultRoute: 'vendor',
    subcategories: [
      sub('gui', 'Feil i SFM-skjermbildet', 'Feil i SFM-brukergrensesnittet i journalen.'),
      sub('sync', 'Datadeling journal–SFM', 'Data mellom journalen og SFM er ikke synkronisert.'),
      sub('basis-api', 'Feil i SFM Basis (API)', 'Feil i SFM Basis-grensesnittet.'),
      sub('performance', 'Treghet eller tidsavbrudd', 'SFM svarer sakte eller går ut på tid.'),
    ],
  },
  {
    code: 'reseptformidler',
    label: 'Reseptformidleren og meldingsflyt',
    description: 'Avviste meldinger og apprec, M25 som ikke kommer fram, forsinkelser og duplikater.',
    defaultRoute: 'nhn',
    subcategories: [
      sub('rejected', 'Avvist melding eller apprec', 'Meldingen ble avvist ved validering eller apprec uteble.'),
      sub('not-received', 'M25 ikke mottatt', 'Legemiddellisten (M25) kom ikke fram til mottaker.'),
      sub('delay', 'Forsinkelse eller kø', 'Meldinger blir liggende eller kommer sent fram.'),
      sub('duplicates', 'Dupliserte meldinger', 'Samme melding kommer flere ganger.'),
    ],
  },
  {
    code: 'kjernejournal',
    label: 'Kjernejournal',
    description: 'PLL vises ikke for sykepleiere, eller tilgang blir nektet.',
    defaultRoute: 'nhn',
    subcategories: [
      sub(
        'not-visible',
        'PLL vises ikke',
        'Legemiddellisten vises ikke i kjernejournal for helsepersonell uten forskrivningsrett.',
      ),
      sub('access-refused', 'Tilgang nektet', 'Oppslag i kjernejournal blir avvist.', 'organisation'),
    ],
  },
  {
    code: 'decision-support',
    label: 'Beslutningsstøtte',
    description: 'Manglende, falske eller stoppede interaksjons- og CAVE-varsler, manglende DMP-varsler.',
    defaultRoute: 'vendor',
    subcategories: [
      sub('interactions', 'Interaksjonsvarsler', 'Interaksjonsvarsler mangler, er feil eller vises ikke.'),
      sub('cave', 'CAVE-varsler', 'CAVE-varsler mangler eller er feil.'),
      sub('dmp-alerts', 'DMP-varsler', 'Varsler fra Direktoratet for medisinske produkter mangler.', 'nhn'),
    ],
  },
  {
    code: 'access',
    label: 'Tilgang og identitet',
    description: 'HelseID-innlogging, identitetsleverandør nede, HPR-kobling, feil i Adresseregisteret eller HER-id.',
    defaultRoute: 'nhn',
    subcategories: [
      sub('helseid-login', 'Innlogging med HelseID', 'Innlogging via HelseID feiler.'),
      sub('idp-down', 'Identitetsleverandør nede', 'BankID, Buypass eller annen innlogging er utilgjengelig.'),
      sub('hpr-link', 'HPR-kobling', 'Helsepersonellnummeret kobles ikke riktig.'),
      sub('address-register', 'Adresseregisteret og HER-id', 'Feil registrering i Adresseregisteret.'),
      sub('local-setup', 'Lokalt oppsett', 'Tilgang er ikke satt opp i egen virksomhet.', 'organisation'),
    ],
  },
  {
    code: 'pharmacy-system',
    label: 'Apoteksystem',
    description: 'Apoteket kan ikke hente eller ekspedere, eller e-multidosebestillinger kommer ikke fram.',
    defaultRoute: 'pharmacy',
    subcategories: [
      sub(
        'cannot-dispense',
        'Kan ikke hente eller ekspedere',
        'Resepter kan ikke hentes eller ekspederes i apoteksystemet.',
      ),
      sub(
        'emd-orders-missing',
        'E-multidosebestillinger mangler',
        'Bestillinger på e-multidose kommer ikke fram til apoteket.',
      ),
    ],
  },
  {
    code: 'infrastructure',
    label: 'Infrastruktur',
    description: 'Helsenettet, virksomhetssertifikater og EDI.',
    defaultRoute: 'nhn',
    subcategories: [
      sub('helsenett', 'Helsenettet', 'Helsenettet er nede eller ustabilt.'),
      sub('certificates', 'Sertifikater', 'Nye eller utløpte virksomhetssertifikater.'),
      sub('edi', 'EDI og meldingstjener', 'Feil i EDI-konto eller meldingstjener.', 'organisation'),
    ],
  },
  {
    code: 'collaboration',
    label: 'Samhandling',
    description: 'Uklart ansvar, ingen kontaktpunkt, opplæring og trege svar mellom aktører.',
    defaultRoute: 'working-group',
    subcategories: [
      sub(
        'responsibility',
        'Uklart ansvar',
        'Det er uklart hvem som har ansvaret mellom fastlege, apotek og hjemmetjeneste.',
      ),
      sub('no-contact', 'Ingen kontaktpunkt', 'Det finnes ikke noe kontaktpunkt hos den andre aktøren.'),
      sub('training', 'Opplæring', 'Behov for opplæring eller rutiner.'),
      sub('slow-replies', 'Trege svar', 'Svar mellom aktører tar for lang tid.'),
    ],
  },
];

export const CATEGORY_CODES = TAXONOMY.map((c) => c.code);

export function findCategory(code: string): Category | undefined {
  return TAXONOMY.find((c) => c.code === code);
}

export function findSubcategory(category: string, code: string): Subcategory | undefined {
  return findCategory(category)?.subcategories.find((s) => s.code === code);
}

/** Where a (category, subcategory) goes by default. */
export function defaultRoute(category: string, subcategory: string): RouteTarget | undefined {
  const found = findCategory(category);
  return found && (findSubcategory(category, subcategory)?.defaultRoute ?? found.defaultRoute);
}
