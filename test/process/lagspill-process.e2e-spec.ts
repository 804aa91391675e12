import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployableMain } from '../support/app-process';
import { eventually } from '../support/eventually';

/**
 * The deployable as a newcomer runs it: compiled, as its own process, on the embedded PostgreSQL, with
 * no configuration but a data directory and a port.
 */
function startLagspill(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let output = '';
  const child = spawn(process.execPath, [deployableMain('lagspill')], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolvePromise) => child.on('exit', (code) => resolvePromise(code)));
  return { child, output: () => output, exited };
}

async function listeningUrl(output: () => string, exited: Promise<unknown>): Promise<string> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (;;) {
    const match = /"url":"(http:\/\/[^"]+)"/.exec(output());
    if (match) return match[1];
    if (stopped) throw new Error(`lagspill exited during start-up:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the lagspill process', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'lagspill-process-')), '.lagspill');
  });

  afterAll(async () => {
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('starts with no DATABASE_URL on an embedded PostgreSQL, is ready, logs no identity number, and stops it cleanly on SIGTERM', async () => {
    const lagspill = startLagspill({ LAGSPILL_DATA_DIR: dataDir, PORT: '0' });
    const url = await listeningUrl(lagspill.output, lagspill.exited);

    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);
    const pid = Number((await readFile(join(dataDir, 'postgres/data/postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(pid).toBeGreaterThan(0);

    // An identity number typed into the case search reaches the request log only redacted.
    const token = (await (
      await fetch(`${url}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'support.cgm' }),
      })
    ).json()) as { access_token: string };
    const search = await fetch(`${url}/api/cases?q=010180%2010018`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    expect(search.status).toBe(200);
    // The request's log line follows its answer: wait for it rather than a fixed time.
    await eventually('the search in the request log', async () =>
      lagspill.output().includes('"url":"/api/cases?') ? true : undefined,
    );
    expect(lagspill.output()).toContain('"url":"/api/cases?q=[fødselsnummer]"');
    expect(lagspill.output()).not.toMatch(/010180(%20| )?10018/);
    expect(lagspill.output()).not.toContain(token.access_token);

    lagspill.child.kill('SIGTERM');
    expect(await lagspill.exited).toBe(0);
    // PostgreSQL removes its pid file only at the end of a clean shutdown.
    expect(existsSync(join(dataDir, 'postgres/data/postmaster.pid'))).toBe(false);
  }, 60_000);

  it('stops at start-up with a message naming a bad variable', async () => {
    const lagspill = startLagspill({ LAGSPILL_DATA_DIR: dataDir, PORT: 'many' });
    expect(await lagspill.exited).toBe(78);
    expect(lagspill.output()).toMatch(/Invalid configuration:\s+- PORT="many": PORT must be/);
  });
});
