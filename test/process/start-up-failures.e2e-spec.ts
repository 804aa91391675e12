import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { deployableMain, freePort } from '../support/app-process';
import { databaseUrl } from '../support/test-database';

/**
 * A deployable that cannot start for a reason the operator must fix says so in one line on stderr and
 * exits, before it starts the embedded PostgreSQL, creates a cluster, or migrates a database.
 */
const DEPLOYABLES = ['lagspill', 'intake', 'routing', 'casework', 'insights'] as const;
/** Loading a deployable's modules alone takes seconds on a busy machine. */
const START_MS = 60_000;

interface Exited {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Children still running when a test gave up, killed before their directory is removed. */
const running = new Set<ChildProcess>();

/** Runs the compiled `apps/<app>/src/main.js` to its end with `env` (no DATABASE_URL unless given). */
function runToExit(app: string, env: Record<string, string>): Promise<Exited> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [deployableMain(app)], {
    env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
}

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('a deployable that cannot start', () => {
  let home: string;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'lagspill-start-up-'));
  });

  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    await rm(home, { recursive: true, force: true });
  });

  describe('because its port is in use', () => {
    let port: number;
    let occupied: Server;

    beforeAll(async () => {
      port = await freePort();
      occupied = await occupy(port);
    });

    afterAll(async () => {
      await new Promise((resolve) => occupied.close(resolve));
    });

    it.each(DEPLOYABLES)(
      '%s exits with one line naming the port, and no PostgreSQL cluster made or started',
      async (app) => {
        const dataDir = join(home, `${app}-port`, '.lagspill');

        const exited = await runToExit(app, { PORT: String(port), LAGSPILL_DATA_DIR: dataDir });

        expect(exited.code).toBe(69);
        expect(exited.stderr).toBe(
          `${app}: cannot listen on 127.0.0.1:${port}: port ${port} is already in use (EADDRINUSE); ` +
            'stop what uses it or set PORT\n',
        );
        expect(exited.stdout).toBe('');
        // Not even the data directory: the embedded PostgreSQL was never started.
        expect(existsSync(dataDir)).toBe(false);
      },
      START_MS,
    );

    it(
      'with DATABASE_URL: exits before it migrates anything into the database',
      async () => {
        const name = `test_${randomBytes(6).toString('hex')}`;
        const admin = new Client({ connectionString: databaseUrl('postgres') });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        try {
          const exited = await runToExit('lagspill', {
            PORT: String(port),
            DATABASE_URL: databaseUrl(name),
            OIDC_ISSUER: 'http://localhost',
            LAGSPILL_BOOTSTRAP_ADMIN: 'drift',
            LAGSPILL_BOOTSTRAP_ADMIN_EMAIL: 'drift@region.example.no',
          });

          expect(exited.code).toBe(69);
          expect(exited.stderr.split('\n')).toEqual([expect.stringContaining(`port ${port} is already in use`), '']);
          const database = new Client({ connectionString: databaseUrl(name) });
          await database.connect();
          try {
            const { rows } = await database.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM information_schema.tables
              WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
            );
            expect(rows[0].n).toBe(0);
          } finally {
            await database.end();
          }
        } finally {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
        }
      },
      START_MS,
    );
  });

  it(
    'because HOST is not an address of this machine: one line naming HOST',
    async () => {
      const dataDir = join(home, 'host', '.lagspill');

      // 192.0.2.1 is TEST-NET-1 (RFC 5737): never a local address.
      const exited = await runToExit('lagspill', { HOST: '192.0.2.1', PORT: '0', LAGSPILL_DATA_DIR: dataDir });

      expect(exited.code).toBe(69);
      expect(exited.stderr).toBe(
        'lagspill: cannot listen on 192.0.2.1:0: HOST=192.0.2.1 is not an address of this machine (EADDRNOTAVAIL)\n',
      );
      expect(existsSync(dataDir)).toBe(false);
    },
    START_MS,
  );

  it(
    'because LAGSPILL_DATA_DIR cannot be a directory: one line naming it, and the port let go',
    async () => {
      const file = join(home, 'a-file');
      await writeFile(file, 'not a directory');
      const port = await freePort();

      const exited = await runToExit('lagspill', { PORT: String(port), LAGSPILL_DATA_DIR: join(file, '.lagspill') });

      expect(exited.code).toBe(73);
      expect(exited.stderr).toBe(
        `lagspill: LAGSPILL_DATA_DIR=${join(file, '.lagspill')} cannot be used: ` +
          `a part of ${join(file, '.lagspill')} is a file, not a directory (ENOTDIR)\n`,
      );
      const taken = await occupy(port);
      await new Promise((resolve) => taken.close(resolve));
    },
    START_MS,
  );

  it(
    'because production has no bootstrap administrator: one line naming the variable, and nothing started',
    async () => {
      const dataDir = join(home, 'no-admin', '.lagspill');

      const exited = await runToExit('lagspill', {
        NODE_ENV: 'production',
        PORT: '0',
        OIDC_ISSUER: 'https://helseid-sts.nhn.no',
        LAGSPILL_DATA_DIR: dataDir,
      });

      expect(exited.code).toBe(78);
      expect(exited.stderr).toMatch(
        /LAGSPILL_BOOTSTRAP_ADMIN=undefined: is required when the directory is not the demo one/,
      );
      expect(existsSync(dataDir)).toBe(false);
    },
    START_MS,
  );
});
