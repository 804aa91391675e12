import { describeRuleTableError } from './routing-messages';

describe("the rule table's refusals in the editor's words", () => {
  it.each([
    [
      { field: 'rules.3.target.party', message: 'no party nobody in the directory' },
      'Regel 4 (send til): Mottakeren finnes ikke i katalogen.',
    ],
    [
      { field: 'rules.0.when', message: 'only the last rule may match every case' },
      'Regel 1 (når): Bare den siste regelen kan gjelde alle saker. Gi regelen et vilkår.',
    ],
    [
      { field: 'rules', message: 'the last rule, and only the last, must match every case (an empty "when")' },
      'Den siste regelen må gjelde alle saker (ingen vilkår).',
    ],
    [
      {
        field: 'rules.1',
        message: 'rules.1 (sfm-gui) can never match: the earlier rules.0 (all-sfm) catches every case it would',
      },
      'Regel 2: Regelen slår aldri til: reglene over fanger alle sakene den gjelder.',
    ],
    [
      { field: 'rules.2.when.category', message: 'unknown category nope' },
      'Regel 3 (når): Regelen har et vilkår Lagspill ikke kjenner.',
    ],
  ])('%j', (error, said) => {
    expect(describeRuleTableError(error)).toBe(said);
  });

  it('never shows a field path, and keeps a message it does not know as the server wrote it', () => {
    const said = describeRuleTableError({ field: 'rules.7.description', message: 'something new' });
    expect(said).toBe('Regel 8 (beskrivelse): something new');
    expect(said).not.toMatch(/rules\.\d/);
  });
});
