import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts with no configuration at all, on the embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LAGSPILL_DATA_DIR: './.lagspill',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts the variables it knows, and ignores the rest of the environment', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/lagspill', PATH: '/usr/bin' });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://u:p@db:5432/lagspill');
  });

  it.each([
    ['PORT', 'abc', /PORT="abc": .*integer/],
    ['PORT', '70000', /PORT=70000: .*65535/],
    ['NODE_ENV', 'staging', /NODE_ENV="staging": .*one of/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE=0/],
  ])('stops on a bad %s with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('names a bad DATABASE_URL without echoing what may be a password', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://root:secret@db/x' });
    expect(attempt).toThrow(/DATABASE_URL=\(hidden\): must be a postgres:\/\/ connection URL/);
    expect(attempt).not.toThrow(/secret/);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
