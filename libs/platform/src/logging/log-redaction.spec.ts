import { loggableRequest, loggableUrl } from './loggable-url';

const FNR = '01018010018';

describe('what the request log keeps of a URL', () => {
  it.each([
    [`/api/cases?q=${FNR}`, '/api/cases?q=[fødselsnummer]'],
    ['/api/cases?q=010180%2010018', '/api/cases?q=[fødselsnummer]'],
    ['/api/cases?q=010180+10018&limit=5', '/api/cases?q=[fødselsnummer]&limit=5'],
    [`/api/cases/${FNR}/history`, '/api/cases/[fødselsnummer]/history'],
  ])('replaces an identity number in %s', (url, logged) => {
    expect(loggableUrl(url)).toBe(logged);
  });

  it('leaves a URL without one as it came, encoding and all', () => {
    expect(loggableUrl('/api/cases?q=synk%20feil&limit=5')).toBe('/api/cases?q=synk%20feil&limit=5');
    expect(loggableUrl('/api/cases?q=%E0%A4%A')).toBe('/api/cases?q=%E0%A4%A');
    expect(loggableUrl('/api/cases?q=12345678901')).toBe('/api/cases?q=12345678901');
  });

  it('redacts the serialised request’s query values too', () => {
    const request = { method: 'GET', url: `/api/cases?q=${FNR}`, query: { q: FNR, limit: '5' } };
    expect(loggableRequest(request)).toEqual({
      method: 'GET',
      url: '/api/cases?q=[fødselsnummer]',
      query: { q: '[fødselsnummer]', limit: '5' },
    });
  });
});
