import type { FieldError } from '../../api/api-error';

/**
 * The rule table's checks answer in English and name fields by path (`rules.3.target.party`). The
 * editor says which rule, counted from 1 as the list shows them, and what is wrong in Norwegian; a
 * message this table does not know is shown as the server wrote it.
 */
const MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/^no party .+ in the directory$/, 'Mottakeren finnes ikke i katalogen.'],
  [/does not serve/, 'Mottakeren tar ikke saker fra regionen. Velg en nasjonal mottaker eller en fra regionen.'],
  [/serves one region only/, 'De nasjonale reglene kan bare sende til nasjonale mottakere.'],
  [/^only the last rule may match every case$/, 'Bare den siste regelen kan gjelde alle saker. Gi regelen et vilkår.'],
  [/the last rule.* must match every case/, 'Den siste regelen må gjelde alle saker (ingen vilkår).'],
  [/^rules must hold at least the catch-all rule$/, 'Tabellen må ha minst én regel som gjelder alle saker.'],
  [/rule ids? .*(unique|used twice)/, 'To regler har samme id. Endre beskrivelsen på den nye regelen.'],
  [/is not a subcategory of/, 'En underkategori hører ikke til kategorien.'],
  [/^unknown (category|organisation type|integration)/, 'Regelen har et vilkår Lagspill ikke kjenner.'],
  [/can never match/, 'Regelen slår aldri til: reglene over fanger alle sakene den gjelder.'],
  [/^description/, 'Beskrivelsen må fylles ut (høyst 500 tegn).'],
];

/** Which part of a rule a field path names, in the editor's words. */
const PARTS: readonly (readonly [RegExp, string])[] = [
  [/^description$/, 'beskrivelse'],
  [/^when\b/, 'når'],
  [/^target\b/, 'send til'],
];

/** "Regel 4 (send til): Mottakeren finnes ikke i katalogen." for `rules.3.target.party`. */
export function describeRuleTableError({ field, message }: FieldError): string {
  const said = MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? message;
  const match = /^rules\.(\d+)(?:\.(.+))?$/.exec(field);
  if (!match) return said;
  const part = match[2] === undefined ? undefined : PARTS.find(([pattern]) => pattern.test(match[2] ?? ''))?.[1];
  return `Regel ${Number(match[1]) + 1}${part ? ` (${part})` : ''}: ${said}`;
}
