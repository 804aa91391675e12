import { emptyWebhookDraft, webhookBody, webhookDraftProblems, webhookServerProblems } from './webhook-form-state';

const draft = { ...emptyWebhookDraft(), url: ' https://cgm.example.no/lagspill ' };

describe('webhook form', () => {
  it('asks for a whole http(s) address, and a party from admins', () => {
    expect(webhookDraftProblems(draft, false)).toEqual({});
    expect(Object.keys(webhookDraftProblems(emptyWebhookDraft(), false))).toEqual(['url']);
    expect(Object.keys(webhookDraftProblems({ ...draft, url: 'cgm.example.no/lagspill' }, false))).toEqual(['url']);
    expect(Object.keys(webhookDraftProblems({ ...draft, url: 'ftp://cgm.example.no' }, false))).toEqual(['url']);
    expect(Object.keys(webhookDraftProblems(draft, true))).toEqual(['party']);
  });

  it('sends the trimmed address, a description only when given, and the party only for admins', () => {
    expect(webhookBody(draft, false)).toEqual({ url: 'https://cgm.example.no/lagspill' });
    expect(webhookBody({ ...draft, description: ' Jira ', party: 'cgm' }, true)).toEqual({
      url: 'https://cgm.example.no/lagspill',
      description: 'Jira',
      party: 'cgm',
    });
  });

  it("puts the server's field errors beside this form's fields", () => {
    const problem = {
      status: 400,
      errors: [
        { field: 'url', message: 'Adressen må bruke https.' },
        { field: 'body.party', message: 'Ukjent part.' },
        { field: 'other', message: 'Ikke i skjemaet.' },
      ],
    };
    expect(webhookServerProblems(problem)).toEqual({ url: 'Adressen må bruke https.', party: 'Ukjent part.' });
  });
});
