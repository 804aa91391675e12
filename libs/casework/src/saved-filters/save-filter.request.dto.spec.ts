import { computeNationalIdentityCheckDigits, containsIdentityNumber } from '@lagspill/domain';
import { createValidationPipe, ValidationFailedException } from '@lagspill/platform';
import { SaveFilterRequestDto } from './save-filter.request.dto';

const pipe = createValidationPipe();
const validate = (body: unknown) => pipe.transform(body, { type: 'body', metatype: SaveFilterRequestDto });

/** The fields a refused body names. */
async function refusedFields(body: unknown): Promise<string[]> {
  try {
    await validate(body);
  } catch (error) {
    if (error instanceof ValidationFailedException) return [...new Set(error.errors.map((e) => e.field))];
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

/** A D-nummer (day + 40) with valid check digits. */
const D_NUMMER = ((prefix: string) => `${prefix}${(computeNationalIdentityCheckDigits(prefix) ?? []).join('')}`)(
  '410180100',
);

const VALID = { name: 'Åpne multidosesaker', filters: { status: ['routed'], category: 'multidose', open: true } };

describe('SaveFilterRequestDto', () => {
  it('takes a name and the filters of the case list, as the list takes them', async () => {
    const body = (await validate({
      name: '  Frist først hos CGM ',
      filters: { status: 'routed,acknowledged', open: 'true', party: 'cgm', sort: 'due', from: '2026-01-01' },
    })) as SaveFilterRequestDto;
    expect(body.name).toBe('Frist først hos CGM');
    expect({ ...body.filters }).toEqual({
      status: ['routed', 'acknowledged'],
      open: true,
      party: 'cgm',
      sort: 'due',
      from: '2026-01-01',
    });
    await expect(validate({ name: 'Alle', filters: {} })).resolves.toBeInstanceOf(SaveFilterRequestDto);
  });

  it('takes a search as the list does: the use case screens what is stored (saved-filters.e2e-spec.ts)', async () => {
    expect(containsIdentityNumber(D_NUMMER)).toBe(true);
    await expect(validate({ name: 'Søk', filters: { q: `pasient ${D_NUMMER}` } })).resolves.toBeDefined();
  });

  it.each([
    ['no name', { filters: {} }, ['name']],
    ['an empty name', { ...VALID, name: '   ' }, ['name']],
    ['a name that is no text', { ...VALID, name: 42 }, ['name']],
    ['a name of 81 characters', { ...VALID, name: 'x'.repeat(81) }, ['name']],
    ['a fødselsnummer in the name', { ...VALID, name: 'Pasient 010180 10018' }, ['name']],
    ['a D-nummer in the name', { ...VALID, name: `f.nr ${D_NUMMER}` }, ['name']],
    ['a zero-width space in the name', { ...VALID, name: 'Mine\u200Bsaker' }, ['name']],
    ['a control character in the name', { ...VALID, name: 'Mine\u0007saker' }, ['name']],
    ['no filters', { name: 'Mine' }, ['filters']],
    ['filters that are a list', { name: 'Mine', filters: [] }, ['filters']],
    ['filters that are text', { name: 'Mine', filters: 'status=routed' }, ['filters']],
    ['an unknown field', { ...VALID, shared: true }, ['shared']],
    ['an unknown filter', { ...VALID, filters: { owner: 'meg' } }, ['filters.owner']],
    ['paging in the filters', { ...VALID, filters: { limit: 10 } }, ['filters.limit']],
    ['an unknown status', { ...VALID, filters: { status: ['open'] } }, ['filters.status']],
    ['open that is no boolean', { ...VALID, filters: { open: 'yes' } }, ['filters.open']],
    ['a category that is no code', { ...VALID, filters: { category: 'Multi dose' } }, ['filters.category']],
    ['a party that is no code', { ...VALID, filters: { party: 'CGM' } }, ['filters.party']],
    [
      'a helsefellesskap that is no code',
      { ...VALID, filters: { helsefellesskap: 'lo ve sa' } },
      ['filters.helsefellesskap'],
    ],
    ['an empty search', { ...VALID, filters: { q: '' } }, ['filters.q']],
    ['a search of 201 characters', { ...VALID, filters: { q: 'x'.repeat(201) } }, ['filters.q']],
    ['a day that does not exist', { ...VALID, filters: { from: '2026-02-30' } }, ['filters.from']],
    ['a date without its offset', { ...VALID, filters: { to: '2026-11-20T09:30' } }, ['filters.to']],
    ['an unknown order', { ...VALID, filters: { sort: 'priority' } }, ['filters.sort']],
  ])('refuses %s, naming the field', async (_, body, fields) => {
    expect(await refusedFields(body)).toEqual(fields);
  });
});
