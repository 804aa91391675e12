import type { FieldError, Problem } from '../../api/api-error';

/**
 * The directory's rules answer in English (libs/domain's directory-rules, the import's sheet reader). The
 * pages say the same in Norwegian; a message this table does not know is shown as the server wrote it.
 */
const MESSAGES: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^must be filled in$/, () => 'Må fylles ut.'],
  [/^must be given$/, () => 'Må fylles ut.'],
  [/^must be filled in: a whole number$/, () => 'Må fylles ut med et helt tall.'],
  [/^must be filled in: a new system needs .+$/, () => 'Må fylles ut når virksomheten skal bytte system.'],
  [/^must be at most (\d+) characters$/, (max) => `Kan ha høyst ${max} tegn.`],
  [
    /^must not start or end with spaces or hold control characters$/,
    () => 'Kan ikke begynne eller slutte med mellomrom.',
  ],
  [
    /^must be 1 to 64 lower-case letters, digits and hyphens/,
    () => 'Må være 1–64 små bokstaver (a–z), tall og bindestrek, og begynne og slutte med bokstav eller tall.',
  ],
  [/^must be a list of e-mail addresses$/, () => 'Må være en liste med e-postadresser.'],
  [/^must not name an address twice$/, () => 'Samme adresse står to ganger.'],
  [/^must be an e-mail address/, () => 'Må være en e-postadresse (navn@domene.no).'],
  [/^must be a kommunenummer of 4 digits$/, () => 'Må være et kommunenummer på 4 siffer.'],
  [
    /^must be a kommunenummer in the directory; (.*) is not$/,
    (v) => `Må være en kommune i katalogen; «${v}» er ikke det.`,
  ],
  [
    /^must be a helsefellesskap in the directory; (.*) is not$/,
    (v) => `Må være et helsefellesskap i katalogen; «${v}» er ikke det.`,
  ],
  [
    /^must be an organisasjonsnummer of 9 digits/,
    () => 'Må være et organisasjonsnummer på 9 siffer med riktig kontrollsiffer.',
  ],
  [/^is already registered for (.*)$/, (holder) => `Er allerede registrert på ${holder}.`],
  [/^must be a HER-id/, () => 'Må være en HER-id: et helt tall fra 1 til 2147483647.'],
  [
    /^must be a multidose pharmacy in the directory; (.*) is not$/,
    (v) => `Må være et multidoseapotek i katalogen; «${v}» er ikke det.`,
  ],
  [
    /^must be a day after today \(YYYY-MM-DD, after (.*)\)/,
    () => 'Må være en dag etter i dag. Et bytte fra i dag lagres som nytt system.',
  ],
  [
    /^must be a party of kind ([a-z-]+) in the directory; (.*) is not$/,
    (_k, v) => `Må være en part av riktig type; «${v}» er ikke det.`,
  ],
  [/^must be a party in the directory; (.*) is not$/, (v) => `Må være en part i katalogen; «${v}» er ikke det.`],
  [/^must be a list of product names$/, () => 'Må være en liste med produktnavn.'],
  [/^must be whole hours from 1 to (\d+)$/, (max) => `Må være hele timer fra 1 til ${max}.`],
  [/^must be at least the first response time$/, () => 'Må være minst like lang som svarfristen.'],
  [
    /^must be the identity provider's subject or client id/,
    () => 'Må være brukernavnet hos identitetstilbyderen (eller klient-id): 1–200 bokstaver, tall og . _ @ + / = : -',
  ],
  [/^must be an HPR number of 4 to 9 digits$/, () => 'Må være et HPR-nummer på 4 til 9 siffer.'],
  [/^a system client gets no mail$/, () => 'Et fagsystem får ikke e-post: la feltet stå tomt.'],
  [/^a (reporter|system) acts for an organisation in the directory/, () => 'Velg virksomheten personen tilhører.'],
  [/^a [a-z]+ acts for no organisation$/, () => 'Denne rollen tilhører ingen virksomhet.'],
  [/^a [a-z]+ acts for no party$/, () => 'Denne rollen tilhører ingen part.'],
  [/^cannot change: register a new party instead$/, () => 'Kan ikke endres; registrer heller en ny part.'],
  [/^must be an active organisation in the directory/, () => 'Velg en aktiv virksomhet i katalogen.'],
  [/^already asked \(request .*\)$/, () => 'Du har allerede en forespørsel som venter på svar.'],
  [/^was already (approved|refused)$/, (s) => `Er allerede ${s === 'approved' ? 'godkjent' : 'avslått'}.`],
  [/^(.*) is already in the directory$/, () => 'Finnes allerede i katalogen.'],
  [/^is already in the directory$/, () => 'Finnes allerede i katalogen.'],
  [/^(.*) is not in the directory$/, () => 'Finnes ikke i katalogen.'],
  [/^is not a field here/, () => 'Er ikke et felt her.'],
  [/^must not be null$/, () => 'Kan ikke være tom.'],
  [/^must be a whole number; (.*) is not$/, (v) => `Må være et helt tall; «${v}» er ikke det.`],
  [/^must be a whole number$/, () => 'Må være et helt tall.'],
  [/^must be a string$/, () => 'Må være tekst.'],
  [/^must be true or false$/, () => 'Må være ja eller nei.'],
  [/^must be a list of strings$/, () => 'Må være en liste.'],
  [/^must be a date \(YYYY-MM-DD\); (.*) is not$/, (v) => `Må være en dato (ÅÅÅÅ-MM-DD); «${v}» er ikke det.`],
  [/^must be one of (.*); (.*) is not$/, (allowed, v) => `Må være en av ${allowed}; «${v}» er ikke det.`],
  [/^must be one of (.*)$/, (allowed) => `Må være en av ${allowed}.`],
  [/^must be (ja) or (nei); (.*) is not$/, (_j, _n, v) => `Må være ja eller nei; «${v}» er ikke det.`],
  [/^is not a column of the directory sheet$/, () => 'Er ikke en kolonne i katalogarket.'],
  [/^is there twice$/, () => 'Står to ganger.'],
  [/^is missing: it says what each row holds$/, () => 'Mangler: den sier hva hver rad er.'],
  [/^is missing: (.*) rows need it$/, (kinds) => `Mangler: rader for ${kinds} trenger den.`],
  [/^is not used by (.*) rows, only by (.*) rows$/, (kind, users) => `Brukes ikke av ${kind}, bare av ${users}.`],
  [
    /^has a value in column (\w+), which has no heading$/,
    (col) => `Har en verdi i kolonne ${col}, som mangler overskrift.`,
  ],
  [/^the file is empty/, () => 'Filen er tom: første linje skal ha overskriftene.'],
  [/^is not JSON: /, () => 'Er ikke gyldig JSON.'],
];

/** A message of the directory's rules in Norwegian, or as the server wrote it. */
export function norwegianMessage(message: string): string {
  for (const [pattern, say] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}

/**
 * The server's field errors spread over a form's fields: each error goes to the field whose path it names
 * (list indices dropped, `contactEmails[2]` → `contactEmails`), or to the nearest enclosing one the form
 * has, through `aliases` where the form names a field differently. The rest are `other`.
 */
export function fieldProblemsOf<F extends string>(
  problem: Problem,
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
): { readonly byField: Partial<Record<F, string>>; readonly other: readonly FieldError[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: FieldError[] = [];
  for (const error of problem.errors ?? []) {
    const field = formFieldOf(error.field, fields, aliases);
    const message = norwegianMessage(error.message);
    if (field === undefined) other.push({ ...error, message });
    else byField[field] ??= message;
  }
  return { byField, other };
}

function formFieldOf<F extends string>(
  path: string,
  fields: readonly F[],
  aliases: Readonly<Record<string, F>>,
): F | undefined {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  while (parts.length > 0) {
    const candidate = parts.join('.');
    if (Object.hasOwn(aliases, candidate)) return aliases[candidate];
    const own = fields.find((field) => field === candidate);
    if (own !== undefined) return own;
    parts.pop();
  }
  return undefined;
}
