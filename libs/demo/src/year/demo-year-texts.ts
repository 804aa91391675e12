import type { PartyKind } from '@lagspill/domain';

/**
 * What people write in a demo year, in Norwegian bokmål: titles and descriptions per subcategory, and
 * what parties and reporters write back. `{name}` placeholders are filled per case (see fillText).
 */

/** Titles and descriptions of reports of one subcategory (`category/subcategory`). */
export interface ReportTexts {
  readonly titles: readonly string[];
  readonly descriptions: readonly string[];
}

export const REPORT_TEXTS: Readonly<Record<string, ReportTexts>> = {
  'multidose/paper-and-emd': {
    titles: [
      'Pasient på papirmultidose har også fått PLL',
      'Dobbeltregistrering: ordinasjonskort og e-resepter samtidig',
      'Apoteket pakker etter ordinasjonskort, men PLL er sendt',
    ],
    descriptions: [
      'Pasienten har ordinasjonskort hos multidoseapoteket, men fikk også PLL sendt fra oss ved siste konsultasjon. Apoteket pakker etter kortet, og listene er ikke like.',
      '{legemiddel} står både på ordinasjonskortet og som e-resept. Pasienten kan få dobbel dose hvis begge ekspederes.',
      'Hjemmetjenesten har to lister for samme pasient: ordinasjonskortet fra apoteket og PLL fra fastlegen.',
    ],
  },
  'multidose/transition': {
    titles: [
      'Overgang til e-multidose stoppet opp',
      'Pasient står fortsatt på papirmultidose etter bestilt overgang',
      'E-multidose ikke startet etter ny legemiddelliste',
    ],
    descriptions: [
      'Vi sendte legemiddelliste for overgang fra ordinasjonskort til e-multidose for {uker} uker siden, men apoteket pakker fortsatt etter papirkortet.',
      'Overgangen til e-multidose er ikke fullført. Apoteket mangler bekreftelse, og hjemmetjenesten vet ikke hvilken liste som gjelder.',
    ],
  },
  'multidose/registration': {
    titles: [
      'Feil multidoselege registrert i Reseptformidleren',
      'M27-registrering mangler for pasient på e-multidose',
      'Kan ikke avregistrere tidligere multidoseapotek',
    ],
    descriptions: [
      'Pasienten har byttet fastlege, men forrige lege står fortsatt som multidoselege. Vi får ikke sendt ny liste.',
      'Registreringsmeldingen (M27.1) ser ut til å være sendt, men apoteket finner ikke registreringen.',
      'Avregistrering av multidoseapotek blir avvist med melding om at vi ikke er registrert multidoselege.',
    ],
  },
  'multidose/proposal-unanswered': {
    titles: [
      'Endringsforslag (M25.2) ubesvart',
      'Ingen svar på endringsforslag før pakking',
      'Endringsforslag fra apoteket kommer ikke fram til legen',
    ],
    descriptions: [
      'Vi sendte endringsforslag til fastlegen for {antall} pasienter, men har ikke fått ny legemiddelliste. Pakking for neste periode nærmer seg.',
      'Endringsforslaget om {legemiddel} er sendt to ganger uten svar. Vi må vite om vi skal pakke etter gammel liste.',
    ],
  },
  'multidose/packed-list-mismatch': {
    titles: [
      'Pakkeliste (M25.3) avviker fra legemiddellisten',
      'Utlevert rull stemmer ikke med PLL',
      'Pakket dose avviker fra forskrevet dose',
    ],
    descriptions: [
      'Rullen inneholder {legemiddel}, som ble seponert ved forrige konsultasjon. Pakkelisten stemmer ikke med gjeldende legemiddelliste.',
      'Doseringen av {legemiddel} i rullen er ikke den samme som i PLL. Vi har holdt igjen dosene til det er avklart.',
    ],
  },
  'multidose/packing': {
    titles: [
      'Manglende legemiddel i multidoserullen',
      'Feil rull levert til pasient',
      'Behov for hastepakking etter endring',
    ],
    descriptions: [
      'Rullen for perioden mangler {legemiddel}, som står på legemiddellisten. Hjemmetjenesten oppdaget det ved utdeling.',
      'Pasienten fikk en rull med en annen pasients navn. Oppdaget før administrering.',
      'Legen har endret dosen av {legemiddel}, og ny rull må pakkes før neste utdeling.',
    ],
  },
  'list-quality/duplicates': {
    titles: [
      'Dobbeltforskrivning på legemiddellisten',
      'Samme legemiddel står to ganger i PLL',
      'Dobbel resept etter samstemming',
    ],
    descriptions: [
      '{legemiddel} står to ganger på listen, en gang med virkestoffnavn og en gang med handelsnavn.',
      'Etter innleggelse står {legemiddel} både som sykehusets og fastlegens resept. Apoteket kan ekspedere begge.',
    ],
  },
  'list-quality/fragmented': {
    titles: [
      'Legemiddellisten er ufullstendig',
      'PLL mangler legemidler fra annen forskriver',
      'Fragmentert liste etter flere forskrivere',
    ],
    descriptions: [
      'Legemidler forskrevet av avtalespesialist vises ikke i listen vi henter fra Reseptformidleren.',
      'Listen i journalen og listen i SFM er ulike; {legemiddel} mangler i den ene.',
    ],
  },
  'list-quality/stale': {
    titles: [
      'PLL ikke oppdatert etter utskrivning',
      'Utdatert legemiddelliste etter sykehusopphold',
      'Endringer fra sykehuset mangler i listen',
    ],
    descriptions: [
      'Pasienten ble skrevet ut fra {sykehus} for {dager} dager siden. Endringene i epikrisen er ikke med i PLL.',
      '{legemiddel} ble seponert under innleggelsen, men står fortsatt i legemiddellisten.',
    ],
  },
  'list-quality/reconciliation': {
    titles: ['Samstemming feiler', 'Samstemming gir feilmelding i SFM', 'Kan ikke fullføre samstemming'],
    descriptions: [
      'Når vi samstemmer journalen mot Reseptformidleren, får vi feilmelding, og listen blir ikke lagret.',
      'Samstemmingen stopper på {legemiddel} med melding om ukjent virkestoff.',
    ],
  },
  'list-quality/not-revoked': {
    titles: [
      'Resept ikke tilbakekalt ved seponering',
      'Seponert legemiddel ligger fortsatt som gyldig resept',
      'Tilbakekalling kommer ikke fram',
    ],
    descriptions: [
      '{legemiddel} er seponert i journalen, men resepten ligger fortsatt i Reseptformidleren og kan ekspederes.',
      'Vi har tilbakekalt resepten, men apoteket ser den fortsatt som gyldig.',
    ],
  },
  'prescribing/multidose-method': {
    titles: [
      'Multidoseapoteket avviser resepter',
      'Resept ikke forskrevet som multidose',
      'Feil forskrivningsmåte for multidosepasient',
    ],
    descriptions: [
      'Apoteket melder at reseptene ikke er forskrevet som multidose og må sendes på nytt. Vi finner ikke valget ved forskrivning.',
      'Resepten på {legemiddel} kom som vanlig resept og kan ikke pakkes.',
    ],
  },
  'prescribing/dose-text': {
    titles: ['Doseringstekst endres ved sending', 'Uklar dosering i e-resept', 'Doseringen vises feil hos apoteket'],
    descriptions: [
      'Doseringen «1 tablett morgen og kveld» vises som «1 tablett daglig» hos apoteket.',
      'Strukturert dosering av {legemiddel} blir borte ved sending; bare fritekst kommer fram.',
    ],
  },
  'prescribing/locked-prescription': {
    titles: ['Resept låst hos annet apotek', 'Kan ikke endre låst resept', 'Låst resept hindrer ekspedering'],
    descriptions: [
      'Resepten på {legemiddel} er låst av et annet apotek, og pasienten får ikke hentet.',
      'Vi får ikke endret resepten fordi den er låst, selv om pasienten har bedt om opplåsing.',
    ],
  },
  'prescribing/substance-brand': {
    titles: [
      'Feil ved virkestofforskrivning',
      'Bytte av merkevare gir ny oppføring',
      'Virkestoff og handelsnavn blandes',
    ],
    descriptions: [
      'Ved virkestofforskrivning av {legemiddel} velges feil styrke automatisk.',
      'Når apoteket bytter merkevare, får pasienten en ny linje i listen i stedet for en endring.',
    ],
  },
  'prescribing/reimbursement': {
    titles: ['Feil refusjonshjemmel på resept', 'Refusjonskode mangler', 'Blå resept avvist'],
    descriptions: [
      'Refusjonskoden for {legemiddel} blir ikke med, og pasienten må betale fullt.',
      'Apoteket får melding om ugyldig refusjonshjemmel på resepter fra oss.',
    ],
  },
  'sfm/gui': {
    titles: ['Feil i SFM-vinduet', 'SFM-skjermbildet henger', 'Knapper mangler i SFM-vinduet'],
    descriptions: [
      'SFM-vinduet i {system} viser tom liste for enkelte pasienter, selv om de har aktive resepter.',
      'Når vi åpner legemiddelmodulen fra journalen, kommer det en hvit side. Det hjelper å lukke og åpne på nytt.',
    ],
  },
  'sfm/sync': {
    titles: [
      'Endringer i SFM kommer ikke over i journalen',
      'Datadeling mellom journal og SFM feiler',
      'Journalen og SFM viser ulike lister',
    ],
    descriptions: [
      'Doseendringer gjort i SFM-vinduet blir ikke synkronisert til journalen. Vi må gjøre endringen to ganger.',
      'Nye resepter fra SFM kommer ikke over i journalen i {system}.',
    ],
  },
  'sfm/basis-api': {
    titles: [
      'Feil fra SFM Basis ved oppslag',
      'SFM Basis svarer med feilkode',
      'Legemiddellisten hentes ikke via SFM Basis',
    ],
    descriptions: [
      'Oppslag mot SFM Basis ved innleggelse gir feilkode 500 for enkelte pasienter.',
      'Henting av legemiddellisten går ut på tid mot SFM Basis-API-et.',
    ],
  },
  'sfm/performance': {
    titles: ['SFM er svært treg', 'Tidsavbrudd mot SFM', 'Lang ventetid ved åpning av legemiddelmodulen'],
    descriptions: [
      'Det tar over 30 sekunder å åpne legemiddelmodulen, og den går ofte ut på tid.',
      'SFM har vært treg hele formiddagen. Forskrivning tar flere minutter per pasient.',
    ],
  },
  'reseptformidler/rejected': {
    titles: [
      'PLL avvist i Reseptformidleren',
      'Melding avvist uten apprec',
      'Valideringsfeil ved sending av legemiddelliste',
    ],
    descriptions: [
      'Sending av legemiddellisten feiler, og vi får ingen apprec tilbake.',
      'Meldingen blir avvist med valideringsfeil på doseringen, men vi finner ikke feilen.',
    ],
  },
  'reseptformidler/not-received': {
    titles: ['M25 ikke mottatt hos apoteket', 'Legemiddellisten kommer ikke fram', 'Apoteket har ikke fått ny liste'],
    descriptions: [
      'Vi har sendt legemiddellisten, men multidoseapoteket har ikke mottatt den.',
      'Listen står som sendt i journalen, men finnes ikke i Reseptformidleren.',
    ],
  },
  'reseptformidler/delay': {
    titles: ['Meldinger fra Reseptformidleren er forsinket', 'Kø i meldingsflyten', 'Resepter kommer sent fram'],
    descriptions: [
      'Resepter sendt i formiddag var ikke synlige hos apoteket før flere timer senere.',
      'Apprec kommer med flere timers forsinkelse.',
    ],
  },
  'reseptformidler/duplicates': {
    titles: ['Samme melding mottatt flere ganger', 'Dupliserte M25-meldinger', 'Dobbel legemiddelliste hos apoteket'],
    descriptions: [
      'Apoteket har mottatt samme legemiddelliste tre ganger med ulike tidspunkt.',
      'Vi får dupliserte apprec på samme melding.',
    ],
  },
  'kjernejournal/not-visible': {
    titles: [
      'Sykepleiere ser ikke PLL i kjernejournal',
      'Legemiddellisten vises ikke i kjernejournal',
      'Tom legemiddelliste i kjernejournal',
    ],
    descriptions: [
      'Hjemmesykepleien får ikke opp legemiddellisten i kjernejournal for pasienter på e-multidose, selv om fastlegen har sendt den.',
      'Kjernejournal viser bare utleveringer, ikke PLL, for pasienter vi vet har liste.',
    ],
  },
  'kjernejournal/access-refused': {
    titles: ['Oppslag i kjernejournal avvist', 'Mangler tilgang til kjernejournal', 'Tilgang nektet i kjernejournal'],
    descriptions: [
      'Nyansatte sykepleiere får melding om manglende tilgang ved oppslag i kjernejournal.',
      'Oppslag blir avvist etter bytte av virksomhetssertifikat.',
    ],
  },
  'decision-support/interactions': {
    titles: ['Interaksjonsvarsel vises ikke', 'Manglende interaksjonsvarsel', 'Feil interaksjonsvarsel'],
    descriptions: [
      'Kombinasjonen {legemiddel} og {legemiddel2} gir ikke varsel i forskrivningsvinduet. Varselet kom før oppdateringen.',
      'Det kommer interaksjonsvarsel for legemidler som ikke lenger står på listen.',
    ],
  },
  'decision-support/cave': {
    titles: ['CAVE-varsel mangler', 'CAVE vises ikke ved forskrivning', 'Feil CAVE-opplysning'],
    descriptions: [
      'Pasienten har registrert allergi mot penicillin, men det kom ikke varsel ved forskrivning.',
      'CAVE registrert i journalen vises ikke i SFM.',
    ],
  },
  'decision-support/dmp-alerts': {
    titles: ['DMP-varsel mangler', 'Varsel fra DMP vises ikke', 'Manglende sikkerhetsvarsel fra DMP'],
    descriptions: [
      'Varselet fra Direktoratet for medisinske produkter om {legemiddel} vises ikke ved forskrivning.',
      'Vi fikk e-post om et DMP-varsel, men ser det ikke i forskrivningen.',
    ],
  },
  'access/helseid-login': {
    titles: ['Innlogging med HelseID feiler', 'Får ikke logget inn i SFM', 'HelseID gir feilmelding'],
    descriptions: [
      'Flere leger får feilmelding ved innlogging med HelseID fra journalen.',
      'Innloggingen stopper etter BankID med en generell feilmelding.',
    ],
  },
  'access/idp-down': {
    titles: ['BankID-innlogging nede', 'Identitetsleverandør utilgjengelig', 'Kan ikke logge inn med Buypass'],
    descriptions: [
      'Ingen får logget inn med BankID siden i morges.',
      'Innlogging med Buypass-kort feiler for hele kontoret.',
    ],
  },
  'access/hpr-link': {
    titles: ['HPR-nummer kobles ikke', 'Lege mangler HPR-kobling', 'Feil helsepersonellnummer ved innlogging'],
    descriptions: [
      'Ny lege får ikke forskrive fordi HPR-nummeret ikke blir med ved innlogging.',
      'Vikaren får melding om manglende autorisasjon selv om HPR er i orden.',
    ],
  },
  'access/address-register': {
    titles: [
      'Feil HER-id i Adresseregisteret',
      'Feil kommunikasjonspart registrert',
      'Meldinger går til feil mottaker',
    ],
    descriptions: [
      'Meldinger til oss går til gammel HER-id etter omorganiseringen.',
      'Adresseregisteret har feil tjeneste registrert for multidose.',
    ],
  },
  'access/local-setup': {
    titles: [
      'Tilgang ikke satt opp for nyansatt',
      'Mangler lokal tilgang til legemiddelmodulen',
      'Rolle mangler i journalsystemet',
    ],
    descriptions: [
      'Nyansatt sykepleier mangler rolle for å se legemiddellisten.',
      'Tilgang til SFM er ikke bestilt for vikarene ved avdelingen.',
    ],
  },
  'pharmacy-system/cannot-dispense': {
    titles: ['Kan ikke ekspedere e-resepter', 'Feil ved henting av resepter', 'Reseptene lar seg ikke ekspedere'],
    descriptions: [
      'Vi får feilmelding ved henting av resepter fra Reseptformidleren. Kundene må vente.',
      'Ekspederingen stopper med tidsavbrudd mot Reseptformidleren.',
    ],
  },
  'pharmacy-system/emd-orders-missing': {
    titles: [
      'E-multidosebestillinger kommer ikke fram',
      'Mangler bestillinger på e-multidose',
      'Bestilling fra lege ikke mottatt',
    ],
    descriptions: [
      'Vi har ikke mottatt e-multidosebestillinger fra {antall} leger siden i går.',
      'Bestillinger som legen har sendt, vises ikke i apoteksystemet.',
    ],
  },
  'infrastructure/helsenett': {
    titles: ['Helsenettet ustabilt', 'Brudd mot Helsenettet', 'Tregt nett mot Helsenettet'],
    descriptions: [
      'Forbindelsen mot Helsenettet faller ut flere ganger i timen.',
      'Alle tjenester på Helsenettet har vært utilgjengelige siden kl. 08.',
    ],
  },
  'infrastructure/certificates': {
    titles: ['Virksomhetssertifikat utløpt', 'Nytt sertifikat fungerer ikke', 'Sertifikatfeil ved sending'],
    descriptions: [
      'Etter bytte av virksomhetssertifikat blir alle meldinger avvist.',
      'Sertifikatet utløper om få dager, og fornyelsen er ikke kommet.',
    ],
  },
  'infrastructure/edi': {
    titles: ['Feil i meldingstjeneren', 'EDI-konto sperret', 'Meldinger blir liggende i utboksen'],
    descriptions: ['Meldinger blir liggende i utboksen og sendes ikke.', 'EDI-kontoen er sperret etter passordbytte.'],
  },
  'collaboration/responsibility': {
    titles: [
      'Uklart hvem som oppdaterer listen etter utskrivning',
      'Uklart ansvar mellom fastlege og hjemmetjeneste',
      'Hvem skal bestille ny rull?',
    ],
    descriptions: [
      'Etter utskrivning er det uklart om fastlegen eller sykehuset skal sende oppdatert PLL. Hjemmetjenesten får to ulike lister.',
      'Apoteket, fastlegen og hjemmetjenesten mener hverandre har ansvaret for å melde endringen.',
    ],
  },
  'collaboration/no-contact': {
    titles: [
      'Finner ikke kontaktpunkt hos apoteket',
      'Ingen svarer på telefon hos legekontoret',
      'Mangler kontaktperson for e-multidose',
    ],
    descriptions: [
      'Vi har prøvd å nå multidoseapoteket i to dager uten å få svar.',
      'Det finnes ingen oppgitt kontaktperson for e-multidose hos kontoret.',
    ],
  },
  'collaboration/training': {
    titles: ['Behov for opplæring i PLL', 'Rutine for e-multidose mangler', 'Opplæring av vikarer'],
    descriptions: [
      'Vikarene har ikke fått opplæring i PLL og legemiddelmodulen.',
      'Vi mangler en felles rutine for overgang fra papir til e-multidose.',
    ],
  },
  'collaboration/slow-replies': {
    titles: ['Treg oppfølging av sak', 'Får ikke svar fra leverandøren', 'Lang svartid mellom aktørene'],
    descriptions: [
      'Vi har ventet i flere uker på svar i en sak om {legemiddel}.',
      'Saker mellom apotek og legekontor blir liggende uten svar.',
    ],
  },
};

/** Sentences a description may end with. */
export const DETAILS = {
  manyPatients: [
    'Gjelder {antall} pasienter.',
    'Feilen gjelder flere pasienter.',
    'Vi har sett dette hos {antall} pasienter.',
  ],
  firstSeen: ['Første gang observert {tid}.', 'Feilen oppsto {tid}.'],
  identityNumber: ['Gjelder pasient {fnr}.', 'Pasientens fødselsnummer er {fnr}.'],
} as const;

export const WHEN = [
  'i dag tidlig',
  'i går ettermiddag',
  'i forrige uke',
  'etter siste oppdatering',
  'ved forrige pakking',
];

export const MEDICINES = [
  'Metoprolol',
  'Albyl-E',
  'Marevan',
  'Eliquis',
  'Furix',
  'Levaxin',
  'Simvastatin',
  'Amlodipin',
  'Metformin',
  'Zopiklon',
  'Escitalopram',
  'Pantoprazol',
  'Ramipril',
  'Atorvastatin',
  'Paracetamol',
  'Oksykodon',
  'Prednisolon',
  'Kalsium-D',
];

/** What the party at work writes, by kind of party. */
export interface PartyTexts {
  readonly progress: readonly string[];
  readonly resolutions: readonly string[];
}

export const PARTY_TEXTS: Readonly<Record<PartyKind, PartyTexts>> = {
  vendor: {
    progress: [
      'Takk for meldingen. Vi har gjenskapt feilen og ser på en rettelse.',
      'Saken er mottatt og lagt i utviklingskøen.',
      'Vi undersøker saken og kommer tilbake med mer informasjon.',
    ],
    resolutions: [
      'Rettet i ny versjon, som er rullet ut til alle kunder.',
      'Feilen skyldtes et lokalt oppsett. Konfigurasjonen er rettet.',
      'Rettet i en hurtigoppdatering. Gi beskjed om feilen kommer tilbake.',
    ],
  },
  nhn: {
    progress: [
      'NHN kundesenter har mottatt saken og undersøker loggene.',
      'Vi ser på meldingsflyten for de aktuelle meldingene.',
    ],
    resolutions: [
      'Feilen i SFM er rettet i siste versjon.',
      'Meldingene er behandlet på nytt og har kommet fram.',
      'Registreringen er rettet, og tilgangen fungerer igjen.',
    ],
  },
  'pharmacy-chain': {
    progress: ['Vi har kontaktet multidoseapoteket og følger opp.', 'Apoteket er varslet og ser på pakkingen.'],
    resolutions: [
      'Ny rull er pakket og levert. Kontrollrutinen er skjerpet.',
      'Feilen i apoteksystemet er rettet.',
      'Endringsforslaget er fulgt opp med legen, og ny liste er mottatt.',
    ],
  },
  'working-group': {
    progress: ['Arbeidsgruppen tar saken opp på neste møte.', 'Vi har kontaktet de involverte aktørene.'],
    resolutions: [
      'Avklart i arbeidsgruppen: fastlegen har ansvaret for å oppdatere listen. Rutinen er sendt til kontorene.',
      'Opplæringsmateriell er sendt ut og rutinen oppdatert.',
      'Saken er avklart med apoteket og kommunen. Ny rutine gjelder fra neste uke.',
    ],
  },
};

export const INTERNAL_NOTES = [
  'Intern: samme feil er meldt fra flere kunder denne uken.',
  'Intern: koblet til feil i utviklingskøen.',
  'Intern: venter på tilbakemelding fra utvikler.',
  'Intern: må avklares med NHN før vi svarer.',
];

/** Questions a party asks, by the category's nature. */
export const QUESTIONS: Readonly<Record<'sfm' | 'messages' | 'multidose' | 'other', readonly string[]>> = {
  sfm: [
    'Kan dere sende TraceID (Feil-ID) og omtrent når feilen oppsto?',
    'Hvilken versjon av journalsystemet kjører dere, og gjelder det alle brukere?',
  ],
  messages: [
    'Kan dere oppgi MeldingsID og ReseptID for en av meldingene?',
    'Når ble meldingen sendt, og hvilken apprec kom tilbake?',
  ],
  multidose: [
    'Hvilken multidoseperiode gjelder det, og hvilket apotek pakker?',
    'Er pasienten på papirmultidose eller e-multidose nå?',
  ],
  other: ['Kan dere beskrive stegene som gir feilen?', 'Gjelder dette flere pasienter eller bare én?'],
};

export const ANSWERS = [
  'TraceID er lagt inn under tekniske opplysninger. Feilen oppsto rundt kl. 10.',
  'Vi kjører siste versjon. Det gjelder alle legene ved kontoret.',
  'Det gjelder perioden som startet mandag, pakket av {apotek}.',
  'Stegene: åpne legemiddelmodulen, endre dosen, lagre. Endringen blir borte.',
  'Gjelder minst {antall} pasienter.',
];

export const FORWARD_REASONS = {
  sfmToNhn: [
    'Feilen ligger i SFM og ikke i journalsystemet. Sendes videre til NHN kundesenter.',
    'Loggene viser at feilen oppstår i SFM. Videresendt til NHN etter rutinen for SFM-feil.',
  ],
  chainToNhn: ['Feilen ligger i Reseptformidleren, ikke i apoteksystemet. Sendes til NHN kundesenter.'],
  triageToVendor: ['Arbeidsgruppen vurderer at feilen ligger i journalsystemet. Sendes til leverandøren.'],
  triageToPharmacy: ['Dette gjelder pakkingen hos multidoseapoteket. Sendes til apotekkjeden.'],
} as const;

export const REOPEN_REASONS = [
  'Feilen har kommet tilbake etter helgen.',
  'Samme problem igjen i dag.',
  'Rettelsen virker ikke hos oss.',
];

export const STATUS_QUESTIONS = [
  'Er det noe nytt i denne saken? Problemet gjelder fortsatt.',
  'Vi venter fortsatt på svar. Må vi gjøre endringene manuelt inntil videre?',
];

/** Texts of the two incidents (see incidents.ts). */
export const INCIDENT_TEXTS = {
  cgmRelease: {
    titles: [
      'SFM-endringer synkroniseres ikke etter oppdatering til {versjon}',
      'Datadeling med SFM stoppet etter ny versjon av {produkt}',
    ],
    descriptions: [
      'Etter at vi fikk {produkt} {versjon} blir endringer i SFM ikke lagret i journalen. Gjelder alle legene ved kontoret.',
      'Siden oppdateringen til {versjon} i går kommer ikke nye resepter og doseendringer fra SFM over i journalen.',
    ],
    acknowledgement: 'Kjent feil i {versjon} som gjelder flere kunder. Rettelse kommer i neste versjon.',
    resolution: 'Rettet i ny versjon av {produkt}, som nå er rullet ut til alle kunder.',
  },
  prescriptionOutage: {
    titles: [
      'Kan ikke ekspedere resepter – Reseptformidleren svarer ikke',
      'Ingen resepter kan hentes fra Reseptformidleren',
    ],
    descriptions: [
      'Fra kl. {klokkeslett} får vi tidsavbrudd mot Reseptformidleren ved henting av resepter. Kundene må vente.',
      'Ingen resepter kan hentes eller ekspederes siden kl. {klokkeslett}. Gjelder alle kunder.',
    ],
    /** What GP offices report meanwhile: prescriptions that do not reach the pharmacy. */
    prescribers: {
      titles: ['Resepter kommer ikke fram til apoteket'],
      descriptions: ['Pasienter melder at apoteket ikke finner reseptene vi sendte i dag.'],
    },
    resolution: 'Driftsforstyrrelsen i Reseptformidleren er rettet. Tjenesten er normal igjen.',
  },
} as const;

/** Fills `{name}` placeholders; an unknown name is left as it is. */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
