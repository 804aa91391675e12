import { filterNameProblem, filterSaveProblem } from './saved-filter-name';

describe('the name of a saved filter', () => {
  it('must be there, short enough and hold no identity number', () => {
    expect(filterNameProblem(' Åpne hos CGM ')).toBeUndefined();
    expect(filterNameProblem('   ')).toBe('Skriv et navn på filteret.');
    expect(filterNameProblem('x'.repeat(81))).toMatch(/høyst 80 tegn/);
    expect(filterNameProblem('x'.repeat(80))).toBeUndefined();
    expect(filterNameProblem('Pasient 010180 10018')).toMatch(/fødselsnummer/);
  });

  it('tells the server’s refusals in Norwegian, and leaves other failures to the alert', () => {
    expect(filterSaveProblem({ code: 'SAVED_FILTER_NAME_TAKEN', errors: [{ field: 'name', message: 'x' }] })).toBe(
      'Du har allerede et filter med dette navnet.',
    );
    expect(filterSaveProblem({ code: 'SAVED_FILTER_LIMIT_REACHED' })).toMatch(/Slett ett først/);
    expect(filterSaveProblem({ errors: [{ field: 'filters.q', message: 'x' }] })).toMatch(/Søket/);
    expect(filterSaveProblem({ errors: [{ field: 'name', message: 'x' }] })).toMatch(/Navnet/);
    expect(filterSaveProblem({ status: 500 })).toBeUndefined();
  });
});
