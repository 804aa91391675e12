import { Global, Inject, Injectable, Module, type BeforeApplicationShutdown, type DynamicModule } from '@nestjs/common';
import { Clock, Directory } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { MigrationRunner } from '@lagspill/platform';
import { DirectoryChanges } from './api/directory-changes';
import { DirectoryQueries } from './api/directory-queries';
import { OrganisationLookupController } from './api/organisation-lookup.controller';
import { OrganisationsController } from './api/organisations.controller';
import { PartiesController } from './api/parties.controller';
import { PeopleController } from './api/people.controller';
import { RegionsController } from './api/regions.controller';
import { startDirectory, type DirectoryStartUp } from './bootstrap/directory-bootstrap';
import { EnrolmentRequests } from './enrolment/enrolment-requests';
import { EnrolmentRequestsController } from './enrolment/enrolment-requests.controller';
import { DirectoryImports } from './imports/directory-imports';
import { DirectoryImportsController } from './imports/directory-imports.controller';
import { DirectoryHistoryProjection } from './history/directory-history.projection';
import { DirectoryHistoryRepository } from './history/directory-history.repository';
import { DirectoryWriter } from './live/directory-writer';
import { LiveDirectory } from './live/live-directory';

@Injectable()
class DirectoryShutdown implements BeforeApplicationShutdown {
  constructor(@Inject(LiveDirectory) private readonly live: LiveDirectory) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.live.stop();
  }
}

/**
 * The directory every module looks people and organisations up in (decision 0019): the domain's
 * `Directory`, loaded from the database while the app is built (after the migrations) and kept current
 * from the log, plus the writer that changes it, and its administration API.
 */
@Global()
@Module({})
export class DirectoryModule {
  static forRoot(startUp: DirectoryStartUp): DynamicModule {
    return {
      module: DirectoryModule,
      controllers: [
        RegionsController,
        OrganisationsController,
        OrganisationLookupController,
        PartiesController,
        PeopleController,
        EnrolmentRequestsController,
        DirectoryImportsController,
      ],
      providers: [
        {
          provide: LiveDirectory,
          inject: [EventStore, MigrationRunner, Clock],
          useFactory: async (store: EventStore, migrations: MigrationRunner, clock: Clock) => {
            await migrations.migrated();
            const live = await LiveDirectory.load(store);
            await startDirectory(new DirectoryWriter(store, live), startUp, () => clock.now().toISOString());
            await live.start();
            return live;
          },
        },
        { provide: Directory, inject: [LiveDirectory], useFactory: (live: LiveDirectory) => live.directory },
        {
          provide: DirectoryWriter,
          inject: [EventStore, LiveDirectory],
          useFactory: (store: EventStore, live: LiveDirectory) => new DirectoryWriter(store, live),
        },
        DirectoryShutdown,
        DirectoryHistoryRepository,
        DirectoryHistoryProjection,
        DirectoryQueries,
        DirectoryChanges,
        EnrolmentRequests,
        DirectoryImports,
      ],
      exports: [Directory, LiveDirectory, DirectoryWriter, DirectoryHistoryRepository, DirectoryImports],
    };
  }

  /** A directory that never changes, for tests of modules that only look things up. */
  static fixed(directory: Directory): DynamicModule {
    return {
      module: DirectoryModule,
      global: true,
      providers: [{ provide: Directory, useValue: directory }],
      exports: [Directory],
    };
  }
}
