import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { IntakeSchema1763784000000 } from '../schema/intake.migration';
import { CaseReferenceSequence, REFERENCE_BLOCK } from './case-reference.repository';

const AT = '2026-12-03T10:00:00.000Z';
const numberOf = (reference: string) => Number(reference.slice('PLL-2026-'.length));

/** References from the real sequence, taken a block at a time by each process. */
describe('CaseReferenceSequence (PostgreSQL)', () => {
  let database: TestDatabase;
  const sources: DataSource[] = [];

  const startProcess = async () => {
    const source = new DataSource({ type: 'postgres', url: database.url });
    await source.initialize();
    sources.push(source);
    return { source, references: new CaseReferenceSequence(source) };
  };

  beforeEach(async () => {
    database = await createTestDatabase([IntakeSchema1763784000000]);
  });

  afterEach(async () => {
    await Promise.all(sources.splice(0).map((source) => source.destroy()));
    await database.drop();
  });

  it('hands out ascending references, asking the database once per block even when asked all at once', async () => {
    const { source, references } = await startProcess();
    const query = jest.spyOn(source, 'query');
    const handedOut = await Promise.all(Array.from({ length: REFERENCE_BLOCK * 2 + 1 }, () => references.next(AT)));
    expect(query).toHaveBeenCalledTimes(3);
    const numbers = handedOut.map(numberOf);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(handedOut[0]).toBe('PLL-2026-000001');
  });

  it('never gives two processes the same reference, whatever they ask in between', async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    const handedOut: string[] = [];
    for (let round = 0; round < 3 * REFERENCE_BLOCK; round++) {
      handedOut.push(await a.references.next(AT), await b.references.next(AT));
      if (round % 7 === 0) handedOut.push(...(await b.references.nextMany([AT, AT])));
    }
    expect(new Set(handedOut).size).toBe(handedOut.length);
  });

  it('names the year the case was reported in', async () => {
    const { references } = await startProcess();
    expect(await references.next('2027-01-01T00:00:00.000Z')).toMatch(/^PLL-2027-\d{6}$/);
  });
});
