import {
  DirectoryChangeRejectedError,
  decideDirectory,
  type ActorRef,
  type Directory,
  type DirectoryCommand,
  type NewOrganisation,
} from '@lagspill/domain';
import { EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { eventually } from '../../../../test/support/eventually';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { startDirectory } from '../bootstrap/directory-bootstrap';
import { DEMO_DIRECTORY } from '../demo-directory';
import { DIRECTORY_MIGRATIONS } from '../directory.migrations';
import { DirectorySnapshotRepository } from './directory-snapshot.repository';
import { DirectoryWriter } from './directory-writer';
import { LiveDirectory } from './live-directory';

const ADMIN: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
const AT = '2026-12-03T10:00:00.000Z';

/** One process: its own event store (pool, notifier) and its own live directory on the shared database. */
interface Process {
  readonly store: EventStore;
  readonly live: LiveDirectory;
  readonly writer: DirectoryWriter;
}

describe('the live directory, across processes on one database', () => {
  let database: TestDatabase;
  const processes: Process[] = [];

  async function startProcess(): Promise<Process> {
    const store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 600_000 });
    const live = await LiveDirectory.load(store);
    await live.start();
    const process = { store, live, writer: new DirectoryWriter(store, live) };
    processes.push(process);
    return process;
  }

  const change = (process: Process, command: DirectoryCommand) =>
    process.writer.change((directory) => ({
      events: decideDirectory(directory, command, ADMIN, AT),
      result: undefined,
    }));

  const organisation = (directory: Directory, id: string, orgnr: string): NewOrganisation => ({
    ...directory.organisation('morkved-legesenter'),
    id,
    name: `Ny virksomhet ${id}`,
    orgnr,
  });

  beforeAll(async () => {
    database = await createTestDatabase([EventStoreSchema1763769600000, ...DIRECTORY_MIGRATIONS]);
    const first = await startProcess();
    await startDirectory(first.writer, { demo: DEMO_DIRECTORY }, () => AT);
  });

  afterAll(async () => {
    for (const process of processes) {
      await process.live.stop();
      await process.store.close();
    }
    await database?.drop();
  });

  it('loads what another process imported, and sees its next change through notifications, not by polling', async () => {
    const [a] = processes as [Process];
    const b = await startProcess();
    expect(b.live.directory.version).toBe(a.live.directory.version);
    expect(b.live.directory.findPerson('lege.cgm')?.name).toBe('Kari Nordmann');

    await change(a, { type: 'change-person', username: 'lege.cgm', changes: { name: 'Kari Nordmann-Berg' } });
    // The processes poll every ten minutes: seeing it at all is LISTEN/NOTIFY at work.
    await eventually('the rename in the other process', async () =>
      b.live.directory.findPerson('lege.cgm')?.name === 'Kari Nordmann-Berg' ? true : undefined,
    );
  });

  it('holds a rule across processes: two registering one orgnr at once, one wins and the other is refused', async () => {
    const [a, b] = processes as [Process, Process];
    const orgnr = '919999004';
    const results = await Promise.allSettled([
      change(a, { type: 'register-organisation', organisation: organisation(a.live.directory, 'ny-a', orgnr) }),
      change(b, { type: 'register-organisation', organisation: organisation(b.live.directory, 'ny-b', orgnr) }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason;
    expect(refused).toBeInstanceOf(DirectoryChangeRejectedError);
    expect((refused as DirectoryChangeRejectedError).errors).toEqual([
      expect.objectContaining({
        field: 'orgnr',
        message: expect.stringMatching(/already registered for Ny virksomhet ny-[ab]/),
      }),
    ]);
    await Promise.all([a.live.catchUp(), b.live.catchUp()]);
    expect(a.live.directory.findOrganisationByOrgnr(orgnr)?.id).toBe(
      b.live.directory.findOrganisationByOrgnr(orgnr)?.id,
    );
  });

  it('starts a new process from the snapshot and the events after it', async () => {
    const [a] = processes as [Process];
    await a.live.writeSnapshot();
    const stored = await new DirectorySnapshotRepository().version(a.store.sql);
    expect(stored).toBe(a.live.directory.version);
    // Another process at the same version finds it stored and writes nothing.
    const writtenAt = async () =>
      (await a.store.sql.query<{ at: Date }>(`SELECT written_at AS at FROM directory.snapshot`)).rows[0]?.at.getTime();
    const first = await writtenAt();
    const [, b] = processes as [Process, Process];
    await b.live.catchUp();
    await b.live.writeSnapshot();
    expect(await writtenAt()).toBe(first);
    await change(a, { type: 'change-person', username: 'lege.eg', changes: { name: 'Ingrid Johansen-Li' } });

    const c = await startProcess();
    expect(c.live.directory.version).toBe(stored + 1);
    expect(c.live.directory.findPerson('lege.eg')?.name).toBe('Ingrid Johansen-Li');
    expect(c.live.directory.snapshot().data).toEqual(a.live.directory.snapshot().data);
  });
});
