import type { EventStore, EventTypeRegistry } from '@lagspill/event-store';
import type { CaseKeyring } from '@lagspill/platform';
import type { ClosedCasesRepository } from '../closed-cases/closed-cases.repository';
import { ExpiredCaseEraser } from './expired-case-eraser';
import { SYSTEM_CLOCK } from '@lagspill/domain';

const untouchable = <T>(name: string) =>
  new Proxy(
    {},
    {
      get: (_, property) => () => {
        throw new Error(`${name}.${String(property)} must not be called`);
      },
    },
  ) as T;

describe('ExpiredCaseEraser', () => {
  it('erases nothing and touches no database with RETENTION_CLOSED_CASE_DAYS=0', async () => {
    const eraser = new ExpiredCaseEraser(
      untouchable<EventStore>('store'),
      untouchable<EventTypeRegistry>('registry'),
      untouchable<CaseKeyring>('keyring'),
      untouchable<ClosedCasesRepository>('cases'),
      { closedCaseDays: 0, sweepIntervalMs: 1000 },
      SYSTEM_CLOCK,
    );
    await expect(eraser.sweep(new Date('2099-01-01T00:00:00Z'))).resolves.toEqual({ ran: true, erased: [] });
    eraser.onApplicationBootstrap();
    await eraser.onApplicationShutdown();
  });
});
