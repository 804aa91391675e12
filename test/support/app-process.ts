import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { eventually } from './eventually';

/**
 * A compiled deployable as its own Node process, for the tests under test/process that must kill it, or
 * its database, for real.
 */
export const ROOT = resolve(__dirname, '../..');

/** The variable through which the process project's global setup tells the tests where the deployables are. */
export const DEPLOYABLES_VARIABLE = 'LAGSPILL_TEST_DEPLOYABLES';

/** Compiles apps and libs with SWC into `outDir`, as `npm run build` does into dist/ (without the web app). */
export async function compileDeployables(outDir: string): Promise<void> {
  await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/swc'),
    [
      'apps',
      'libs',
      'scripts',
      '-d',
      outDir,
      '--quiet',
      '--ignore',
      '**/*.spec.ts,**/*.int-spec.ts,**/*.e2e-spec.ts,apps/web/**',
    ],
    { cwd: ROOT },
  );
}

/** `apps/<app>/src/main.js` as compiled for this run. */
export function deployableMain(app: string): string {
  const directory = process.env[DEPLOYABLES_VARIABLE];
  if (!directory) {
    throw new Error(
      `${DEPLOYABLES_VARIABLE} is not set: run test/process through jest (the process project's global setup)`,
    );
  }
  return join(directory, 'apps', app, 'src/main.js');
}

/** `scripts/<name>.js` as compiled for this run (the command-line tools). */
export function scriptMain(name: string): string {
  const directory = process.env[DEPLOYABLES_VARIABLE];
  if (!directory) throw new Error(`${DEPLOYABLES_VARIABLE} is not set: run test/process through jest`);
  return join(directory, 'scripts', `${name}.js`);
}

/** A port free at the time of asking, so that a restarted process can listen where the first one did. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface AppProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Settles with the exit code, or the signal's name when it was killed. */
  readonly exited: Promise<number | string | null>;
  output(): string;
}

/** Starts the compiled `apps/<app>/src/main.js` on 127.0.0.1:`port` with `env` on top of this process's environment. */
export function startApp(app: string, port: number, env: Record<string, string>): AppProcess {
  let output = '';
  const child = spawn(process.execPath, [deployableMain(app)], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((done) =>
    child.on('exit', (code, signal) => done(code ?? signal)),
  );
  return { url: `http://127.0.0.1:${port}`, child, exited, output: () => output };
}

/**
 * The all-in-one app on `databaseUrl` as the process tests run it: dev login, quick polling, no
 * indicator timer, no rate limit (a test's load stands for many clients; the limit has its own test),
 * and `env` on top. Resolves once it is ready.
 */
export async function startAllInOne(port: number, databaseUrl: string, env: Record<string, string> = {}) {
  const started = startApp('lagspill', port, {
    DATABASE_URL: databaseUrl,
    LAGSPILL_DEV_LOGIN: 'true',
    EVENT_STORE_POLL_INTERVAL_MS: '200',
    INDICATOR_REFRESH_INTERVAL_MS: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  await whenReady(started);
  return started;
}

/** Waits until /health/ready answers 200; fails at once, with the process's output, if it exits first. */
export async function whenReady(app: AppProcess): Promise<void> {
  let exit: number | string | null | undefined;
  void app.exited.then((code) => (exit = code));
  await eventually(
    `${app.url} to be ready`,
    async () => {
      if (exit !== undefined) throw new Error(`the process exited (${exit}):\n${app.output()}`);
      const response = await fetch(`${app.url}/health/ready`).catch(() => undefined);
      return response?.status === 200 ? true : undefined;
    },
    { attempts: 300, intervalMs: 100 },
  );
}

/** The dev login's reporters, one per organisation, so that a load spreads over several tenants. */
export async function reportersByOrganisation(app: AppProcess): Promise<string[]> {
  const users = (await (await fetch(`${app.url}/api/dev/users`)).json()) as {
    username: string;
    role: string;
    organisation?: { id: string };
  }[];
  const byOrganisation = new Map<string, string>();
  for (const user of users) {
    if (user.role === 'reporter' && user.organisation) byOrganisation.set(user.organisation.id, user.username);
  }
  return [...byOrganisation.values()];
}

/**
 * A dev-login bearer token per user. The process signs with a key it makes at start-up, so a restarted
 * process needs new tokens.
 */
export async function devTokens(app: AppProcess, usernames: readonly string[]): Promise<Map<string, string>> {
  const entries = await Promise.all(
    usernames.map(async (username) => {
      const response = await fetch(`${app.url}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      if (response.status !== 200) throw new Error(`no token for ${username}: ${response.status}`);
      return [username, ((await response.json()) as { access_token: string }).access_token] as const;
    }),
  );
  return new Map(entries);
}

/** Runs `work` for every item with at most `limit` at once. */
export async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
