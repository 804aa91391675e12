import type { RoutingRule } from '@lagspill/contracts';
import { shadowedRoutingRules, TAXONOMY, type RouteTarget } from '@lagspill/domain';

/** Id of the last rule of every table: whatever nothing else caught goes to the working group for triage. */
export const TRIAGE_RULE_ID = 'triage';

const ORGANISATION_NOTE =
  ' Egen virksomhet har ingen part i Lagspill, så saken går til regionens arbeidsgruppe, som følger opp lokalt.';

/** Why a taxonomy default sends a case where it does, in the coordinators' words. */
function describeDefault(target: RouteTarget, what: string): string {
  switch (target) {
    case 'vendor':
      return `${what}: til leverandøren av meldersystemet (standard i taksonomien).`;
    case 'nhn':
      return `${what}: til NHN kundesenter (standard i taksonomien).`;
    case 'pharmacy':
      return `${what}: til apotekkjeden til multidoseapoteket eller apoteket som melder (standard i taksonomien).`;
    case 'working-group':
      return `${what}: til regionens arbeidsgruppe (standard i taksonomien).`;
    case 'organisation':
      return `${what}: egen virksomhet (standard i taksonomien).${ORGANISATION_NOTE}`;
    case 'concerned-organisation':
      return `${what}: til virksomheten meldingen gjelder (standard i taksonomien).`;
  }
}

/** Rules in front of the taxonomy defaults, for cases the defaults alone would send too broadly. */
const SPECIFIC_RULES: readonly RoutingRule[] = [
  {
    id: 'sfm-from-gp-to-epj-vendor',
    description:
      'SFM-feil fra fastlegekontor eller legevakt: til leverandøren av journalsystemet (EPJ). SFM-feil meldes via leverandøren, som videresender til NHN.',
    when: { category: 'sfm', organisationTypes: ['gp-office', 'out-of-hours'] },
    target: 'vendor',
  },
  {
    id: 'sfm-basis-to-epj-vendor',
    description:
      'SFM-feil fra virksomheter på SFM Basis (API): til leverandøren som har bygd skjermbildene på API-et, som videresender til NHN.',
    when: { category: 'sfm', integration: 'sfm-basis' },
    target: 'vendor',
  },
  {
    id: 'reseptformidler-to-nhn',
    description: 'Feil i meldingsflyten i Reseptformidleren (apprec, M25, kø, duplikater): til NHN kundesenter.',
    when: { category: 'reseptformidler' },
    target: 'nhn',
  },
  {
    id: 'multidose-packing-to-pharmacy-chain',
    description:
      'Pakkefeil, ubesvart endringsforslag (M25.2) og pakkeliste som avviker (M25.3): til kjeden til multidoseapoteket.',
    when: { category: 'multidose', subcategories: ['packing', 'proposal-unanswered', 'packed-list-mismatch'] },
    target: 'pharmacy',
  },
  {
    id: 'multidose-prescribing-method-to-prescriber',
    description:
      'Feil forskrivningsmåte for multidose meldt av apotek eller multidoseapotek: til legekontoret meldingen gjelder, som retter resepten; arbeidsgruppen følger saken. Nevner meldingen ingen virksomhet, går den til arbeidsgruppen.',
    when: {
      category: 'prescribing',
      subcategories: ['multidose-method'],
      organisationTypes: ['pharmacy', 'multidose-pharmacy'],
    },
    target: 'concerned-organisation',
  },
  {
    id: 'collaboration-to-working-group',
    description: 'Samhandling (uklart ansvar, kontaktpunkt, opplæring, trege svar): til regionens arbeidsgruppe.',
    when: { category: 'collaboration' },
    target: 'working-group',
  },
];

/** One rule per category from the taxonomy, each preceded by its subcategories that go elsewhere. */
function taxonomyRules(): RoutingRule[] {
  return TAXONOMY.flatMap((category) => [
    ...category.subcategories
      .filter((s) => s.defaultRoute !== undefined && s.defaultRoute !== category.defaultRoute)
      .map((s): RoutingRule => ({
        id: `default-${category.code}-${s.code}`,
        description: describeDefault(s.defaultRoute as RouteTarget, `${category.label}: ${s.label}`),
        when: { category: category.code, subcategories: [s.code] },
        target: s.defaultRoute as RouteTarget,
      })),
    {
      id: `default-${category.code}`,
      description: describeDefault(category.defaultRoute, category.label),
      when: { category: category.code },
      target: category.defaultRoute,
    },
  ]);
}

const TRIAGE_RULE: RoutingRule = {
  id: TRIAGE_RULE_ID,
  description: 'Alt annet: til regionens arbeidsgruppe for triage.',
  when: {},
  target: 'working-group',
};

/**
 * Specific rules, then the taxonomy defaults, then triage; minus the taxonomy defaults that the
 * specific rules leave no case (the Reseptformidleren category's own, say). Such a rule would never
 * route anything, and a coordinator who starts from the defaults would be asked to confirm it.
 */
function defaultRules(): RoutingRule[] {
  const rules = [...SPECIFIC_RULES, ...taxonomyRules(), TRIAGE_RULE];
  const shadowed = new Set(shadowedRoutingRules(rules).map((s) => s.index));
  return rules.filter((_, index) => !shadowed.has(index));
}

/** The table in force until a coordinator publishes one: specific rules, taxonomy defaults, triage. */
export const DEFAULT_ROUTING_RULES: readonly RoutingRule[] = defaultRules();
