import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  validateSync,
  type ValidationArguments,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVIRONMENTS = ['development', 'test', 'production'] as const;

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
const toBoolean = ({ value }: { value: unknown }) =>
  value === '' ? undefined : value === 'true' ? true : value === 'false' ? false : value;
const HTTP_URL = { require_protocol: true, require_tld: false, protocols: ['http', 'https'] };
const production = (args?: ValidationArguments) => (args?.object as AppConfig | undefined)?.NODE_ENV === 'production';
const isHttps = (url: string) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * In production a URL Lagspill trusts (an identity provider, its keys) or hands to people (links in
 * mail, allowed browser origins) must be https: over plain http anyone on the path can swap the keys
 * that sign tokens, or read and change what passes.
 */
function HttpsInProduction(what: string, list = false): PropertyDecorator {
  return ValidateBy({
    name: 'httpsInProduction',
    validator: {
      validate: (value: unknown, args) =>
        !production(args) ||
        typeof value !== 'string' ||
        (list ? value.split(',') : [value]).every((url) => isHttps(url.trim())),
      defaultMessage: () => `must be ${what} when NODE_ENV=production`,
    },
  });
}

// Decorators run bottom-up and only the first broken rule is reported, so the type check sits last.

/**
 * Every environment variable Lagspill reads, validated once at start-up. Nothing else reads
 * `process.env`. `.env.example` and the README document each one.
 */
export class AppConfig {
  @IsIn(ENVIRONMENTS)
  NODE_ENV: (typeof ENVIRONMENTS)[number] = 'development';

  /** HTTP port; 0 picks a free one. */
  @Transform(toInteger)
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT = 3000;

  /** Interface to listen on. Loopback by default, so a developer machine does not serve the network. */
  @IsString()
  HOST = '127.0.0.1';

  /** PostgreSQL to use. Without it an embedded server is started with its data under LAGSPILL_DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string = undefined;

  @Transform(toInteger)
  @Min(1)
  @Max(200)
  @IsInt()
  DATABASE_POOL_SIZE = 10;

  /** Where the embedded PostgreSQL keeps its data. */
  @IsString()
  LAGSPILL_DATA_DIR = './.lagspill';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** How often subscribers look for new events when no notification arrives. */
  @Transform(toInteger)
  @Min(50)
  @Max(60_000)
  @IsInt()
  EVENT_STORE_POLL_INTERVAL_MS = 1000;

  /** How often the indicator figures are brought up to date with the cases (milliseconds; 0: never). */
  @Transform(toInteger)
  @Min(0)
  @Max(3_600_000)
  @IsInt()
  INDICATOR_REFRESH_INTERVAL_MS = 10_000;

  /** Reports on one system and fault within this many days of each other can form a cluster suggestion. */
  @Transform(toInteger)
  @Min(1)
  @Max(90)
  @IsInt()
  CLUSTER_WINDOW_DAYS = 7;

  /**
   * Closed cases older than this many days are erased by destroying their key (crypto-shredding): their
   * originals become unreadable, the redacted text and the figures stay. 0: never.
   */
  @Transform(toInteger)
  @Min(0)
  @Max(36_500)
  @IsInt()
  RETENTION_CLOSED_CASE_DAYS = 3650;

  /**
   * The built-in OpenID provider and the /api/dev login endpoints. Unset: on exactly when no DATABASE_URL
   * is given (the embedded default) outside production. Never allowed in production.
   */
  @Transform(toBoolean)
  @ValidateBy({
    name: 'notInProduction',
    validator: {
      validate: (value, args) => !(value === true && (args?.object as AppConfig).NODE_ENV === 'production'),
      defaultMessage: () => 'must not be true when NODE_ENV=production',
    },
  })
  @IsOptional()
  @IsBoolean()
  LAGSPILL_DEV_LOGIN?: boolean = undefined;

  /** Seed a few dozen demo cases into an empty installation (also `npm start -- --demo`). */
  @Transform(toBoolean)
  @IsBoolean()
  LAGSPILL_DEMO = false;

  /**
   * Load the demo directory (organisations, parties and the demo users) into an empty directory. Unset: on
   * with dev login or LAGSPILL_DEMO. Off, the directory starts empty but for the bootstrap administrator.
   */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  LAGSPILL_DEMO_DIRECTORY?: boolean = undefined;

  /**
   * The bootstrap administrator's username: the identity provider's subject (`sub`) for them. Required
   * when the directory is not the demo one: without it nobody could log in to fill an empty directory.
   */
  @Transform(emptyToUndefined)
  @ValidateIf((config: AppConfig) => !config.demoDirectory)
  @Matches(/^[A-Za-z0-9._@+/=:-]{1,200}$/, { message: "must be the identity provider's subject of the administrator" })
  @IsDefined({ message: 'is required when the directory is not the demo one (dev login off, no LAGSPILL_DEMO)' })
  LAGSPILL_BOOTSTRAP_ADMIN?: string = undefined;

  /** The bootstrap administrator's HPR number, when HelseID finds them by it. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\d{4,9}$/, { message: 'must be an HPR number of 4 to 9 digits' })
  LAGSPILL_BOOTSTRAP_ADMIN_HPR?: string = undefined;

  @Matches(/\S/, { message: 'must hold a name' })
  @IsString()
  LAGSPILL_BOOTSTRAP_ADMIN_NAME = 'Lagspill-administrator';

  /** Where the bootstrap administrator's mail goes; required with LAGSPILL_BOOTSTRAP_ADMIN. */
  @Transform(emptyToUndefined)
  @ValidateIf((config: AppConfig) => config.LAGSPILL_BOOTSTRAP_ADMIN !== undefined)
  @Matches(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'must be an e-mail address' })
  @IsDefined({ message: 'is required with LAGSPILL_BOOTSTRAP_ADMIN' })
  LAGSPILL_BOOTSTRAP_ADMIN_EMAIL?: string = undefined;

  /** The OpenID Connect issuer whose tokens are accepted; required unless dev login is on. */
  @Transform(emptyToUndefined)
  @ValidateIf((config: AppConfig) => !config.devLogin || config.OIDC_ISSUER !== undefined)
  @HttpsInProduction('an https URL')
  @IsUrl(HTTP_URL, { message: 'must be an http(s) URL' })
  @IsDefined({ message: 'is required when dev login is off (LAGSPILL_DEV_LOGIN=false or DATABASE_URL set)' })
  OIDC_ISSUER?: string = undefined;

  /** The audience (`aud`) a token must name. */
  @Matches(/^\S+$/, { message: 'must be one value without spaces' })
  @IsString()
  OIDC_AUDIENCE = 'lagspill';

  /** Where the issuer publishes its keys, when not at `<OIDC_ISSUER>/.well-known/jwks.json`. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @HttpsInProduction('an https URL')
  @IsUrl(HTTP_URL, { message: 'must be an http(s) URL' })
  OIDC_JWKS_URI?: string = undefined;

  /** The OAuth client id of the browser app (a public client: no secret). */
  @Matches(/^[\x21-\x7e]+$/, { message: 'must be one value of visible ASCII without spaces' })
  @IsString()
  OIDC_CLIENT_ID = 'lagspill-web';

  /** The scopes the browser app asks for, separated by single spaces (RFC 6749 §3.3). */
  @Matches(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, {
    message: 'must be scope names separated by single spaces',
  })
  @IsString()
  OIDC_SCOPE = 'openid profile';

  /** The built web app served at `/`, relative to the working directory; without an index.html, no site. */
  @Matches(/\S/, { message: 'must name a directory' })
  @IsString()
  WEB_ROOT = './dist/web';

  /**
   * Kafka brokers as `host:port`, comma-separated. Set: integration events and consumer groups go over
   * Kafka (libs/messaging); unset: the Postgres log is the only transport.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[^\s,:]+:\d{1,5}(\s*,\s*[^\s,:]+:\d{1,5})*$/, { message: 'must be host:port, comma-separated' })
  KAFKA_BROKERS?: string = undefined;

  /** The client id this process gives the brokers (their logs and quotas name it). */
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'must be 1 to 100 letters, digits, ".", "_" or "-"' })
  @IsString()
  KAFKA_CLIENT_ID = 'lagspill';

  /**
   * Requests per minute one caller may make to /api: per directory identity once the token is verified,
   * per client IP for calls without one. 0 turns the limit off. The default sits above what one identity
   * needs in the benchmarks and the crash tests (a few thousand reports a minute) yet stops a runaway client
   * well before it takes the whole server.
   */
  @Transform(toInteger)
  @Min(0)
  @Max(1_000_000)
  @IsInt()
  RATE_LIMIT_PER_MINUTE = 30_000;

  /**
   * Origins (`scheme://host[:port]`, comma-separated) whose pages may call /api from the browser (CORS).
   * Unset: none, only the server's own site.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @HttpsInProduction('https origins', true)
  @Matches(/^https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'must be origins (http(s)://host[:port], no path), comma-separated',
  })
  CORS_ORIGINS?: string = undefined;

  /**
   * Where notification mail goes: `smtp://` or `smtps://` with user and password if the server needs
   * them. Unset: with dev login, the built-in mailbox at /dev/mail; otherwise no mail is sent. In
   * production `smtp://` must upgrade with STARTTLS (see `smtpRequireTls`): no mail, and no password,
   * goes out in the clear.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  /** How long the SMTP server may stay silent before a send gives up (connecting, greeting, each reply). */
  @Transform(toInteger)
  @Min(100)
  @Max(120_000)
  @IsInt()
  SMTP_TIMEOUT_MS = 30_000;

  /** The sender of notification mail. */
  @Matches(/\S+@\S+/, { message: 'must hold an e-mail address' })
  @IsString()
  MAIL_FROM = 'Lagspill <ikke-svar@lagspill.invalid>';

  /**
   * The address people open Lagspill at, for links in mail. Unset: http://localhost:<PORT>. In
   * production https, and required once mail is sent (a link to localhost helps nobody).
   */
  @Transform(emptyToUndefined)
  @ValidateIf((config: AppConfig) => config.PUBLIC_BASE_URL !== undefined || config.sendsProductionMail)
  @HttpsInProduction('an https URL')
  @IsUrl(HTTP_URL, { message: 'must be an http(s) URL' })
  @IsDefined({ message: 'is required with SMTP_URL when NODE_ENV=production (the links in mail)' })
  PUBLIC_BASE_URL?: string = undefined;

  /** After a mail to an address, further notifications to it wait this long and go out as one digest. */
  @Transform(toInteger)
  @Min(0)
  @Max(86_400)
  @IsInt()
  MAIL_DIGEST_SECONDS = 300;

  /** How often the mail and webhook senders look for work (milliseconds; 0: never, tests send by hand). */
  @Transform(toInteger)
  @Min(0)
  @Max(60_000)
  @IsInt()
  NOTIFICATION_INTERVAL_MS = 1000;

  /**
   * Sent mail, the dev mailbox and finished webhook deliveries older than this many days are deleted. At
   * least a week: notifications are planned only for events under 72 hours old, so nothing pruned can be
   * planned again.
   */
  @Transform(toInteger)
  @Min(7)
  @Max(3650)
  @IsInt()
  NOTIFICATION_RETENTION_DAYS = 90;

  /** A failed webhook delivery is retried after this long, doubling each time (at most an hour apart). */
  @Transform(toInteger)
  @Min(10)
  @Max(3_600_000)
  @IsInt()
  WEBHOOK_RETRY_BASE_MS = 30_000;

  /** How long a webhook delivery is retried before it fails and the webhook is turned off. */
  @Transform(toInteger)
  @Min(1)
  @Max(168)
  @IsInt()
  WEBHOOK_RETRY_HOURS = 24;

  /** How long a webhook receiver has to answer. */
  @Transform(toInteger)
  @Min(100)
  @Max(60_000)
  @IsInt()
  WEBHOOK_TIMEOUT_MS = 10_000;

  /**
   * Webhooks may point at loopback and private addresses, and use plain http. Unset: only with dev login;
   * otherwise https to public addresses only, so a webhook cannot reach into Lagspill's own network.
   */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_NETWORK?: boolean = undefined;

  /** CORS_ORIGINS as a list; empty when no other origin may call. */
  get corsOrigins(): string[] {
    return this.CORS_ORIGINS?.split(',').map((origin) => origin.trim()) ?? [];
  }

  /** KAFKA_BROKERS as a list; undefined when Kafka is not configured. */
  get kafkaBrokers(): string[] | undefined {
    return this.KAFKA_BROKERS?.split(',').map((broker) => broker.trim());
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get devLogin(): boolean {
    return this.LAGSPILL_DEV_LOGIN ?? (!this.DATABASE_URL && !this.isProduction);
  }

  /** Whether an empty directory gets the demo one (see LAGSPILL_DEMO_DIRECTORY). */
  get demoDirectory(): boolean {
    return this.LAGSPILL_DEMO_DIRECTORY ?? (this.devLogin || this.LAGSPILL_DEMO);
  }

  /** Production mail over SMTP: it needs PUBLIC_BASE_URL for its links. */
  get sendsProductionMail(): boolean {
    return this.isProduction && this.SMTP_URL !== undefined;
  }

  /** `smtp://` must upgrade with STARTTLS or not send (in production); `smtps://` is TLS from the start. */
  get smtpRequireTls(): boolean {
    return this.isProduction;
  }

  /** How notification mail leaves: over SMTP, into the dev mailbox, or not at all. */
  get mailTransport(): 'smtp' | 'dev-mailbox' | 'none' {
    return this.SMTP_URL ? 'smtp' : this.devLogin ? 'dev-mailbox' : 'none';
  }

  get publicBaseUrl(): string {
    return (this.PUBLIC_BASE_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get webhookAllowPrivateNetwork(): boolean {
    return this.WEBHOOK_ALLOW_PRIVATE_NETWORK ?? this.devLogin;
  }

  /** With dev login and no OIDC_ISSUER, the built-in provider at this server's own address. */
  get oidcIssuer(): string {
    return this.OIDC_ISSUER ?? `http://localhost:${this.PORT}`;
  }
}

/** Raised at start-up when the environment is not valid; its message names each bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig());
  const relevant = Object.fromEntries(Object.entries(env).filter(([name]) => known.includes(name)));
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map(
        (e) => `${e.property}=${shown(e.property, e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
      ),
    );
  }
  return config;
}

// Connection strings and secrets may carry passwords: name the variable, never echo its value.
function shown(name: string, value: unknown): string {
  return /URL|SECRET|PASSWORD|KEY/.test(name) ? '(hidden)' : JSON.stringify(value);
}
