import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVIRONMENTS = ['development', 'test', 'production'] as const;

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

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

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
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
