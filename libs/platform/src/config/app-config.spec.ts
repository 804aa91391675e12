import { ConfigError, loadConfig } from './app-config';

/** The bootstrap administrator a server without the demo directory needs; given in every test but those about it. */
const BOOTSTRAP_ADMIN = {
  LAGSPILL_BOOTSTRAP_ADMIN: 'Bk2vZ3admin=',
  LAGSPILL_BOOTSTRAP_ADMIN_EMAIL: 'drift@region.example.no',
};
const load = (env: Record<string, string | undefined>) => loadConfig({ ...BOOTSTRAP_ADMIN, ...env });

describe('loadConfig', () => {
  it('starts with no configuration at all, on the embedded defaults', () => {
    const config = load({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LAGSPILL_DATA_DIR: './.lagspill',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts the variables it knows, and ignores the rest of the environment', () => {
    const config = load({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/lagspill',
      OIDC_ISSUER: 'https://helseid-sts.nhn.no',
      PATH: '/usr/bin',
    });
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
    expect(() => load({ [name]: value })).toThrow(ConfigError);
    expect(() => load({ [name]: value })).toThrow(message);
  });

  it('looks for the web app in ./dist/web unless WEB_ROOT names another directory', () => {
    expect(load({}).WEB_ROOT).toBe('./dist/web');
    expect(load({ WEB_ROOT: '/srv/lagspill/web' }).WEB_ROOT).toBe('/srv/lagspill/web');
    expect(() => load({ WEB_ROOT: ' ' })).toThrow(/WEB_ROOT=" ": must name a directory/);
  });

  it('uses Kafka only when KAFKA_BROKERS lists brokers, as lagspill unless KAFKA_CLIENT_ID says otherwise', () => {
    expect(load({}).kafkaBrokers).toBeUndefined();
    expect(load({ KAFKA_BROKERS: '' }).kafkaBrokers).toBeUndefined();
    const config = load({ KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092' });
    expect(config.kafkaBrokers).toEqual(['kafka-1:9092', 'kafka-2:9092']);
    expect(config.KAFKA_CLIENT_ID).toBe('lagspill');
    expect(load({ KAFKA_CLIENT_ID: 'lagspill-intake' }).KAFKA_CLIENT_ID).toBe('lagspill-intake');
    expect(() => load({ KAFKA_BROKERS: 'kafka-1' })).toThrow(/KAFKA_BROKERS="kafka-1": .*host:port/);
    expect(() => load({ KAFKA_CLIENT_ID: 'two words' })).toThrow(/KAFKA_CLIENT_ID/);
  });

  it('mails over SMTP_URL, else into the dev mailbox with dev login, else not at all', () => {
    expect(load({}).mailTransport).toBe('dev-mailbox');
    expect(load({ SMTP_URL: 'smtps://u:p@smtp.example.no' }).mailTransport).toBe('smtp');
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/l',
      OIDC_ISSUER: 'https://idp.example.no',
    };
    expect(load(production).mailTransport).toBe('none');
    expect(() => load({ SMTP_URL: 'mail.example.no:25' })).toThrow(/SMTP_URL=\(hidden\): must be an smtp/);
  });

  it('links mail to PUBLIC_BASE_URL (without a trailing slash), by default this server', () => {
    expect(load({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(load({ PUBLIC_BASE_URL: 'https://lagspill.example.no/' }).publicBaseUrl).toBe('https://lagspill.example.no');
  });

  it('lets webhooks reach private networks only in dev mode unless WEBHOOK_ALLOW_PRIVATE_NETWORK says so', () => {
    expect(load({}).webhookAllowPrivateNetwork).toBe(true);
    expect(
      load({ DATABASE_URL: 'postgres://db/l', OIDC_ISSUER: 'https://idp.example.no' }).webhookAllowPrivateNetwork,
    ).toBe(false);
    expect(load({ WEBHOOK_ALLOW_PRIVATE_NETWORK: 'false' }).webhookAllowPrivateNetwork).toBe(false);
  });

  it('keeps what was sent at least a week, past the planner’s 72-hour news window', () => {
    expect(load({}).NOTIFICATION_RETENTION_DAYS).toBe(90);
    expect(() => load({ NOTIFICATION_RETENTION_DAYS: '3' })).toThrow(/NOTIFICATION_RETENTION_DAYS=3/);
  });

  it('limits each caller to 30,000 requests a minute unless RATE_LIMIT_PER_MINUTE says otherwise (0: off)', () => {
    expect(load({}).RATE_LIMIT_PER_MINUTE).toBe(30_000);
    expect(load({ RATE_LIMIT_PER_MINUTE: '0' }).RATE_LIMIT_PER_MINUTE).toBe(0);
    expect(load({ RATE_LIMIT_PER_MINUTE: '120' }).RATE_LIMIT_PER_MINUTE).toBe(120);
    expect(() => load({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE=-1/);
    expect(() => load({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE="lots"/);
  });

  it('lets no other origin call the API unless CORS_ORIGINS lists origins', () => {
    expect(load({}).corsOrigins).toEqual([]);
    expect(load({ CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
    expect(load({ CORS_ORIGINS: 'https://a.example.no, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example.no',
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'a.example.no', 'https://a.example.no/app', 'https://a.example.no,'])
      expect(() => load({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS=.*origins/);
  });

  it('names a bad DATABASE_URL without echoing what may be a password', () => {
    const attempt = () => load({ DATABASE_URL: 'mysql://root:secret@db/x' });
    expect(attempt).toThrow(/DATABASE_URL=\(hidden\): must be a postgres:\/\/ connection URL/);
    expect(attempt).not.toThrow(/secret/);
  });

  it('lists every bad variable at once', () => {
    try {
      load({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  describe('identity', () => {
    const database = { DATABASE_URL: 'postgres://u:p@db:5432/lagspill' };

    it('turns dev login on by default on the embedded database, with the built-in issuer at this port', () => {
      const config = load({ PORT: '4000' });
      expect(config.devLogin).toBe(true);
      expect(config.oidcIssuer).toBe('http://localhost:4000');
      expect(config.OIDC_AUDIENCE).toBe('lagspill');
    });

    it("gives the browser app's login settings defaults, and takes others", () => {
      expect(load({})).toMatchObject({ OIDC_CLIENT_ID: 'lagspill-web', OIDC_SCOPE: 'openid profile' });
      const scope = 'openid profile helseid://scopes/identity/hpr_number';
      expect(load({ OIDC_CLIENT_ID: 'lagspill-prod', OIDC_SCOPE: scope })).toMatchObject({
        OIDC_CLIENT_ID: 'lagspill-prod',
        OIDC_SCOPE: scope,
      });
    });

    it('turns dev login off by default with a DATABASE_URL, and then requires OIDC_ISSUER', () => {
      expect(() => load(database)).toThrow(/OIDC_ISSUER=undefined: is required when dev login is off/);
      const config = load({ ...database, OIDC_ISSUER: 'https://helseid-sts.nhn.no' });
      expect(config.devLogin).toBe(false);
      expect(config.oidcIssuer).toBe('https://helseid-sts.nhn.no');
    });

    it('takes an explicit LAGSPILL_DEV_LOGIN either way', () => {
      expect(load({ ...database, LAGSPILL_DEV_LOGIN: 'true' }).devLogin).toBe(true);
      expect(() => load({ LAGSPILL_DEV_LOGIN: 'false' })).toThrow(/OIDC_ISSUER/);
      expect(load({ LAGSPILL_DEV_LOGIN: 'false', OIDC_ISSUER: 'https://idp.example.no' }).devLogin).toBe(false);
    });

    it('never allows dev login in production, and never turns it on there by default', () => {
      expect(() => load({ NODE_ENV: 'production', LAGSPILL_DEV_LOGIN: 'true' })).toThrow(
        /LAGSPILL_DEV_LOGIN=true: must not be true when NODE_ENV=production/,
      );
      expect(() => load({ NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER/);
      expect(load({ NODE_ENV: 'production', OIDC_ISSUER: 'https://idp.example.no' }).devLogin).toBe(false);
    });

    it('takes the issuer and its keys over http outside production only (a local issuer in development)', () => {
      const config = load({
        ...database,
        OIDC_ISSUER: 'http://localhost:3003',
        OIDC_JWKS_URI: 'http://localhost:3003/jwks',
      });
      expect(config.oidcIssuer).toBe('http://localhost:3003');
    });

    it.each([
      ['LAGSPILL_DEV_LOGIN', 'yes', /LAGSPILL_DEV_LOGIN="yes": .*boolean/],
      ['OIDC_ISSUER', 'not a url', /OIDC_ISSUER="not a url": must be an http\(s\) URL/],
      ['OIDC_JWKS_URI', 'ftp://idp/keys', /OIDC_JWKS_URI="ftp:\/\/idp\/keys": must be an http\(s\) URL/],
      ['OIDC_AUDIENCE', '', /OIDC_AUDIENCE="": must be one value without spaces/],
      ['OIDC_CLIENT_ID', 'lagspill web', /OIDC_CLIENT_ID="lagspill web": must be one value/],
      ['OIDC_SCOPE', 'openid  profile', /OIDC_SCOPE="openid {2}profile": must be scope names separated by single/],
      ['OIDC_SCOPE', '', /OIDC_SCOPE="": must be scope names/],
    ])('stops on a bad %s', (name, value, message) => {
      expect(() => load({ [name]: value })).toThrow(message);
    });
  });

  describe('production (issue 14, item 8): what must be https, and what is required', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db:5432/lagspill',
      OIDC_ISSUER: 'https://helseid-sts.nhn.no',
    };

    it('starts on https for every URL it trusts or hands out', () => {
      const config = load({
        ...production,
        OIDC_JWKS_URI: 'https://helseid-sts.nhn.no/.well-known/openid-configuration/jwks',
        CORS_ORIGINS: 'https://portal.example.no, https://epj.example.no:8443',
        SMTP_URL: 'smtp://u:p@smtp.example.no:587',
        PUBLIC_BASE_URL: 'https://lagspill.example.no',
      });
      expect(config.corsOrigins).toEqual(['https://portal.example.no', 'https://epj.example.no:8443']);
      expect(config.smtpRequireTls).toBe(true);
    });

    it.each([
      [
        'OIDC_ISSUER',
        'http://helseid-sts.nhn.no',
        /OIDC_ISSUER="http:\/\/helseid-sts.nhn.no": must be an https URL when NODE_ENV=production/,
      ],
      ['OIDC_ISSUER', 'HTTP://idp.example.no', /OIDC_ISSUER=.*: must be an https URL when NODE_ENV=production/],
      [
        'OIDC_JWKS_URI',
        'http://helseid-sts.nhn.no/jwks',
        /OIDC_JWKS_URI=.*: must be an https URL when NODE_ENV=production/,
      ],
      [
        'PUBLIC_BASE_URL',
        'http://lagspill.example.no',
        /PUBLIC_BASE_URL=\(hidden\): must be an https URL when NODE_ENV=production/,
      ],
      [
        'CORS_ORIGINS',
        'https://a.example.no,http://localhost:5173',
        /CORS_ORIGINS=.*: must be https origins when NODE_ENV=production/,
      ],
      ['CORS_ORIGINS', 'http://portal.example.no', /CORS_ORIGINS=.*: must be https origins when NODE_ENV=production/],
    ])('refuses to start with %s=%s, naming it', (name, value, message) => {
      expect(() => load({ ...production, [name]: value })).toThrow(ConfigError);
      expect(() => load({ ...production, [name]: value })).toThrow(message);
    });

    it('requires PUBLIC_BASE_URL once mail goes out, so links in mail do not point at localhost', () => {
      expect(() => load({ ...production, SMTP_URL: 'smtps://u:p@smtp.example.no' })).toThrow(
        /PUBLIC_BASE_URL=\(hidden\): is required with SMTP_URL when NODE_ENV=production/,
      );
      expect(load(production).mailTransport).toBe('none');
      expect(load({ SMTP_URL: 'smtp://localhost:2525' }).publicBaseUrl).toBe('http://localhost:3000');
    });

    it('sends over smtp:// only with STARTTLS in production; smtps:// is TLS from the start', () => {
      const mail = { SMTP_URL: 'smtp://smtp.example.no', PUBLIC_BASE_URL: 'https://lagspill.example.no' };
      expect(load({ ...production, ...mail }).smtpRequireTls).toBe(true);
      expect(load({ SMTP_URL: 'smtp://localhost:2525' }).smtpRequireTls).toBe(false);
    });

    it('still takes plain http outside production', () => {
      const config = load({
        ...production,
        NODE_ENV: 'test',
        OIDC_ISSUER: 'http://casework:3000',
        OIDC_JWKS_URI: 'http://casework:3000/.well-known/jwks.json',
        CORS_ORIGINS: 'http://localhost:5173',
        PUBLIC_BASE_URL: 'http://localhost:3000',
      });
      expect(config.oidcIssuer).toBe('http://casework:3000');
    });

    it('names every such variable at once', () => {
      try {
        load({ ...production, OIDC_ISSUER: 'http://a.example.no', OIDC_JWKS_URI: 'http://a.example.no/k' });
        throw new Error('expected a ConfigError');
      } catch (error) {
        expect((error as ConfigError).problems.map((p) => p.split('=')[0])).toEqual(['OIDC_ISSUER', 'OIDC_JWKS_URI']);
      }
    });
  });

  describe('the directory at start-up', () => {
    const production = {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://helseid-sts.nhn.no',
      DATABASE_URL: 'postgres://db/lagspill',
    };

    it('refuses to start a server without the demo directory and without a bootstrap administrator', () => {
      for (const env of [
        production,
        { DATABASE_URL: 'postgres://db/lagspill', OIDC_ISSUER: 'https://idp.example.no' },
      ]) {
        expect(() => loadConfig(env)).toThrow(/LAGSPILL_BOOTSTRAP_ADMIN=undefined: is required/);
      }
    });

    it('needs an e-mail address for the bootstrap administrator, and takes an HPR number of digits only', () => {
      expect(() => loadConfig({ ...production, LAGSPILL_BOOTSTRAP_ADMIN: 'admin' })).toThrow(
        /LAGSPILL_BOOTSTRAP_ADMIN_EMAIL/,
      );
      expect(() => load({ ...production, LAGSPILL_BOOTSTRAP_ADMIN_HPR: '12ab' })).toThrow(
        /LAGSPILL_BOOTSTRAP_ADMIN_HPR/,
      );
      expect(() => load({ ...production, LAGSPILL_BOOTSTRAP_ADMIN: 'has space' })).toThrow(/LAGSPILL_BOOTSTRAP_ADMIN=/);
      expect(load({ ...production, LAGSPILL_BOOTSTRAP_ADMIN_HPR: '1234567' }).LAGSPILL_BOOTSTRAP_ADMIN_HPR).toBe(
        '1234567',
      );
    });

    it('loads the demo directory with dev login or the demo, unless told otherwise', () => {
      expect(loadConfig({}).demoDirectory).toBe(true);
      expect(load(production).demoDirectory).toBe(false);
      expect(loadConfig({ ...production, LAGSPILL_DEMO: 'true' }).demoDirectory).toBe(true);
      expect(load({ LAGSPILL_DEMO_DIRECTORY: 'false' }).demoDirectory).toBe(false);
      expect(loadConfig({ ...production, LAGSPILL_DEMO_DIRECTORY: 'true' }).demoDirectory).toBe(true);
    });
  });
});
