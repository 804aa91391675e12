import { isDatabaseUnavailable } from './database-unavailable';

/** The errors as node-postgres and TypeORM raise them while PostgreSQL is stopped, restarting or gone. */
const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['PostgreSQL shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection exception (class 08)', withCode('08006')],
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a refused connection to every address', new AggregateError([withCode('ECONNREFUSED')], 'connect failed')],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['a dead pooled client', new Error('Client has encountered a connection error and is not queryable')],
    ['a full pool that waited too long', new Error('timeout exceeded when trying to connect')],
    ['any of these under TypeORM', Object.assign(new Error('query failed'), { driverError: withCode('57P01') })],
    ['any of these as a cause', new Error('could not read', { cause: withCode('ECONNRESET') })],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601')],
    ['a serialization failure', withCode('40001')],
    ['a plain error', new Error('Nothing to append to case-1')],
    ['something that is not an error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops at an error that is its own cause', () => {
    const error = withCode('23505') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
